// The one rule both attachment stores apply to an incoming chunk, before touching their tables:
// a complete blob never changes, a chunk must start where the stored bytes end, and an upload
// restarted with another type or size starts over (only at offset 0).
import type { AppendChunkResult } from './types.ts';
import type { AttachmentType } from '../../../src/domain/wire/attachments.ts';

interface StoredUpload {
  type: string;
  size: number;
  received: number;
  complete: boolean | number;
}

export type ChunkPlan =
  { answer: AppendChunkResult } | { answer?: undefined; restart: boolean; received: number; last: boolean };

export function planChunk(
  row: StoredUpload | undefined,
  declared: { type: AttachmentType; size: number },
  offset: number,
  chunkLength: number,
): ChunkPlan {
  if (row?.complete)
    return { answer: { outcome: 'already-complete', type: row.type as AttachmentType, size: row.size } };
  const current = row && row.type === declared.type && row.size === declared.size ? row : undefined;
  const expected = current?.received ?? 0;
  if (offset !== expected) return { answer: { outcome: 'offset-mismatch', received: expected } };
  const received = offset + chunkLength;
  if (received > declared.size) throw new RangeError('chunk beyond the declared size');
  return { restart: !current, received, last: received === declared.size };
}

// Every document's checkpoint in one frame (docs/spec/sync.md CU-4). The app sends one stateless
// frame addressed to CHECKPOINT_BATCH_ADDRESS with the checkpoints of a flight; here, before
// Hocuspocus sees it, it becomes one stateless frame per document, handed to the socket's
// Hocuspocus connection in order. Each goes through that document's queue behind every frame the
// client sent it before (authentication, updates being stored), so checkpoint.ts answers it exactly
// as if it had come alone (S-6), and a document this socket has not authenticated answers nothing.
import {
  CHECKPOINT_BATCH_ADDRESS,
  checkpointBatchSchema,
  requestOfItem,
} from '../../src/domain/wire/checkpointBatch.ts';
import { FrameReader, MESSAGE_STATELESS, statelessFrame } from '../../src/domain/wire/frames.ts';
import { utf8 } from './socketSession.ts';
import type { Logger } from './log.ts';

const BATCH_ADDRESS_BYTES = new TextEncoder().encode(CHECKPOINT_BATCH_ADDRESS);

function isBatchFrame(frame: Uint8Array): boolean {
  const n = BATCH_ADDRESS_BYTES.length;
  if (frame.length < n + 2 || frame[0] !== n) return false;
  for (let i = 0; i < n; i++) if (frame[i + 1] !== BATCH_ADDRESS_BYTES[i]) return false;
  return true;
}

/**
 * The per-document frames a checkpoint batch stands for; null when `frame` is not a batch (it goes
 * to Hocuspocus as it is). A malformed batch is logged and stands for nothing.
 */
export function expandCheckpointBatch(frame: Uint8Array, log: Logger): Uint8Array[] | null {
  if (!isBatchFrame(frame)) return null;
  try {
    const reader = new FrameReader(frame);
    reader.varBytes(frame.length);
    if (reader.varUint() !== MESSAGE_STATELESS) throw new Error('not a stateless frame');
    const batch = checkpointBatchSchema.parse(JSON.parse(utf8.decode(reader.varBytes(frame.length))));
    return batch.items.map((item) => statelessFrame(item[0], JSON.stringify(requestOfItem(item))));
  } catch (error) {
    log.warn('invalid checkpoint batch ignored', { bytes: frame.length, error: String(error).slice(0, 200) });
    return [];
  }
}

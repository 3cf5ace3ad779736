// Uploads one attachment to one school's relay in chunks, resuming from the bytes the relay confirmed,
// and retrying a chunk the relay refused with 409 (another device uploading the same file) a few times.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { UserDb } from '../../data/userDb.ts';
import { setUploadProgress, type AttachmentRow } from '../../data/attachments.ts';
import type { RelayClient } from './relayClient.ts';
import type { AttachmentSyncError } from './types.ts';

/** 409s before giving up on one attachment for this run (another device uploading it too). */
const MAX_CONFLICTS = 8;

export interface ChunkedUpload {
  db: UserDb;
  relay: RelayClient;
  chunkBytes: number;
}

/** Where to start: 0 for a fresh upload; after an interruption, wherever the relay says it is (it may hold
 * more, or after a rejection less, than we recorded). `complete` when the relay already has it all. */
async function resumeOffset(
  relay: RelayClient,
  schoolId: SchoolId,
  hash: string,
  confirmed: number,
): Promise<number | 'complete' | { error: AttachmentSyncError }> {
  if (confirmed === 0) return 0;
  const remote = await relay.remoteStatus(schoolId, hash);
  if (!remote.ok) return { error: remote.error };
  return remote.status.complete ? 'complete' : remote.status.received;
}

/** Null once the relay answers `complete`; otherwise the code that stopped this attachment. */
export async function uploadInChunks(
  { db, relay, chunkBytes }: ChunkedUpload,
  row: AttachmentRow,
  schoolId: SchoolId,
  bytes: Uint8Array<ArrayBuffer>,
  confirmed: number,
): Promise<AttachmentSyncError | null> {
  const start = await resumeOffset(relay, schoolId, row.hash, confirmed);
  if (start === 'complete') return null;
  if (typeof start !== 'number') return start.error;
  let offset = start;
  let conflicts = 0;
  while (conflicts < MAX_CONFLICTS) {
    const chunk = bytes.subarray(offset, Math.min(row.size, offset + chunkBytes));
    const put = await relay.putChunk(row, schoolId, offset, chunk);
    if (!put.ok) return put.error;
    if (put.status.complete) return null;
    if (put.conflict) conflicts++;
    offset = put.status.received;
    await setUploadProgress(db, row.hash, offset);
  }
  return 'server-error';
}

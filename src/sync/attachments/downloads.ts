// Downloads an attachment this device lacks, once per school and hash however many screens ask, and keeps
// it only if its bytes are an image within the size limit whose hash matches the name it was asked by.
import { MAX_ATTACHMENT_BYTES, SNIFF_BYTES, sniffImageType } from '../../domain/wire/attachments.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { UserDb } from '../../data/userDb.ts';
import { sha256Hex, storeDownloaded } from '../../data/attachments.ts';
import type { RelayClient } from './relayClient.ts';
import type { FetchAttachmentResult } from './types.ts';

async function download(
  db: UserDb,
  relay: RelayClient,
  schoolId: SchoolId,
  hash: string,
): Promise<FetchAttachmentResult> {
  const local = await db.attachments.get(hash);
  if (local) return { ok: true, blob: local.blob };
  const got = await relay.getBytes(schoolId, hash);
  if (!got.ok) return got;
  const { bytes } = got;
  const type = sniffImageType(bytes.subarray(0, SNIFF_BYTES));
  if (!type || bytes.byteLength > MAX_ATTACHMENT_BYTES || (await sha256Hex(bytes)) !== hash)
    return { ok: false, error: 'corrupt' };
  const blob = new Blob([bytes], { type });
  await storeDownloaded(db, schoolId, { hash, type, size: bytes.byteLength }, blob);
  return { ok: true, blob };
}

export function createDownloader(
  db: UserDb,
  relay: RelayClient,
): (schoolId: SchoolId, hash: string) => Promise<FetchAttachmentResult> {
  const inFlight = new Map<string, Promise<FetchAttachmentResult>>();
  return (schoolId, hash) => {
    const key = `${schoolId}/${hash}`;
    const joined = inFlight.get(key);
    if (joined) return joined;
    const started = download(db, relay, schoolId, hash).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}

// Writes a transfer file (EX-10) from what the data layer gathered: documents' Yjs states and
// attachments' bytes, each hashed (SHA-256) into the manifest. Pure: the clock and the device come in.
import { bytesToBase64 } from '../wire/base64.ts';
import { parseDocName, type DocName, type SchoolId } from '../wire/documentNames.ts';
import type { AttachmentType } from '../wire/attachments.ts';
import type { HashBytes } from './decode.ts';
import {
  TRANSFER_FORMAT,
  TRANSFER_VERSION,
  type TransferAttachmentMeta,
  type TransferDocMeta,
  type TransferManifest,
} from './format.ts';

export interface TransferInput {
  user: TransferManifest['user'];
  device: TransferManifest['device'];
  now: Date;
  /** Names of the schools as the device knows them (for the manifest and refusal messages). */
  schoolNames: ReadonlyMap<SchoolId, string>;
  docs: { name: DocName; update: Uint8Array }[];
  attachments: {
    hash: string;
    type: AttachmentType;
    size: number;
    name?: string;
    schools: SchoolId[];
    bytes: Uint8Array;
  }[];
}

async function docMeta(name: DocName, update: Uint8Array, hashBytes: HashBytes): Promise<TransferDocMeta> {
  const parsed = parseDocName(name);
  if (!parsed) throw new Error(`invalid document name: ${name}`);
  const sha256 = await hashBytes(update);
  return { name, schoolId: parsed.schoolId, kind: parsed.kind, bytes: update.byteLength, sha256 };
}

/** The manifest and the JSON text of the file; keys in the order TRANSFER_PREFIX/SUFFIX expect. */
export async function encodeTransferFile(
  input: TransferInput,
  hashBytes: HashBytes,
): Promise<{ manifest: TransferManifest; text: string }> {
  const docs = await Promise.all(input.docs.map((d) => docMeta(d.name, d.update, hashBytes)));
  const attachments: TransferAttachmentMeta[] = input.attachments.map(({ hash, type, size, name, schools }) => ({
    hash,
    type,
    size,
    ...(name ? { name } : {}),
    schools,
  }));
  const schools = [...new Set([...docs.map((d) => d.schoolId), ...attachments.flatMap((a) => a.schools)])]
    .sort((a, b) => Number(a) - Number(b))
    .map((schoolId) => ({ schoolId, name: (input.schoolNames.get(schoolId) ?? '').slice(0, 300) }));
  const manifest: TransferManifest = {
    user: input.user,
    device: input.device,
    createdAt: input.now.toISOString(),
    schools,
    docs,
    attachments,
  };
  const file = {
    format: TRANSFER_FORMAT,
    version: TRANSFER_VERSION,
    manifest,
    docs: input.docs.map((d) => ({ name: d.name, update: bytesToBase64(d.update) })),
    attachments: input.attachments.map((a) => ({ hash: a.hash, data: bytesToBase64(a.bytes) })),
    end: TRANSFER_FORMAT,
  };
  return { manifest, text: JSON.stringify(file) };
}

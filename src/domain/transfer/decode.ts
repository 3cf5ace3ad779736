// Reads a transfer file back (EX-11): all or nothing. A foreign file, one cut short, one whose
// JSON or shape is broken, one of a newer format, and one whose bytes do not match the manifest's
// hashes are each refused with their own code and an English detail for the log.
import { base64ToBytes } from '../wire/base64.ts';
import { parseDocName, type DocName } from '../wire/documentNames.ts';
import {
  TRANSFER_PREFIX,
  TRANSFER_SUFFIX,
  TRANSFER_VERSION,
  transferFileSchema,
  type TransferAttachment,
  type TransferContents,
  type TransferDoc,
  type TransferFileError,
} from './format.ts';

/** SHA-256 as lowercase hex: WebCrypto on the device (fast), the domain's own in tests or Node. */
export type HashBytes = (bytes: Uint8Array) => string | Promise<string>;

export type DecodeResult =
  { ok: true; contents: TransferContents } | { ok: false; error: TransferFileError; detail: string };

const fail = (error: TransferFileError, detail: string): DecodeResult => ({ ok: false, error, detail });

/** Decoded bytes, or null when the text is not base64. */
function bytesOf(base64: string): Uint8Array | null {
  try {
    return base64ToBytes(base64);
  } catch {
    return null;
  }
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export async function decodeTransferFile(raw: string, hashBytes: HashBytes): Promise<DecodeResult> {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith(TRANSFER_PREFIX)) return fail('foreign', 'not a Bitácora PME transfer file');
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return text.endsWith(TRANSFER_SUFFIX)
      ? fail('corrupted', 'the file is not valid JSON')
      : fail('truncated', `the file is cut short after ${text.length} characters`);
  }
  const version = (parsed.json as { version?: unknown }).version;
  if (version !== TRANSFER_VERSION) return fail('unsupported-version', `format version ${String(version)} is unknown`);
  const file = transferFileSchema.safeParse(parsed.json);
  if (!file.success) {
    const where = file.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3);
    return fail('corrupted', `the file does not match the format (${where.join('; ')})`);
  }
  const { manifest } = file.data;
  const docs = await verifyDocs(manifest.docs, file.data.docs, hashBytes);
  if (!Array.isArray(docs)) return docs;
  const attachments = await verifyAttachments(manifest.attachments, file.data.attachments, hashBytes);
  if (!Array.isArray(attachments)) return attachments;
  const listed = new Set(manifest.schools.map((s) => s.schoolId));
  const unlisted = [...docs.map((d) => d.meta.schoolId), ...attachments.flatMap((a) => a.meta.schools)].filter(
    (s) => !listed.has(s),
  );
  if (unlisted.length > 0) return fail('corrupted', `schools missing from the manifest: ${unlisted.join(', ')}`);
  return { ok: true, contents: { manifest, docs, attachments } };
}

type Manifest = TransferContents['manifest'];
type Body = ReturnType<typeof transferFileSchema.parse>;

async function verifyDocs(
  metas: Manifest['docs'],
  entries: Body['docs'],
  hashBytes: HashBytes,
): Promise<TransferDoc[] | DecodeResult> {
  if (metas.length !== entries.length) return fail('corrupted', 'document entries do not match the manifest');
  const out: TransferDoc[] = [];
  for (const [i, meta] of metas.entries()) {
    const entry = entries[i]!;
    const parsed = parseDocName(meta.name);
    if (entry.name !== meta.name || !parsed || parsed.schoolId !== meta.schoolId || parsed.kind !== meta.kind) {
      return fail('corrupted', `document entry ${i} does not match the manifest`);
    }
    const update = bytesOf(entry.update);
    if (!update || update.byteLength !== meta.bytes || (await hashBytes(update)) !== meta.sha256) {
      return fail('hash-mismatch', `document ${meta.name} does not match its SHA-256`);
    }
    out.push({ name: meta.name as DocName, meta, update });
  }
  return out;
}

async function verifyAttachments(
  metas: Manifest['attachments'],
  entries: Body['attachments'],
  hashBytes: HashBytes,
): Promise<TransferAttachment[] | DecodeResult> {
  if (metas.length !== entries.length) return fail('corrupted', 'attachment entries do not match the manifest');
  const out: TransferAttachment[] = [];
  for (const [i, meta] of metas.entries()) {
    const entry = entries[i]!;
    if (entry.hash !== meta.hash) return fail('corrupted', `attachment entry ${i} does not match the manifest`);
    const bytes = bytesOf(entry.data);
    if (!bytes || bytes.byteLength !== meta.size || (await hashBytes(bytes)) !== meta.hash) {
      return fail('hash-mismatch', `attachment ${meta.hash.slice(0, 12)} does not match its SHA-256`);
    }
    out.push({ meta, bytes });
  }
  return out;
}

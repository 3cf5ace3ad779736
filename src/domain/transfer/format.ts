// The file that carries a user's unsynced work from one device to another (docs/spec/transfer.md
// EX-10…EX-12): one JSON text, the manifest first, each document's Yjs state and each photo or
// signature as base64. JSON rather than a binary container: zod validates it as it is, a person
// can read the manifest in any editor, and no zip code is needed; base64 costs a third more bytes,
// which a file written once per rescue can afford. The format marker opens the text and the end
// marker closes it, so a foreign file and a truncated one are told apart before parsing.
import { z } from 'zod';
import { roleSchema } from '../wire/protocol.ts';
import { attachmentHashSchema, attachmentTypeSchema, MAX_ATTACHMENT_BYTES } from '../wire/attachments.ts';
import { DOC_KINDS, schoolIdSchema, type DocName } from '../wire/documentNames.ts';

export const TRANSFER_FORMAT = 'bitacora-pme-transfer';
export const TRANSFER_VERSION = 1;
/** How the text of every transfer file starts (keys are written in this order). */
export const TRANSFER_PREFIX = `{"format":"${TRANSFER_FORMAT}"`;
/** How it ends: a file cut short lacks it. */
export const TRANSFER_SUFFIX = `"end":"${TRANSFER_FORMAT}"}`;

const MAX_ENTRIES = 10_000;
const MAX_DOC_BYTES = 64 * 1024 * 1024;
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const transferDocMetaSchema = z.object({
  name: z.string().min(1).max(64),
  schoolId: schoolIdSchema,
  kind: z.enum(DOC_KINDS),
  bytes: z.number().int().min(0).max(MAX_DOC_BYTES),
  sha256: sha256Schema,
});

export const transferAttachmentMetaSchema = z.object({
  hash: attachmentHashSchema,
  type: attachmentTypeSchema,
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  name: z.string().max(200).optional(),
  schools: z.array(schoolIdSchema).min(1).max(1000),
});

export const transferManifestSchema = z.object({
  user: z.object({ id: z.string().min(1), username: z.string(), displayName: z.string(), role: roleSchema }),
  device: z.object({ id: z.string().min(1).max(100), description: z.string().max(300) }),
  /** The instant of the export (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
  /** Every school the file touches, with its name as the exporting device knew it ('' if unknown). */
  schools: z.array(z.object({ schoolId: schoolIdSchema, name: z.string().max(300) })).max(MAX_ENTRIES),
  docs: z.array(transferDocMetaSchema).max(MAX_ENTRIES),
  attachments: z.array(transferAttachmentMetaSchema).max(MAX_ENTRIES),
});
export type TransferManifest = z.infer<typeof transferManifestSchema>;

export const transferFileSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  version: z.literal(TRANSFER_VERSION),
  manifest: transferManifestSchema,
  docs: z.array(z.object({ name: z.string(), update: base64Schema })).max(MAX_ENTRIES),
  attachments: z.array(z.object({ hash: attachmentHashSchema, data: base64Schema })).max(MAX_ENTRIES),
  end: z.literal(TRANSFER_FORMAT),
});

export type TransferDocMeta = z.infer<typeof transferDocMetaSchema>;
export type TransferAttachmentMeta = z.infer<typeof transferAttachmentMetaSchema>;

/** A document's state as the file carries it, decoded. */
export interface TransferDoc {
  name: DocName;
  meta: TransferDocMeta;
  update: Uint8Array;
}

export interface TransferAttachment {
  meta: TransferAttachmentMeta;
  bytes: Uint8Array;
}

/** A verified transfer file: every entry matched its manifest hash. */
export interface TransferContents {
  manifest: TransferManifest;
  docs: TransferDoc[];
  attachments: TransferAttachment[];
}

/** Why a file cannot be imported; the UI says it in Spanish (features/storage). */
export type TransferFileError = 'foreign' | 'truncated' | 'corrupted' | 'unsupported-version' | 'hash-mismatch';

// Attachments (photos and signatures of session records) on the wire: blobs that never enter a
// Yjs document. A document refers to one by content hash (sha-256, lowercase hex); the bytes go to
// the relay over HTTP in chunks, per school (docs/spec/sync.md S-13…S-18). Shared by app and relay.
import { z } from 'zod';

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const attachmentTypeSchema = z.enum(ATTACHMENT_TYPES);
export type AttachmentType = z.infer<typeof attachmentTypeSchema>;

/** Largest attachment the app stores and the relay accepts (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Largest body of one upload request; clients send ATTACHMENT_CHUNK_BYTES. */
export const MAX_ATTACHMENT_CHUNK_BYTES = 4 * 1024 * 1024;
export const ATTACHMENT_CHUNK_BYTES = 1024 * 1024;
export const MAX_ATTACHMENT_NAME = 200;

export const attachmentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** What a document stores about an attachment. */
export const attachmentRefSchema = z.object({
  hash: attachmentHashSchema,
  type: attachmentTypeSchema,
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  name: z.string().max(MAX_ATTACHMENT_NAME).optional(),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

// HTTP: `/api/attachments/<rbd>/<hash>` (GET, HEAD, PUT ?offset=N) and `…/<hash>/status` (GET).
export const ATTACHMENTS_PATH = '/api/attachments';
export const ATTACHMENT_TYPE_HEADER = 'x-attachment-type';
export const ATTACHMENT_SIZE_HEADER = 'x-attachment-size';

export function attachmentPath(schoolId: string, hash: string): string {
  return `${ATTACHMENTS_PATH}/${schoolId}/${hash}`;
}

export function attachmentStatusPath(schoolId: string, hash: string): string {
  return `${attachmentPath(schoolId, hash)}/status`;
}

const pathPartsSchema = z.object({
  schoolId: z.string().regex(/^[1-9][0-9]{0,7}$/),
  hash: attachmentHashSchema,
  status: z.boolean(),
});
export type AttachmentPathParts = z.infer<typeof pathPartsSchema>;

/** Parses `/api/attachments/<rbd>/<hash>[/status]`; null for anything else. */
export function parseAttachmentPath(pathname: string): AttachmentPathParts | null {
  if (pathname.length > 200 || !pathname.startsWith(`${ATTACHMENTS_PATH}/`)) return null;
  const parts = pathname.slice(ATTACHMENTS_PATH.length + 1).split('/');
  if (parts.length < 2 || parts.length > 3 || (parts.length === 3 && parts[2] !== 'status')) return null;
  const parsed = pathPartsSchema.safeParse({ schoolId: parts[0], hash: parts[1], status: parts.length === 3 });
  return parsed.success ? parsed.data : null;
}

/** Body of the status endpoint and of every upload answer (200, and 409 with `error`). */
export const attachmentStatusSchema = z.object({
  complete: z.boolean(),
  received: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES),
});
export type AttachmentStatus = z.infer<typeof attachmentStatusSchema>;

/** Error codes in `{ error }` bodies of the attachment endpoints, besides the DenialReasons. */
export const ATTACHMENT_ERRORS = [
  'bad-request',
  'not-found',
  'too-large',
  'unsupported-type',
  'offset-mismatch',
  'hash-mismatch',
  'type-mismatch',
] as const;
export type AttachmentError = (typeof ATTACHMENT_ERRORS)[number];

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
  bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG = [0xff, 0xd8, 0xff] as const;
const RIFF = [0x52, 0x49, 0x46, 0x46] as const; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50] as const; // "WEBP" at offset 8

/** The image type the first bytes show (magic numbers), or null when they show none we accept. */
export function sniffImageType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, 0, PNG)) return 'image/png';
  if (startsWith(bytes, 0, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return 'image/webp';
  return null;
}

/** How many leading bytes sniffImageType needs. */
export const SNIFF_BYTES = 12;

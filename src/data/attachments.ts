// Photos and signatures on the device: the `attachments` table of the user's Dexie db, one row per
// content hash (sha-256), holding the blob until the relay confirms it has it for every school that
// refers to it. Taking a photo never needs a network; a row that is not uploaded is never deleted
// (userDb.ts refuses it). Documents store only the AttachmentRef this module returns.
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_NAME,
  SNIFF_BYTES,
  sniffImageType,
  type AttachmentRef,
  type AttachmentType,
} from '../domain/wire/attachments.ts';
import type { SchoolId } from '../domain/wire/documentNames.ts';
import type { AttachmentRow, UserDb } from './userDb.ts';

export type { AttachmentRow } from './userDb.ts';

/** Why a file cannot be attached; the UI says it in Spanish. */
export type AttachmentRejection = 'empty' | 'too-large' | 'unsupported-type';
export type PutAttachmentResult = { ok: true; ref: AttachmentRef } | { ok: false; error: AttachmentRejection };

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

const refOf = (row: AttachmentRow, name?: string): AttachmentRef => {
  const chosen = (name ?? row.name)?.slice(0, MAX_ATTACHMENT_NAME);
  return { hash: row.hash, type: row.type, size: row.size, ...(chosen ? { name: chosen } : {}) };
};

/** Adds `schoolId` to a row's schools; it is pending again unless that school's relay has it. */
const withSchool = (row: AttachmentRow, schoolId: SchoolId): AttachmentRow => {
  if (row.schools.includes(schoolId)) return row;
  const schools = [...row.schools, schoolId];
  const uploaded = schools.every((s) => row.uploadedTo.includes(s)) ? 1 : 0;
  return { ...row, schools, uploaded, uploadedBytes: uploaded === row.uploaded ? row.uploadedBytes : 0 };
};

/**
 * Keeps a photo or signature for `schoolId` and returns the reference to put in a document. The
 * type comes from the bytes (JPEG, PNG, WebP), not from the file name; the same bytes twice are
 * stored once.
 */
export async function putAttachment(
  db: UserDb,
  schoolId: SchoolId,
  file: Blob,
  name?: string,
  now = Date.now(),
): Promise<PutAttachmentResult> {
  if (file.size === 0) return { ok: false, error: 'empty' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes.subarray(0, SNIFF_BYTES));
  if (!type) return { ok: false, error: 'unsupported-type' };
  const hash = await sha256Hex(bytes);
  const fresh: AttachmentRow = {
    hash,
    schoolId,
    type,
    size: bytes.byteLength,
    ...(name ? { name: name.slice(0, MAX_ATTACHMENT_NAME) } : {}),
    blob: new Blob([bytes], { type }),
    createdAt: now,
    uploaded: 0,
    uploadedBytes: 0,
    schools: [schoolId],
    uploadedTo: [],
  };
  const row = await db.transaction('rw', db.attachments, async () => {
    const existing = await db.attachments.get(hash);
    const next = existing ? withSchool(existing, schoolId) : fresh;
    if (next !== existing) await db.attachments.put(next);
    return next;
  });
  return { ok: true, ref: refOf(row, name) };
}

/** Attachments some school's relay does not hold yet, oldest first. */
export async function pendingAttachments(db: UserDb): Promise<AttachmentRow[]> {
  return db.attachments.where('uploaded').equals(0).sortBy('createdAt');
}

export async function countPendingAttachments(db: UserDb): Promise<number> {
  return db.attachments.where('uploaded').equals(0).count();
}

/** Records how many bytes of the current upload the relay confirmed. */
export async function setUploadProgress(db: UserDb, hash: string, uploadedBytes: number): Promise<void> {
  await db.attachments.update(hash, { uploadedBytes });
}

/** The relay confirmed it holds the complete blob for `schoolId`. */
export async function markUploaded(db: UserDb, hash: string, schoolId: SchoolId): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    const row = await db.attachments.get(hash);
    if (!row) return;
    const uploadedTo = row.uploadedTo.includes(schoolId) ? row.uploadedTo : [...row.uploadedTo, schoolId];
    const uploaded = row.schools.every((s) => uploadedTo.includes(s)) ? 1 : 0;
    await db.attachments.update(hash, { uploadedTo, uploaded, uploadedBytes: 0 });
  });
}

/** Keeps a blob downloaded from `schoolId`'s relay (so it counts as uploaded there). */
export async function storeDownloaded(
  db: UserDb,
  schoolId: SchoolId,
  meta: { hash: string; type: AttachmentType; size: number },
  blob: Blob,
  now = Date.now(),
): Promise<AttachmentRow> {
  return db.transaction('rw', db.attachments, async () => {
    const existing = await db.attachments.get(meta.hash);
    const base: AttachmentRow = existing
      ? withSchool(existing, schoolId)
      : { ...meta, schoolId, blob, createdAt: now, uploaded: 1, uploadedBytes: 0, schools: [schoolId], uploadedTo: [] };
    const uploadedTo = base.uploadedTo.includes(schoolId) ? base.uploadedTo : [...base.uploadedTo, schoolId];
    const row: AttachmentRow = {
      ...base,
      uploadedTo,
      uploaded: base.schools.every((s) => uploadedTo.includes(s)) ? 1 : 0,
    };
    await db.attachments.put(row);
    return row;
  });
}

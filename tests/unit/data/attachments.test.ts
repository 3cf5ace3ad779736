// Attachments on the device (docs/spec/sync.md S-13): stored by content hash after a magic-byte
// check, deduplicated, listed while pending, and never deleted before the relay holds them.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  countPendingAttachments,
  markUploaded,
  pendingAttachments,
  putAttachment,
  setUploadProgress,
  storeDownloaded,
} from '../../../src/data/attachments.ts';
import { openUserDb, UnsyncedAttachmentError } from '../../../src/data/userDb.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../src/domain/wire/attachments.ts';
import type { SchoolId } from '../../../src/domain/wire/documentNames.ts';

const A = '7423' as SchoolId;
const B = '8485' as SchoolId;
// fake-indexeddb keeps its databases for the whole file: each test uses its own user.
let users = 0;
const freshDb = () => openUserDb(`attachments-user-${++users}`);

function jpeg(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('S-13 putAttachment', () => {
  it('stores the bytes under their sha-256 with the sniffed type, pending upload', async () => {
    const db = freshDb();
    const bytes = jpeg(5000);
    const result = await putAttachment(db, A, new Blob([bytes], { type: 'image/png' }), 'pizarra.jpg', 1000);
    expect(result).toEqual({
      ok: true,
      ref: { hash: sha256(bytes), type: 'image/jpeg', size: 5000, name: 'pizarra.jpg' },
    });
    const row = await db.attachments.get(sha256(bytes));
    expect(row).toMatchObject({
      schoolId: A,
      type: 'image/jpeg',
      size: 5000,
      createdAt: 1000,
      uploaded: 0,
      uploadedBytes: 0,
      schools: [A],
      uploadedTo: [],
    });
    const blob = (await db.attachments.get(sha256(bytes)))?.blob;
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(bytes);
    expect(await countPendingAttachments(db)).toBe(1);
    db.close();
  });

  it('refuses empty, oversized and non-image files with a code', async () => {
    const db = freshDb();
    expect(await putAttachment(db, A, new Blob([]))).toEqual({ ok: false, error: 'empty' });
    expect(await putAttachment(db, A, new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]))).toEqual({
      ok: false,
      error: 'too-large',
    });
    expect(await putAttachment(db, A, new Blob(['<svg/> dice ser una imagen'], { type: 'image/png' }))).toEqual({
      ok: false,
      error: 'unsupported-type',
    });
    expect(await db.attachments.count()).toBe(0);
    db.close();
  });

  it('the same bytes twice are one row; for another school it is pending again for that school', async () => {
    const db = freshDb();
    const bytes = jpeg(3000);
    const hash = sha256(bytes);
    await putAttachment(db, A, new Blob([bytes]), 'uno.jpg', 1);
    const again = await putAttachment(db, A, new Blob([bytes]), undefined, 2);
    expect(again).toEqual({ ok: true, ref: { hash, type: 'image/jpeg', size: 3000, name: 'uno.jpg' } });
    expect(await db.attachments.count()).toBe(1);

    await markUploaded(db, hash, A);
    expect(await db.attachments.get(hash)).toMatchObject({ uploaded: 1, uploadedTo: [A] });
    await putAttachment(db, B, new Blob([bytes]));
    expect(await db.attachments.get(hash)).toMatchObject({
      uploaded: 0,
      schools: [A, B],
      uploadedTo: [A],
      createdAt: 1,
    });
    await markUploaded(db, hash, B);
    expect(await db.attachments.get(hash)).toMatchObject({ uploaded: 1, uploadedTo: [A, B] });
    db.close();
  });
});

describe('S-13/S-18 pending list, progress and the no-delete rule', () => {
  it('lists pending attachments oldest first, records progress, and marks them uploaded', async () => {
    const db = freshDb();
    const [first, second] = [jpeg(100, 1), jpeg(100, 2)];
    await putAttachment(db, A, new Blob([second]), undefined, 20);
    await putAttachment(db, A, new Blob([first]), undefined, 10);
    expect((await pendingAttachments(db)).map((r) => r.hash)).toEqual([sha256(first), sha256(second)]);

    await setUploadProgress(db, sha256(first), 64);
    expect(await db.attachments.get(sha256(first))).toMatchObject({ uploadedBytes: 64, uploaded: 0 });
    await markUploaded(db, sha256(first), A);
    expect(await db.attachments.get(sha256(first))).toMatchObject({ uploadedBytes: 0, uploaded: 1 });
    expect((await pendingAttachments(db)).map((r) => r.hash)).toEqual([sha256(second)]);
    expect(await countPendingAttachments(db)).toBe(1);
    db.close();
  });

  it('an attachment not uploaded cannot be deleted by any path; an uploaded one can be deleted', async () => {
    const db = freshDb();
    const bytes = jpeg(200);
    const hash = sha256(bytes);
    await putAttachment(db, A, new Blob([bytes]));
    await expect(db.attachments.delete(hash)).rejects.toBeInstanceOf(UnsyncedAttachmentError);
    await expect(db.attachments.where('schoolId').equals(A).delete()).rejects.toBeInstanceOf(UnsyncedAttachmentError);
    await expect(db.attachments.clear()).rejects.toBeInstanceOf(UnsyncedAttachmentError);
    expect(await db.attachments.get(hash)).toBeDefined();

    await markUploaded(db, hash, A);
    await db.attachments.delete(hash);
    expect(await db.attachments.get(hash)).toBeUndefined();
    db.close();
  });

  it('a downloaded attachment is kept as uploaded for its school', async () => {
    const db = freshDb();
    const bytes = jpeg(300);
    const hash = sha256(bytes);
    await storeDownloaded(db, B, { hash, type: 'image/jpeg', size: 300 }, new Blob([bytes], { type: 'image/jpeg' }), 5);
    expect(await db.attachments.get(hash)).toMatchObject({
      schoolId: B,
      uploaded: 1,
      schools: [B],
      uploadedTo: [B],
      createdAt: 5,
    });
    expect(await countPendingAttachments(db)).toBe(0);
    db.close();
  });
});

// The escape hatch through the data layer (docs/spec/transfer.md): a device exports what the relay has
// not confirmed — from its open workspace, or from IndexedDB alone as after a token expired offline —
// and another device merges it without losing its own edits; the same file twice changes nothing.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { readProfile, writeProfile } from '../../../../src/data/docs/profile/fields.ts';
import { LOCAL_EDIT, Workspace } from '../../../../src/data/workspace.ts';
import { putAttachment } from '../../../../src/data/attachments.ts';
import {
  exportUnsynced,
  importTransfer,
  readOnlyDocsOf,
  webCryptoSha256,
} from '../../../../src/data/transfer/index.ts';
import { decodeTransferFile, type TransferContents } from '../../../../src/domain/transfer/index.ts';
import type { DocName, SchoolId } from '../../../../src/domain/wire/documentNames.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';

const SCHOOL = '7423' as SchoolId;
const PROFILE_DOC = 'school:7423:profile' as DocName;
const USER = { id: 'u-ana', username: 'ana', displayName: 'Ana Rojas', role: 'asesor' as const };
const photo = new Uint8Array(3000).map((_, i) => (i * 7) & 0xff);
photo.set([0xff, 0xd8, 0xff, 0xe0]);

let devices = 0;
/** Each device is a user database of its own (fake-indexeddb keeps databases for the whole file). */
const device = () => new Workspace(`device-${++devices}`);

const pendingOf = (ws: Workspace, name: DocName) =>
  vi.waitFor(async () => {
    const row = await ws.db.syncState.get(name);
    if (!row || row.pending === 0) throw new Error('not counted yet');
    return row.pending;
  });

async function decoded(text: string): Promise<TransferContents> {
  const read = await decodeTransferFile(text, webCryptoSha256);
  if (!read.ok) throw new Error(read.detail);
  return read.contents;
}

/** Device A edits offline on top of what both devices had from the relay, and adds a photo. */
async function deviceWithUnsyncedWork(relayCopy: Uint8Array): Promise<Workspace> {
  const a = device();
  const doc = await a.openDoc(PROFILE_DOC);
  Y.applyUpdate(doc, relayCopy, 'relay');
  writeProfile(doc, { notes: 'Notas escritas sin conexión en el equipo A.' }, LOCAL_EDIT);
  const put = await putAttachment(a.db, SCHOOL, new Blob([photo], { type: 'image/jpeg' }), 'pizarra.jpg');
  expect(put.ok).toBe(true);
  await pendingOf(a, PROFILE_DOC);
  return a;
}

function relayCopy(): Uint8Array {
  const doc = new Y.Doc();
  writeProfile(doc, LASTARRIA_PROFILE, 'relay');
  return Y.encodeStateAsUpdate(doc);
}

describe('EX-10, EX-12: export of unsynced work', () => {
  it('carries the pending documents and photos, from the workspace and from the device alone alike', async () => {
    const base = relayCopy();
    const a = await deviceWithUnsyncedWork(base);
    const other = await a.openDoc('school:8485:profile' as DocName);
    Y.applyUpdate(other, base, 'relay'); // synced content only: nothing pending, not exported
    const fromWorkspace = await decoded(
      (await exportUnsynced({ user: USER, deviceDescription: 't', now: new Date(), workspace: a })).text,
    );
    expect(fromWorkspace.docs.map((d) => d.name)).toEqual([PROFILE_DOC]);
    expect(fromWorkspace.attachments.map((x) => [x.meta.name, x.meta.schools, x.bytes.length])).toEqual([
      ['pizarra.jpg', [SCHOOL], photo.length],
    ]);
    expect(fromWorkspace.manifest.user).toEqual(USER);
    const userId = a.userId;
    await a.close();
    const offline = await exportUnsynced({
      user: { ...USER, id: userId },
      deviceDescription: 't',
      now: new Date(),
      workspace: null,
    });
    const fromDevice = await decoded(offline.text);
    expect(fromDevice.docs.map((d) => d.meta.sha256)).toEqual(fromWorkspace.docs.map((d) => d.meta.sha256));
    expect(fromDevice.manifest.device.id).toBe(fromWorkspace.manifest.device.id);
  });
});

describe('EX-14: import merges, never overwrites, and is idempotent', () => {
  it("keeps both devices' edits, queues the photo for upload, counts the merge pending; a second import changes nothing", async () => {
    const base = relayCopy();
    const a = await deviceWithUnsyncedWork(base);
    const file = await decoded(
      (await exportUnsynced({ user: USER, deviceDescription: 't', now: new Date(), workspace: a })).text,
    );
    await a.close();

    const b = device();
    const docB = await b.openDoc(PROFILE_DOC);
    Y.applyUpdate(docB, base, 'relay');
    writeProfile(docB, { director: 'Directora anotada en el equipo B' }, LOCAL_EDIT);
    const pendingBefore = await pendingOf(b, PROFILE_DOC);

    expect(await importTransfer(b, file)).toEqual({ docsChanged: 1, docsUnchanged: 0, attachmentsAdded: 1 });
    const { profile } = readProfile(docB);
    expect(profile.notes).toBe('Notas escritas sin conexión en el equipo A.');
    expect(profile.director).toBe('Directora anotada en el equipo B');
    await vi.waitFor(async () =>
      expect((await b.db.syncState.get(PROFILE_DOC))?.pending).toBeGreaterThan(pendingBefore),
    );
    const row = await b.db.attachments.get(file.attachments[0]!.meta.hash);
    expect(row).toMatchObject({ uploaded: 0, schools: [SCHOOL], name: 'pizarra.jpg', size: photo.length });

    await b.ledger.settled();
    const svAfterFirst = Y.encodeStateVector(docB);
    const pendingAfterFirst = (await b.db.syncState.get(PROFILE_DOC))?.pending;
    const rowsAfterFirst = await b.db.attachments.toArray();
    expect(await importTransfer(b, file)).toEqual({ docsChanged: 0, docsUnchanged: 1, attachmentsAdded: 0 });
    await b.ledger.settled();
    expect(Y.encodeStateVector(docB)).toEqual(svAfterFirst);
    expect((await b.db.syncState.get(PROFILE_DOC))?.pending).toBe(pendingAfterFirst);
    expect(await b.db.attachments.toArray()).toEqual(rowsAfterFirst);
    await b.close();
  });

  it('an update Yjs cannot apply imports nothing at all', async () => {
    const a = await deviceWithUnsyncedWork(relayCopy());
    const file = await decoded(
      (await exportUnsynced({ user: USER, deviceDescription: 't', now: new Date(), workspace: a })).text,
    );
    await a.close();
    const b = device();
    const broken = {
      ...file,
      docs: [
        ...file.docs,
        { ...file.docs[0]!, name: 'school:7423:pme' as DocName, update: new Uint8Array([255, 255, 255]) },
      ],
    };
    await expect(importTransfer(b, broken)).rejects.toThrow(/cannot apply/);
    expect(await b.db.attachments.count()).toBe(0);
    expect(await b.db.docs.count()).toBe(0);
    await b.close();
  });

  it("EX-15 A-13: a sostenedor's device, which may only read the profile, imports nothing from the file", async () => {
    const a = await deviceWithUnsyncedWork(relayCopy());
    const file = await decoded(
      (await exportUnsynced({ user: USER, deviceDescription: 't', now: new Date(), workspace: a })).text,
    );
    await a.close();
    const reader = new Workspace(`device-${++devices}`, { role: 'sostenedor' });
    expect(readOnlyDocsOf(reader, file)).toEqual([PROFILE_DOC]);
    await expect(importTransfer(reader, file)).rejects.toThrow(/may only read: school:7423:profile/);
    expect(await reader.db.attachments.count()).toBe(0);
    expect(await reader.db.syncState.count()).toBe(0);
    await reader.close();
    const writer = new Workspace(`device-${++devices}`, { role: 'asesor' });
    expect(readOnlyDocsOf(writer, file)).toEqual([]);
    await writer.close();
  });
});

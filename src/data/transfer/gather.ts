// Gathers what the relay has not confirmed for a user on this device (EX-10): every document whose
// sync ledger row still counts pending changes, as its whole Yjs state (the relay's own state vector
// is not kept on the device, and the whole state is what a merge elsewhere needs), and every photo
// or signature not yet uploaded. Works from the open workspace, or — when the sign-in token expired
// offline and no workspace is open — straight from IndexedDB with only the user's id.
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { openUserDb, type UserDb } from '../userDb.ts';
import { docStorageName, type Workspace } from '../workspace.ts';
import { pendingAttachments } from '../attachments.ts';
import { parseDocName, type DocName } from '../../domain/wire/documentNames.ts';
import type { TransferInput } from '../../domain/transfer/index.ts';

export type Unsynced = Pick<TransferInput, 'docs' | 'attachments' | 'schoolNames'>;

async function pendingDocNames(db: UserDb): Promise<DocName[]> {
  const rows = await db.syncState.where('pending').above(0).toArray();
  return rows
    .map((r) => r.name)
    .filter((n) => parseDocName(n) !== null)
    .sort();
}

async function schoolNames(db: UserDb): Promise<Unsynced['schoolNames']> {
  return new Map((await db.schools.toArray()).map((s) => [s.schoolId, s.name]));
}

async function unsyncedAttachments(db: UserDb): Promise<Unsynced['attachments']> {
  const rows = await pendingAttachments(db);
  return Promise.all(
    rows.map(async (row) => ({
      hash: row.hash,
      type: row.type,
      size: row.size,
      ...(row.name ? { name: row.name } : {}),
      schools: row.schools,
      bytes: new Uint8Array(await row.blob.arrayBuffer()),
    })),
  );
}

/** The stored state of a document no workspace has open. */
async function storedState(userId: string, name: DocName): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(docStorageName(userId, name), doc);
  try {
    await persistence.whenSynced;
    return Y.encodeStateAsUpdate(doc);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

export async function gatherFromWorkspace(workspace: Workspace): Promise<Unsynced> {
  await workspace.ledger.settled();
  const names = await pendingDocNames(workspace.db);
  const docs = [];
  for (const name of names) docs.push({ name, update: Y.encodeStateAsUpdate(await workspace.openDoc(name)) });
  return { docs, attachments: await unsyncedAttachments(workspace.db), schoolNames: await schoolNames(workspace.db) };
}

export async function gatherFromDevice(userId: string): Promise<Unsynced> {
  const db = openUserDb(userId);
  try {
    const names = await pendingDocNames(db);
    const docs = [];
    for (const name of names) docs.push({ name, update: await storedState(userId, name) });
    return { docs, attachments: await unsyncedAttachments(db), schoolNames: await schoolNames(db) };
  } finally {
    db.close();
  }
}

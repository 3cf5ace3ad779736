// Per-user Dexie database (`bitacora-u-<userId>`): what must be queried or is not a CRDT.
// - schools: the index for lists and search, derived from the school documents (rebuildable);
// - docs: the registry of Yjs documents this device holds for the user;
// - syncState: per document, local changes not yet acknowledged by the relay, and refusals;
// - drafts: form input not yet saved, so a closed tab loses nothing.
// Schema changes are new `version(n)` blocks with an upgrade; never edit a released version.
import Dexie, { type EntityTable } from 'dexie';
import type { DenialReason } from '../domain/wire/protocol.ts';
import type { DocKind, DocName, SchoolId } from '../domain/wire/documentNames.ts';
import type { SchoolIndexEntry } from '../domain/schools/schoolIndex.ts';

export interface DocRow {
  name: DocName;
  schoolId: SchoolId;
  kind: DocKind;
  createdAt: number;
}

export interface SyncStateRow {
  name: DocName;
  schoolId: SchoolId;
  /** Local transactions since the relay last acknowledged everything. */
  pending: number;
  lastSyncedAt: number | null;
  denied: DenialReason | null;
}

export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: number;
}

export type UserDb = Dexie & {
  schools: EntityTable<SchoolIndexEntry, 'schoolId'>;
  docs: EntityTable<DocRow, 'name'>;
  syncState: EntityTable<SyncStateRow, 'name'>;
  drafts: EntityTable<DraftRow, 'key'>;
};

export const USER_DB_PREFIX = 'bitacora-u-';

export function openUserDb(userId: string): UserDb {
  const db = new Dexie(`${USER_DB_PREFIX}${userId}`) as UserDb;
  db.version(1).stores({
    schools: '&schoolId, rbd, nameSearch, comunaCode, regionCode, updatedAt',
    docs: '&name, schoolId, kind',
    syncState: '&name, schoolId, pending',
    drafts: '&key',
  });
  return db;
}

// Per-user Dexie database (`bitacora-u-<userId>`): what must be queried or is not a CRDT.
// - schools: the index for lists and search, derived from the school documents (rebuildable);
// - docs: the registry of Yjs documents this device holds for the user;
// - syncState: per document, local changes not yet acknowledged by the relay, and refusals;
// - drafts: form input not yet saved, so a closed tab loses nothing;
// - programmeDigests (v3): per school, the figures of its advisory programme the portfolio shows;
// - dashboardDigests (v4): per pme, monitoring and evaluation document, what the multi-school
//   dashboard needs of it (data/dashboardDigests.ts);
// - evidenceDigests (v5): per pme, monitoring and evaluation document, the little it proves about the
//   deliverables (versions frozen, cortes closed, actas signed), written with its dashboard digest, so the
//   portfolio on the first screen counts them as the checklist does without reading the large digests (PFE-2);
// - attachments (v2): photos and signatures by content hash, kept until the relay holds them
//   (a hook refuses to delete one that is not uploaded).
// Schema changes are new `version(n)` blocks with an upgrade; never edit a released version.
import Dexie, { type EntityTable } from 'dexie';
import type { DenialReason } from '../domain/wire/protocol.ts';
import type { DocKind, DocName, SchoolId } from '../domain/wire/documentNames.ts';
import type { SchoolIndexEntry } from '../domain/schools/schoolIndex.ts';
import type { AttachmentType } from '../domain/wire/attachments.ts';
import type { ProgrammeDigest } from '../domain/programme/digest.ts';
import type { EvidenceDigest } from '../domain/programme/evidenceDigest.ts';

export interface DocRow {
  name: DocName;
  schoolId: SchoolId;
  kind: DocKind;
  createdAt: number;
  /** The document's state vector (base64) when the index or digest was last derived from it. */
  derivedSv?: string;
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

export interface AttachmentRow {
  /** sha-256 of the bytes, lowercase hex. */
  hash: string;
  /** The school it was first attached for. */
  schoolId: SchoolId;
  type: AttachmentType;
  size: number;
  name?: string;
  blob: Blob;
  createdAt: number;
  /** 1 once the relay holds it for every school in `schools` (an index: IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
  /** Bytes of the upload in progress that the relay confirmed: where to resume. */
  uploadedBytes: number;
  /** Every school whose records refer to it (normally just `schoolId`). */
  schools: SchoolId[];
  /** Schools whose relay holds the complete blob. */
  uploadedTo: SchoolId[];
}

export class UnsyncedAttachmentError extends Error {
  constructor(hash: string) {
    super(`refusing to delete attachment ${hash.slice(0, 12)}: not uploaded yet`);
    this.name = 'UnsyncedAttachmentError';
  }
}

export type UserDb = Dexie & {
  schools: EntityTable<SchoolIndexEntry, 'schoolId'>;
  docs: EntityTable<DocRow, 'name'>;
  syncState: EntityTable<SyncStateRow, 'name'>;
  drafts: EntityTable<DraftRow, 'key'>;
  attachments: EntityTable<AttachmentRow, 'hash'>;
  programmeDigests: EntityTable<ProgrammeDigestRow, 'schoolId'>;
  dashboardDigests: EntityTable<DashboardDigestRow, 'name'>;
  evidenceDigests: EntityTable<EvidenceDigestRow, 'name'>;
};

export type DashboardDigestKind = 'pme' | 'monitoring' | 'evaluation';

/** One document's digest for the multi-school dashboard (rebuildable, validated when read). */
export interface DashboardDigestRow {
  name: DocName;
  schoolId: SchoolId;
  kind: DashboardDigestKind;
  digest: unknown;
  updatedAt: number;
  /** The digest schemas' fingerprint the digest was validated against when written (SDP-1). */
  checkedWith?: string;
}

/** One document's evidence for the deliverables checklist (PFE-2; rebuildable, validated when derived and read). */
export interface EvidenceDigestRow {
  name: DocName;
  schoolId: SchoolId;
  kind: DashboardDigestKind;
  evidence: EvidenceDigest;
  updatedAt: number;
}

/**
 * What the portfolio needs of a school's programme document, derived from it after every change
 * (rebuildable), so the advisor's home lists many schools without opening their documents.
 */
export interface ProgrammeDigestRow {
  schoolId: SchoolId;
  digest: ProgrammeDigest;
  updatedAt: number;
}

export const USER_DB_PREFIX = 'bitacora-u-';

export function openUserDb(userId: string): UserDb {
  const db = new Dexie(`${USER_DB_PREFIX}${userId}`) as UserDb;
  db.version(1).stores({
    schools: '&schoolId, rbd, nameSearch, comunaCode, regionCode, updatedAt',
    docs: '&name, schoolId, kind',
    syncState: '&name, schoolId, pending',
    drafts: '&key',
  });
  db.version(2).stores({
    attachments: '&hash, schoolId, uploaded, createdAt',
  });
  db.version(3).stores({
    programmeDigests: '&schoolId',
  });
  db.version(4).stores({
    dashboardDigests: '&name, schoolId',
  });
  // Devices upgraded from v4 derive these again when the background opening finds them missing (isDerived).
  db.version(5).stores({
    evidenceDigests: '&name, schoolId',
  });
  // An advisor's photo that only this device holds is never deleted, whatever code asks.
  db.attachments.hook('deleting', (_hash, row) => {
    if (row && row.uploaded !== 1) throw new UnsyncedAttachmentError(row.hash);
  });
  return db;
}

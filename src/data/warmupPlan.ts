// What the background opening needs to know before it opens anything, read in a few bulk reads
// (not one per document): every document this device holds (the registry, plus y-indexeddb
// databases missing from it after a cleared Dexie db), which have unsynced changes, and what the
// school index and the portfolio digests were last derived from (so an unchanged document is
// not derived again at every start).
import { parseDocName, type DocName, type SchoolId } from '../domain/wire/documentNames.ts';
import { USER_DB_PREFIX, type UserDb } from './userDb.ts';

export interface DerivedState {
  registered: Set<DocName>;
  /** Per document, the state vector (base64) the index or digest was last derived from. */
  derivedSv: Map<DocName, string>;
  /** Schools with an index entry, and schools with a programme digest. */
  indexed: Set<SchoolId>;
  digested: Set<SchoolId>;
  /** Documents with a dashboard digest (pme, monitoring, evaluation). */
  dashboardDigested: Set<DocName>;
  /** Documents with an evidence digest (written with the dashboard digest since v5, PFE-2). */
  evidenceDigested: Set<DocName>;
}

export interface WarmupPlan {
  names: DocName[];
  pending: Set<DocName>;
  derived: DerivedState;
}

async function storedDocNames(userId: string): Promise<DocName[]> {
  const prefix = `${USER_DB_PREFIX}${userId}-`;
  const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  return dbs.flatMap((info) => {
    const candidate = info.name?.startsWith(prefix) ? info.name.slice(prefix.length) : '';
    return parseDocName(candidate) ? [candidate as DocName] : [];
  });
}

export async function readWarmupPlan(db: UserDb, userId: string): Promise<WarmupPlan> {
  const [rows, stored, pendingRows, indexed, digested, dashboardDigested, evidenceDigested] = await Promise.all([
    db.docs.toArray(),
    storedDocNames(userId),
    db.syncState.where('pending').above(0).toArray(),
    db.schools.toCollection().primaryKeys(),
    db.programmeDigests.toCollection().primaryKeys(),
    db.dashboardDigests.toCollection().primaryKeys(),
    db.evidenceDigests.toCollection().primaryKeys(),
  ]);
  const names = new Set<DocName>([...rows.map((r) => r.name), ...stored]);
  return {
    names: [...names],
    pending: new Set(pendingRows.map((r) => r.name)),
    derived: {
      registered: new Set(rows.map((r) => r.name)),
      derivedSv: new Map(rows.flatMap((r) => (r.derivedSv ? [[r.name, r.derivedSv] as const] : []))),
      indexed: new Set(indexed),
      digested: new Set(digested),
      dashboardDigested: new Set(dashboardDigested),
      evidenceDigested: new Set(evidenceDigested),
    },
  };
}

/** The same facts for one document (an open asked for by a screen, outside the background opening). */
export async function readDerivedState(db: UserDb, name: DocName, schoolId: SchoolId): Promise<DerivedState> {
  const [row, indexed, digested, dashboardDigest, evidenceDigest] = await Promise.all([
    db.docs.get(name),
    db.schools.get(schoolId),
    db.programmeDigests.get(schoolId),
    db.dashboardDigests.get(name),
    db.evidenceDigests.get(name),
  ]);
  return {
    registered: new Set(row ? [name] : []),
    derivedSv: new Map(row?.derivedSv ? [[name, row.derivedSv]] : []),
    indexed: new Set(indexed ? [schoolId] : []),
    digested: new Set(digested ? [schoolId] : []),
    dashboardDigested: new Set(dashboardDigest ? [name] : []),
    evidenceDigested: new Set(evidenceDigest ? [name] : []),
  };
}

/** Whether the school index (profile) or the digest (programme, pme, monitoring, evaluation) reflects this state. */
export function isDerived(derived: DerivedState, name: DocName, sv: string): boolean {
  const parsed = parseDocName(name);
  if (!parsed || derived.derivedSv.get(name) !== sv) return false;
  if (parsed.kind === 'profile') return derived.indexed.has(parsed.schoolId);
  if (parsed.kind === 'programme') return derived.digested.has(parsed.schoolId);
  // A device upgraded from before the evidence digests (PFE-2) derives each such document once more.
  if (parsed.kind === 'pme' || parsed.kind === 'monitoring' || parsed.kind === 'evaluation')
    return derived.dashboardDigested.has(name) && derived.evidenceDigested.has(name);
  return true;
}

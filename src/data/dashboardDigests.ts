// The multi-school dashboard's digests (userDb.dashboardDigests): per pme, monitoring and evaluation
// document, the inputs its figures need (domain/dashboard/digests.ts), re-derived by the workspace
// after every change of the document, like the school index and the portfolio's programme digest.
// Rebuildable from the documents at any time; the dashboard reads them and never opens a document.
// Reading 100 schools is ~10 MB of digests: each is validated when derived, and a stored version
// not validated by these schemas is validated once per page when read (SDP-1),
// and the dashboard follows the tables with reads that always deliver (SDP-2). With each digest, in the same
// transaction, goes its small evidence digest (userDb.evidenceDigests): what the portfolio reads (PFE-2).
import Dexie from 'dexie';
import { z } from 'zod';
import type * as Y from 'yjs';
import type { DocKind, DocName, SchoolId } from '../domain/wire/documentNames.ts';
import {
  evaluationDigestSchema,
  evidenceOf,
  makeEvaluationDigest,
  makeMonitoringDigest,
  makePmeDigest,
  monitoringDigestSchema,
  pmeDigestSchema,
  type EvaluationDigest,
  type KindedDigest,
  type MonitoringDigest,
  type PmeDigest,
} from '../domain/dashboard/digests.ts';
import { evidenceDigestSchema, NO_EVIDENCE } from '../domain/programme/evidenceDigest.ts';
import { localYear } from '../domain/shared/localDates.ts';
import { readPme } from './docs/pme/read.ts';
import { readMonitoring } from './docs/monitoring/read.ts';
import { readEvaluation } from './docs/evaluation/read.ts';
import type { DashboardDigestKind, ProgrammeDigestRow, UserDb } from './userDb.ts';
import type { SchoolIndexEntry } from '../domain/schools/schoolIndex.ts';

const DASHBOARD_DIGEST_KINDS: readonly DocKind[] = ['pme', 'monitoring', 'evaluation'];

export const isDashboardDigestKind = (kind: DocKind): kind is DashboardDigestKind =>
  DASHBOARD_DIGEST_KINDS.includes(kind);

function digestOf(kind: DashboardDigestKind, schoolId: SchoolId, doc: Y.Doc): KindedDigest {
  switch (kind) {
    case 'pme': {
      const view = readPme(doc, schoolId, localYear());
      return { kind, digest: makePmeDigest(view.plan, view.versions) };
    }
    case 'monitoring':
      return { kind, digest: makeMonitoringDigest(readMonitoring(doc)) };
    case 'evaluation':
      return { kind, digest: makeEvaluationDigest(readEvaluation(doc)) };
  }
}

export async function putDashboardDigest(
  db: UserDb,
  name: DocName,
  schoolId: SchoolId,
  kind: DashboardDigestKind,
  doc: Y.Doc,
): Promise<void> {
  const kinded = digestOf(kind, schoolId, doc);
  const { digest } = kinded;
  // Validated here, in the background, so that the Panel's first read need not validate it again (SDP-1).
  const checked = SCHEMAS[kind].safeParse(digest).success;
  if (!checked) console.error(`dashboard digest ${name} derived but not valid; it will be left out`);
  const updatedAt = nextStamp();
  const row = { name, schoolId, kind, digest, updatedAt };
  // PFE-2: the portfolio's evidence is the Panel's projection of this very digest, written with it; a digest
  // the Panel leaves out gives none (an empty row still says the document was derived, isDerived).
  const parsed = checked ? evidenceDigestSchema.safeParse(evidenceOf(kinded)) : null;
  const evidence = parsed?.success ? parsed.data : NO_EVIDENCE;
  await db.transaction('rw', db.dashboardDigests, db.evidenceDigests, async () => {
    await db.dashboardDigests.put(checked ? { ...row, checkedWith: schemasFingerprint() } : row);
    await db.evidenceDigests.put({ name, schoolId, kind, evidence, updatedAt });
  });
}

let lastStamp = 0;
/** Strictly increasing on this page: a row's `updatedAt` names its version for the validation cache. */
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

export interface SchoolDigests {
  pme: PmeDigest | null;
  monitoring: MonitoringDigest | null;
  evaluation: EvaluationDigest | null;
}

const SCHEMAS = { pme: pmeDigestSchema, monitoring: monitoringDigestSchema, evaluation: evaluationDigestSchema };

/**
 * The digest schemas' shape, hashed: a row validated when written by code with other schemas (an older
 * app) has another fingerprint and is validated again when read. Refinement logic is not in the shape.
 */
let schemaFingerprint: string | null = null;
/** Computed at first use, not at import: the workspace imports this module on the first screen's path. */
function schemasFingerprint(): string {
  schemaFingerprint ??= fingerprint(JSON.stringify(Object.values(SCHEMAS).map(shapeOf)));
  return schemaFingerprint;
}

function shapeOf(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any' });
  } catch {
    return Math.random(); // a shape that cannot be written out: never trusted, always validated when read
  }
}

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

type Digest = PmeDigest | MonitoringDigest | EvaluationDigest;
/** Per database, the validated digest of each stored row version (name → updatedAt, digest). */
const validated = new WeakMap<UserDb, Map<DocName, { updatedAt: number; digest: Digest }>>();

/**
 * Every school's digests, read in one bulk read; a row is validated the first time its version is
 * read on this page (SDP-1), an invalid one is logged and left out. An unchanged row keeps its object.
 */
export async function readDashboardDigests(db: UserDb): Promise<Map<SchoolId, SchoolDigests>> {
  const rows = await db.dashboardDigests.toArray();
  let cache = validated.get(db);
  if (!cache) validated.set(db, (cache = new Map()));
  const out = new Map<SchoolId, SchoolDigests>();
  for (const row of rows) {
    let known = cache.get(row.name);
    if (known?.updatedAt !== row.updatedAt && row.checkedWith === schemasFingerprint()) {
      known = { updatedAt: row.updatedAt, digest: row.digest as Digest };
      cache.set(row.name, known);
    } else if (known?.updatedAt !== row.updatedAt) {
      const parsed = SCHEMAS[row.kind].safeParse(row.digest);
      if (!parsed.success) {
        console.error(`dashboard digest ${row.name} is not valid; ignored`, parsed.error.issues.slice(0, 3));
        cache.delete(row.name);
        continue;
      }
      known = { updatedAt: row.updatedAt, digest: parsed.data };
      cache.set(row.name, known);
    }
    const entry = out.get(row.schoolId) ?? { pme: null, monitoring: null, evaluation: null };
    out.set(row.schoolId, { ...entry, [row.kind]: known.digest });
  }
  return out;
}

export interface DashboardInputs {
  schools: SchoolIndexEntry[];
  programmes: ProgrammeDigestRow[];
  digests: Map<SchoolId, SchoolDigests>;
}

const INPUT_TABLES = ['schools', 'programmeDigests', 'dashboardDigests'] as const;

async function readDashboardInputs(db: UserDb): Promise<DashboardInputs> {
  const [schools, programmes, digests] = await Promise.all([
    db.schools.toArray(),
    db.programmeDigests.toArray(),
    readDashboardDigests(db),
  ]);
  return { schools, programmes, digests };
}

/** How long after a delivered read the next one may start: the background derivations write often. */
const FOLLOW_GAP_MS = 400;

/**
 * Reads the dashboard's inputs now and again after every change of their tables, and hands every
 * read to `onInputs` (SDP-2). Dexie's live queries drop a result when a write lands while they run:
 * with 100 schools deriving in the background, a slow read could be thrown away again and again.
 * Here one read runs at a time, changes during it ask for one more, spaced by `gapMs`.
 */
export function followDashboardInputs(
  db: UserDb,
  onInputs: (inputs: DashboardInputs) => void,
  gapMs = FOLLOW_GAP_MS,
): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const prefixes = INPUT_TABLES.map((table) => `idb://${db.name}/${table}/`);
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        const inputs = await readDashboardInputs(db);
        if (stopped) return;
        onInputs(inputs);
        if (again) await new Promise((resolve) => (timer = setTimeout(resolve, gapMs)));
      } while (again && !stopped);
    } catch (err: unknown) {
      if (!stopped) console.error('dashboard inputs not read', err);
    } finally {
      running = false;
    }
  };
  const onChange = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((key) => prefixes.some((p) => key.startsWith(p)))) return;
    again = true;
    if (!running) void run();
  };
  Dexie.on('storagemutated', onChange);
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onChange);
  };
}

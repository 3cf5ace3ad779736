// The multi-school dashboard's digests (userDb.dashboardDigests): per pme, monitoring and evaluation
// document, the inputs its figures need (domain/dashboard/digests.ts), re-derived by the workspace
// after every change of the document, like the school index and the portfolio's programme digest.
// Rebuildable from the documents at any time; the dashboard reads them and never opens a document.
import type * as Y from 'yjs';
import type { DocKind, DocName, SchoolId } from '../domain/wire/documentNames.ts';
import {
  evaluationDigestSchema,
  makeEvaluationDigest,
  makeMonitoringDigest,
  makePmeDigest,
  monitoringDigestSchema,
  pmeDigestSchema,
  type EvaluationDigest,
  type MonitoringDigest,
  type PmeDigest,
} from '../domain/dashboard/digests.ts';
import { localYear } from '../domain/shared/localDates.ts';
import { readPme } from './docs/pme/read.ts';
import { readMonitoring } from './docs/monitoring/read.ts';
import { readEvaluation } from './docs/evaluation/read.ts';
import type { DashboardDigestKind, UserDb } from './userDb.ts';

const DASHBOARD_DIGEST_KINDS: readonly DocKind[] = ['pme', 'monitoring', 'evaluation'];

export const isDashboardDigestKind = (kind: DocKind): kind is DashboardDigestKind =>
  DASHBOARD_DIGEST_KINDS.includes(kind);

function digestOf(kind: DashboardDigestKind, schoolId: SchoolId, doc: Y.Doc) {
  switch (kind) {
    case 'pme': {
      const view = readPme(doc, schoolId, localYear());
      return makePmeDigest(view.plan, view.versions);
    }
    case 'monitoring':
      return makeMonitoringDigest(readMonitoring(doc));
    case 'evaluation':
      return makeEvaluationDigest(readEvaluation(doc));
  }
}

export async function putDashboardDigest(
  db: UserDb,
  name: DocName,
  schoolId: SchoolId,
  kind: DashboardDigestKind,
  doc: Y.Doc,
): Promise<void> {
  await db.dashboardDigests.put({ name, schoolId, kind, digest: digestOf(kind, schoolId, doc), updatedAt: Date.now() });
}

interface SchoolDigests {
  pme: PmeDigest | null;
  monitoring: MonitoringDigest | null;
  evaluation: EvaluationDigest | null;
}

const SCHEMAS = { pme: pmeDigestSchema, monitoring: monitoringDigestSchema, evaluation: evaluationDigestSchema };

/** Every school's digests, read in one bulk read and validated; an invalid one is logged and left out. */
export async function readDashboardDigests(db: UserDb): Promise<Map<SchoolId, SchoolDigests>> {
  const rows = await db.dashboardDigests.toArray();
  const out = new Map<SchoolId, SchoolDigests>();
  for (const row of rows) {
    const parsed = SCHEMAS[row.kind].safeParse(row.digest);
    if (!parsed.success) {
      console.error(`dashboard digest ${row.name} is not valid; ignored`, parsed.error.issues.slice(0, 3));
      continue;
    }
    const entry = out.get(row.schoolId) ?? { pme: null, monitoring: null, evaluation: null };
    out.set(row.schoolId, { ...entry, [row.kind]: parsed.data });
  }
  return out;
}

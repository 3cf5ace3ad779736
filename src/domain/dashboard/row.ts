// One school's row of the multi-school dashboard (issue 15, part 2c; docs/spec/dashboard.md SD-1…SD-7).
// Every figure is computed by the function the school's own screen calls, with the same inputs:
// the portfolio row (programme month, hours, late deliverables), the deliverables checklist, the PME
// versions, the Seguimiento dashboard of the last corte (cycleDashboard), and the acta rule (isSigned).
import { digestRow, programmeDigestSchema, type ProgrammeDigest } from '../programme/digest.ts';
import type { PortfolioRow } from '../programme/portfolio.ts';
import { checklistCounts, checklistStates, mergeEvidence, type EvidenceDigest } from '../programme/evidenceDigest.ts';
import { latestOf } from '../pme/versions.ts';
import { cycleDashboard, type CycleDashboard } from '../monitoring/dashboard.ts';
import { sortCycles } from '../monitoring/cycles.ts';
import type { IndicatorStatus } from '../monitoring/indicators.ts';
import { currentActas, isSigned, type ActaVerificacion } from '../evaluation/acta.ts';
import { evidenceOf, type EvaluationDigest, type MonitoringDigest, type PmeDigest } from './digests.ts';

export type PmeState = 'sin-plan' | 'en-elaboracion' | 'borrador' | 'final';
export type EvaluationState = 'sin-iniciar' | 'en-curso' | 'cerrada';
export type ActaState = 'sin-acta' | 'pendiente' | 'firmada';

export interface DashboardSchool {
  schoolId: string;
  rbd: number;
  name: string;
  comunaCode: string;
  comunaName: string;
  dependencia: string;
  /** null when the profile does not say. */
  rural: boolean | null;
}

interface MonitoringFigures {
  cycleId: string;
  cycleName: string;
  year: number;
  dashboard: CycleDashboard;
}

export interface SchoolDashboardRow extends DashboardSchool {
  /** Who opened the asesoría ('' when unknown or not opened). */
  asesor: string;
  programme: PortfolioRow | null;
  deliverables: { delivered: number; late: number; total: number };
  pme: { state: PmeState; date: string | null };
  monitoring: MonitoringFigures | null;
  indicators: Record<'en-camino' | 'en-riesgo' | 'desviado' | 'otros', number>;
  evaluation: EvaluationState;
  acta: ActaState;
}

export interface SchoolDashboardInput {
  school: DashboardSchool;
  programme: ProgrammeDigest | null;
  pme: PmeDigest | null;
  monitoring: MonitoringDigest | null;
  evaluation: EvaluationDigest | null;
  /** Local ISO date and wall-clock time ("HH:MM"). */
  today: string;
  now?: string;
}

/** SD-3: the latest Borrador or Versión Final wins over the working plan; its creation instant is the date. */
export function pmeState(pme: PmeDigest | null): SchoolDashboardRow['pme'] {
  if (!pme) return { state: 'sin-plan', date: null };
  const final = latestOf(pme.versions, 'final');
  if (final) return { state: 'final', date: final.createdAt };
  const draft = latestOf(pme.versions, 'borrador');
  if (draft) return { state: 'borrador', date: draft.createdAt };
  const p = pme.plan;
  const empty = p.objectives.length + p.goals.length + p.strategies.length + p.actions.length === 0;
  return { state: empty ? 'sin-plan' : 'en-elaboracion', date: null };
}

/** SD-4: the last corte begun by `today` (start ≤ today), in start order; null when none has begun. */
export function lastCorte<C extends { id: string; start: string }>(cycles: readonly C[], today: string): C | null {
  return sortCycles(cycles.filter((c) => c.start <= today)).at(-1) ?? null;
}

/** SD-4: the Seguimiento figures of the last corte, exactly as the Monitoreo screen computes them for it. */
function monitoringFigures(
  pme: PmeDigest | null,
  monitoring: MonitoringDigest | null,
  today: string,
): MonitoringFigures | null {
  if (!pme || !monitoring) return null;
  const cycle = lastCorte(monitoring.cycles, today);
  if (!cycle) return null;
  const dashboard = cycleDashboard({
    pme: pme.plan,
    cycles: monitoring.cycles,
    cycleId: cycle.id,
    records: monitoring.records,
    measurements: monitoring.measurements,
    plan: monitoring.plans.find((p) => p.year === cycle.year) ?? null,
    today,
  });
  return { cycleId: cycle.id, cycleName: cycle.name, year: cycle.year, dashboard };
}

function indicatorCounts(m: MonitoringFigures | null): SchoolDashboardRow['indicators'] {
  const counts = { 'en-camino': 0, 'en-riesgo': 0, desviado: 0, otros: 0 };
  for (const t of m?.dashboard.indicators ?? []) {
    const s: IndicatorStatus = t.status;
    if (s === 'en-camino' || s === 'en-riesgo' || s === 'desviado') counts[s] += 1;
    else counts.otros += 1;
  }
  return counts;
}

/** SD-5: cerrada once the asesoría was closed; en curso once anything was recorded; else sin iniciar. */
export function evaluationState(e: EvaluationDigest | null): EvaluationState {
  if (!e) return 'sin-iniciar';
  if (e.closedAt !== null) return 'cerrada';
  return e.started ? 'en-curso' : 'sin-iniciar';
}

/** SD-6: the acta in force of the latest year that has one, a signed one first (as the dossier picks it). */
export function actaState(e: EvaluationDigest | null): ActaState {
  if (!e || e.actas.length === 0) return 'sin-acta';
  const year = Math.max(...e.actas.map((a) => a.year));
  const inForce = currentActas(e.actas).filter((a) => a.year === year);
  // isSigned reads only each signature's role, which is what the digest keeps.
  const signed = (a: (typeof inForce)[number]) => isSigned(a as unknown as Pick<ActaVerificacion, 'signatures'>);
  return inForce.some(signed) ? 'firmada' : 'pendiente';
}

/** PFE-2: the school's evidence, projected from its digests as the data layer stores it for the portfolio. */
export function schoolEvidence(input: Pick<SchoolDashboardInput, 'pme' | 'monitoring' | 'evaluation'>): EvidenceDigest {
  return mergeEvidence([
    input.pme && evidenceOf({ kind: 'pme', digest: input.pme }),
    input.monitoring && evidenceOf({ kind: 'monitoring', digest: input.monitoring }),
    input.evaluation && evidenceOf({ kind: 'evaluation', digest: input.evaluation }),
  ]);
}

/** SD-2, PFE-1: delivered and late as the asesoría's checklist shows them (by hand, then the app's evidence). */
function deliverableCounts(programme: ProgrammeDigest | null, evidence: EvidenceDigest, today: string) {
  if (!programme || programme.plan.length === 0) return { delivered: 0, late: 0, total: 0 };
  return checklistCounts(programme.plan, checklistStates(programme.deliverables, programme.produced, evidence), today);
}

/** SD-1: one row per school, from the digests the data layer keeps. */
export function schoolDashboardRow(input: SchoolDashboardInput): SchoolDashboardRow {
  const { today } = input;
  // Stored data: an invalid programme digest counts as none (digestRow says so too).
  const parsed = input.programme ? programmeDigestSchema.safeParse(input.programme) : null;
  const programme = parsed?.success ? parsed.data : null;
  const evidence = schoolEvidence(input);
  const row = programme ? digestRow(programme, evidence, today, input.now) : null;
  const monitoring = monitoringFigures(input.pme, input.monitoring, today);
  return {
    ...input.school,
    asesor: programme?.openedBy ?? '',
    programme: row,
    deliverables: deliverableCounts(programme, evidence, today),
    pme: pmeState(input.pme),
    monitoring,
    indicators: indicatorCounts(monitoring),
    evaluation: evaluationState(input.evaluation),
    acta: actaState(input.evaluation),
  };
}

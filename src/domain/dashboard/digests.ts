// What the multi-school dashboard keeps of a school's pme, monitoring and evaluation documents (issue
// 15, part 2c): the inputs of the very domain functions each school's screens call, derived by the
// data layer whenever a document changes, so the dashboard reads 100 schools from Dexie without
// opening a Yjs document. "Today"-dependent figures (alerts, late deliverables) are computed when
// shown. Free-text notes of monitoring records and frozen PME copies are left out: no figure reads them.
import { z } from 'zod';
import type { PmePlan } from '../pme/model.ts';
import { draftPlanSchema } from '../pme/draft.ts';
import { versionKindSchema, type PmeVersion } from '../pme/versions.ts';
import { monitoringCycleSchema, type CycleSnapshot, type MonitoringCycle } from '../monitoring/cycles.ts';
import {
  indicatorMeasurementSchema,
  monitoringRecordSchema,
  type IndicatorMeasurement,
  type MonitoringRecord,
} from '../monitoring/records.ts';
import { monitoringPlanSchema, type MonitoringPlan } from '../monitoring/plan.ts';
import { effectiveData } from '../monitoring/effective.ts';
import { isSigned, SIGNATORY_ROLES, type ActaVerificacion, type SignatoryRole } from '../evaluation/acta.ts';
import type { EvidenceDigest } from '../programme/evidenceDigest.ts';

export const pmeDigestSchema = z.object({
  // The plan as the document holds it, drafts included (an action still without subdimensión or
  // dates is part of the plan the school's screens show): not the form's complete-plan schema.
  plan: draftPlanSchema,
  versions: z.array(z.object({ id: z.string(), kind: versionKindSchema, createdAt: z.string() })),
});
export type PmeDigest = z.infer<typeof pmeDigestSchema>;

export function makePmeDigest(plan: PmePlan, versions: readonly PmeVersion[]): PmeDigest {
  return { plan, versions: versions.map((v) => ({ id: v.id, kind: v.kind, createdAt: v.createdAt })) };
}

export const monitoringDigestSchema = z.object({
  cycles: z.array(monitoringCycleSchema),
  /** The effective records and readings: closed cortes as frozen in their snapshots. */
  records: z.array(monitoringRecordSchema),
  measurements: z.array(indicatorMeasurementSchema),
  plans: z.array(monitoringPlanSchema),
});
export type MonitoringDigest = z.infer<typeof monitoringDigestSchema>;

export function makeMonitoringDigest(view: {
  cycles: readonly MonitoringCycle[];
  snapshots: readonly CycleSnapshot[];
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
  plans: readonly MonitoringPlan[];
}): MonitoringDigest {
  const data = effectiveData(view);
  return {
    cycles: [...view.cycles],
    records: data.records.map((r) => ({ ...r, observaciones: '', dificultades: '', ajustes: '' })),
    measurements: data.measurements,
    plans: [...view.plans],
  };
}

const signatoryRoleSchema = z.enum(SIGNATORY_ROLES.map((r) => r.code) as [SignatoryRole, ...SignatoryRole[]]);

export const evaluationDigestSchema = z.object({
  /** Anything recorded in the evaluation (decisions, proyectiva, sistematización, an acta). */
  started: z.boolean(),
  closedAt: z.string().nullable(),
  actas: z.array(
    z.object({
      id: z.string(),
      year: z.number().int(),
      correctsActaId: z.string().nullable(),
      /** signedAt: absent in digests written before the deliverables' evidence read it. */
      signatures: z.array(z.object({ role: signatoryRoleSchema, signedAt: z.string().optional() })),
    }),
  ),
});
export type EvaluationDigest = z.infer<typeof evaluationDigestSchema>;

export function makeEvaluationDigest(view: {
  decisions: readonly unknown[];
  projective: readonly unknown[];
  close: { lecciones: string; buenasPracticas: string; recomendaciones: string; closedAt: string | null };
  actas: readonly { acta: ActaVerificacion }[];
}): EvaluationDigest {
  const { close } = view;
  const texts = [close.lecciones, close.buenasPracticas, close.recomendaciones].some((t) => t.trim() !== '');
  return {
    started: view.decisions.length > 0 || view.projective.length > 0 || view.actas.length > 0 || texts,
    closedAt: close.closedAt,
    actas: view.actas.map(({ acta }) => ({
      id: acta.id,
      year: acta.year,
      correctsActaId: acta.correctsActaId,
      signatures: acta.signatures.map((s) => ({ role: s.role, signedAt: s.signedAt })),
    })),
  };
}

/** A dashboard digest with the kind of document it was derived from. */
export type KindedDigest =
  | { kind: 'pme'; digest: PmeDigest }
  | { kind: 'monitoring'; digest: MonitoringDigest }
  | { kind: 'evaluation'; digest: EvaluationDigest };

/**
 * PFE-2: what a document's dashboard digest proves about the deliverables: the one projection the data layer
 * stores for the portfolio and the Panel takes from the digest itself. An acta counts once every required
 * signatory signed (AV-3), on the day of its last signature; one whose signatures carry no instant does not.
 */
export function evidenceOf(d: KindedDigest): EvidenceDigest {
  switch (d.kind) {
    case 'pme':
      return { pmeVersions: d.digest.versions.map((v) => ({ kind: v.kind, createdAt: v.createdAt })) };
    case 'monitoring':
      return { cortes: d.digest.cycles.map((c) => ({ year: c.year, closedAt: c.closedAt ?? null })) };
    case 'evaluation':
      return { signedActas: d.digest.actas.flatMap(completedActa) };
  }
}

function completedActa(acta: EvaluationDigest['actas'][number]): { completedAt: string }[] {
  const times = acta.signatures.map((s) => s.signedAt);
  // isSigned reads only each signature's role, which is what the digest keeps.
  if (!isSigned(acta as unknown as Pick<ActaVerificacion, 'signatures'>)) return [];
  if (times.some((t) => t === undefined)) return [];
  return [{ completedAt: (times as string[]).sort().at(-1)! }];
}

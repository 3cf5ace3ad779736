// What a school's pme, monitoring and evaluation documents prove about its deliverables (PFE-1, PFE-2):
// frozen PME versions, cortes with their close, actas fully signed. The data layer keeps one such digest
// per document next to its dashboard digest, a few hundred bytes, so the portfolio (the first screen)
// counts delivered and late deliverables exactly as the asesoría's checklist and the Panel do without
// opening a document or reading the dashboard digests' plans and records. Instants are kept as stored;
// their local calendar dates are taken when the figure is computed (D-1).
import { z } from 'zod';
import { calendarDateOf } from '../shared/localDates.ts';
import { deliverableItems, lateDeliverables, type DeliverableStates } from './deliverables.ts';
import { deliverableEvidence, effectiveDeliverableStates, type DeliverableFacts } from './deliverableEvidence.ts';
import type { MonthPlan } from './engagement.ts';
import type { DeliverableCode } from './template.ts';

export const evidenceDigestSchema = z.object({
  /** Frozen PME versions: kind and creation instant. */
  pmeVersions: z.array(z.object({ kind: z.enum(['borrador', 'final']), createdAt: z.string() })).optional(),
  /** Every corte: its year and when it was closed (null: open). */
  cortes: z.array(z.object({ year: z.number().int(), closedAt: z.string().nullable() })).optional(),
  /** Actas signed by every required signatory, with the instant of the signature that completed each. */
  signedActas: z.array(z.object({ completedAt: z.string() })).optional(),
});
export type EvidenceDigest = z.infer<typeof evidenceDigestSchema>;

/** A school with no evidence digest yet (its other documents never opened on this device). */
export const NO_EVIDENCE: EvidenceDigest = {};

/** One school's evidence from the digests of its documents (each gives its own part). */
export function mergeEvidence(parts: readonly (EvidenceDigest | null | undefined)[]): EvidenceDigest {
  const out: Required<EvidenceDigest> = { pmeVersions: [], cortes: [], signedActas: [] };
  for (const p of parts) {
    out.pmeVersions.push(...(p?.pmeVersions ?? []));
    out.cortes.push(...(p?.cortes ?? []));
    out.signedActas.push(...(p?.signedActas ?? []));
  }
  return out;
}

/** The facts `deliverableEvidence` reads, from the programme's produced dates and the school's evidence. */
export function deliverableFactsOf(
  produced: Partial<Record<DeliverableCode, string>> | undefined,
  evidence: EvidenceDigest,
): DeliverableFacts {
  return {
    produced: produced ?? {},
    pmeVersions: (evidence.pmeVersions ?? []).map((v) => ({ kind: v.kind, on: calendarDateOf(v.createdAt) })),
    cortes: (evidence.cortes ?? []).map((c) => ({
      year: c.year,
      closedOn: c.closedAt ? calendarDateOf(c.closedAt) : null,
    })),
    signedActas: (evidence.signedActas ?? []).map((a) => ({ completedOn: calendarDateOf(a.completedAt) })),
  };
}

/** PFE-1: the states the asesoría's checklist shows: set by hand first, then the app's evidence. */
export function checklistStates(
  manual: DeliverableStates,
  produced: Partial<Record<DeliverableCode, string>> | undefined,
  evidence: EvidenceDigest,
): DeliverableStates {
  return effectiveDeliverableStates(manual, deliverableEvidence(deliverableFactsOf(produced, evidence)));
}

export interface ChecklistCounts {
  delivered: number;
  late: number;
  total: number;
}

/** PFE-1: delivered and late deliverables of the checklist with these states on `today`. */
export function checklistCounts(
  plan: readonly Pick<MonthPlan, 'startDate' | 'templateMonths'>[],
  states: DeliverableStates,
  today: string,
): ChecklistCounts {
  const items = deliverableItems(plan, states, today);
  return {
    delivered: items.filter((d) => d.state.status === 'entregado').length,
    late: lateDeliverables(plan, states, today).length,
    total: items.length,
  };
}

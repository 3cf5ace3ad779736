// Decisions of month 6 ("toma de decisiones basada en evidencia"): per acción and per estrategia of
// the year, what to do next — continuar, ajustar, reprogramar or descontinuar — with the reasons and
// the evidence behind it (monitoring record ids, goal ids).
//
// Rules, exactly:
// - DE-1 One decision counts per target (scope × targetId × year): the latest by decidedAt, ties the
//   greater id (`currentDecisions`). Earlier ones stay as history.
// - DE-2 `proposalsForNextYear`: every current decision 'ajustar' or 'reprogramar' becomes a proposal
//   for year + 1; 'continuar' and 'descontinuar' do not. Order: estrategias before acciones, then by
//   targetId, then by decision id.
import { z } from 'zod';

export const DECISION_KINDS = [
  { code: 'continuar', label: 'Continuar' },
  { code: 'ajustar', label: 'Ajustar' },
  { code: 'reprogramar', label: 'Reprogramar' },
  { code: 'descontinuar', label: 'Descontinuar' },
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number]['code'];
export const decisionKindSchema = z.enum(DECISION_KINDS.map((k) => k.code) as [DecisionKind, ...DecisionKind[]], {
  message: 'Elija una decisión',
});

export const DECISION_SCOPES = [
  { code: 'accion', label: 'Acción' },
  { code: 'estrategia', label: 'Estrategia' },
] as const;
export type DecisionScope = (typeof DECISION_SCOPES)[number]['code'];
export const decisionScopeSchema = z.enum(['accion', 'estrategia']);

const idSchema = z.string().min(1).max(64);

export const decisionSchema = z.object({
  id: idSchema,
  scope: decisionScopeSchema,
  /** The action's or the strategy's id in the PME. */
  targetId: idSchema,
  /** The year evaluated (the annual plan the action belongs to). */
  year: z.number().int(),
  kind: decisionKindSchema,
  rationale: z
    .string()
    .trim()
    .min(1, { message: 'Explique en qué evidencia se basa la decisión' })
    .max(4000, { message: 'Use como máximo 4000 caracteres' }),
  /** What changes (for ajustar: the adjustment; for reprogramar: the new timing). May be blank. */
  proposal: z.string().trim().max(4000, { message: 'Use como máximo 4000 caracteres' }).default(''),
  /** Monitoring records that support it. */
  recordIds: z.array(idSchema),
  /** Goals (metas) whose indicators support it. */
  goalIds: z.array(idSchema),
  decidedBy: z.string().trim().min(1, { message: 'Indique quién decide' }).max(200),
  /** ISO date-time. */
  decidedAt: z.string().min(1),
});
export type Decision = z.infer<typeof decisionSchema>;

export function decisionKindLabel(kind: DecisionKind): string {
  return DECISION_KINDS.find((k) => k.code === kind)!.label;
}

const targetKey = (d: Pick<Decision, 'scope' | 'targetId' | 'year'>) => `${d.scope}|${d.targetId}|${d.year}`;
const later = (a: Pick<Decision, 'decidedAt' | 'id'>, b: Pick<Decision, 'decidedAt' | 'id'>) =>
  a.decidedAt > b.decidedAt || (a.decidedAt === b.decidedAt && a.id > b.id);

/** DE-1: the decision that counts per target, in the input order of their first appearance. */
export function currentDecisions<D extends Decision>(decisions: readonly D[]): D[] {
  const byTarget = new Map<string, D>();
  for (const d of decisions) {
    const cur = byTarget.get(targetKey(d));
    if (!cur || later(d, cur)) byTarget.set(targetKey(d), d);
  }
  return [...byTarget.values()];
}

export interface Proposal {
  decisionId: string;
  scope: DecisionScope;
  targetId: string;
  kind: Extract<DecisionKind, 'ajustar' | 'reprogramar'>;
  /** The year the proposal is for: the decision's year + 1. */
  forYear: number;
  rationale: string;
  proposal: string;
  recordIds: string[];
  goalIds: string[];
}

const SCOPE_ORDER: Record<DecisionScope, number> = { estrategia: 0, accion: 1 };

/** DE-2. */
export function proposalsForNextYear(decisions: readonly Decision[]): Proposal[] {
  return currentDecisions(decisions)
    .flatMap((d): Proposal[] =>
      d.kind === 'ajustar' || d.kind === 'reprogramar'
        ? [
            {
              decisionId: d.id,
              scope: d.scope,
              targetId: d.targetId,
              kind: d.kind,
              forYear: d.year + 1,
              rationale: d.rationale,
              proposal: d.proposal,
              recordIds: [...d.recordIds],
              goalIds: [...d.goalIds],
            },
          ]
        : [],
    )
    .sort(
      (a, b) =>
        SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || cmp(a.targetId, b.targetId) || cmp(a.decisionId, b.decisionId),
    );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

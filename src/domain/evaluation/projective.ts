// Evaluación proyectiva (month 7–8): what the next annual plan keeps, changes, adds and drops,
// pre-filled from the decisions (decisions.ts) and the goals' achievement, for the team to edit.
//
// Rules, exactly:
// - PR-1 From the current decisions (DE-1) of `year`: 'continuar' → keep; 'ajustar' and
//   'reprogramar' → change; 'descontinuar' → drop. Each entry names its target (the action's nombre
//   or the strategy's text; the id when the plan no longer has it).
// - PR-2 add: one suggestion per goal that is not 'logrado' (and not 'sin-datos') and that no kept or
//   changed decision cites in its goalIds: a goal still open that nothing carried forward addresses.
// - Order: keep, change and drop as proposalsForNextYear orders (estrategias first, then target id);
//   add in the order of the achievements given.
import { z } from 'zod';
import type { PmePlan } from '../pme/model.ts';
import { currentDecisions, type Decision, type DecisionKind, type DecisionScope } from './decisions.ts';
import type { GoalAchievement, GoalCategory } from './goals.ts';

export interface ProjectiveEntry {
  decisionId: string;
  scope: DecisionScope;
  targetId: string;
  label: string;
  kind: DecisionKind;
  rationale: string;
  proposal: string;
  goalIds: string[];
}

export interface AddSuggestion {
  goalId: string;
  objectiveId: string;
  label: string;
  category: GoalCategory;
}

export interface ProjectiveEvaluation {
  year: number;
  forYear: number;
  keep: ProjectiveEntry[];
  change: ProjectiveEntry[];
  add: AddSuggestion[];
  drop: ProjectiveEntry[];
}

/** The team's edited version, as stored: free text per list, each line optionally linked. */
export const projectiveItemSchema = z.object({
  id: z.string().min(1).max(64),
  list: z.enum(['keep', 'change', 'add', 'drop']),
  text: z
    .string()
    .trim()
    .min(1, { message: 'Escriba el contenido' })
    .max(2000, { message: 'Use como máximo 2000 caracteres' }),
  decisionId: z.string().min(1).max(64).nullable(),
  goalIds: z.array(z.string().min(1).max(64)),
});
export type ProjectiveItem = z.infer<typeof projectiveItemSchema>;

const SCOPE_ORDER: Record<DecisionScope, number> = { estrategia: 0, accion: 1 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function projectiveEvaluation(
  year: number,
  decisions: readonly Decision[],
  plan: Pick<PmePlan, 'actions' | 'strategies' | 'goals'>,
  achievements: readonly GoalAchievement[],
): ProjectiveEvaluation {
  const labelOf = (d: Decision) =>
    (d.scope === 'accion'
      ? plan.actions.find((a) => a.id === d.targetId)?.nombre
      : plan.strategies.find((s) => s.id === d.targetId)?.text) ?? d.targetId;
  const entries = currentDecisions(decisions.filter((d) => d.year === year))
    .sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || cmp(a.targetId, b.targetId) || cmp(a.id, b.id))
    .map((d): ProjectiveEntry => ({
      decisionId: d.id,
      scope: d.scope,
      targetId: d.targetId,
      label: labelOf(d),
      kind: d.kind,
      rationale: d.rationale,
      proposal: d.proposal,
      goalIds: [...d.goalIds],
    }));
  const keep = entries.filter((e) => e.kind === 'continuar');
  const change = entries.filter((e) => e.kind === 'ajustar' || e.kind === 'reprogramar');
  const drop = entries.filter((e) => e.kind === 'descontinuar');
  const addressed = new Set([...keep, ...change].flatMap((e) => e.goalIds));
  const add = achievements
    .filter((g) => (g.category === 'parcialmente-logrado' || g.category === 'no-logrado') && !addressed.has(g.goalId))
    .map((g): AddSuggestion => ({
      goalId: g.goalId,
      objectiveId: g.objectiveId,
      label: plan.goals.find((x) => x.id === g.goalId)?.text ?? g.name,
      category: g.category,
    }));
  return { year, forYear: year + 1, keep, change, add, drop };
}

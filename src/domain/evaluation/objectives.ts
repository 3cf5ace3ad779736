// Evaluation of each estrategia and grado de acercamiento to each objetivo estratégico (month 7),
// from the year's compliance (compliance.ts) and the goals' achievement (goals.ts).
//
// Rules, exactly:
// - OB-1 Acercamiento of an objective: the mean of coveredPercent (0…100 each, goals.ts LM-4) over
//   its goals that are not 'sin-datos'; null when none has data. Goals without data are counted
//   apart (`goalsWithoutData`), never as 0.
// - OB-2 Its category, with the thresholds of LM-5 on that mean: ≥ 100 'logrado', ≥ 50
//   'parcialmente-logrado', else 'no-logrado'; no data → 'sin-datos'.
// - OB-3 An estrategia: `compliance` = the mean cumplimiento (CP-3) of its actions of the year (null
//   without actions) with the share of actions 'cumplida'; `goals` = OB-1/OB-2 over the goals of its
//   objective (every estrategia of an objective shares them). Strategies without actions are listed.
import type { PmePlan } from '../pme/model.ts';
import type { ActionCompliance } from './compliance.ts';
import {
  FULL_ACHIEVEMENT_PERCENT,
  PARTIAL_ACHIEVEMENT_PERCENT,
  type GoalAchievement,
  type GoalCategory,
} from './goals.ts';

export interface GoalsApproach {
  /** OB-1, not rounded. */
  meanCoveredPercent: number | null;
  category: GoalCategory;
  goalIds: string[];
  goalsWithData: number;
  goalsWithoutData: number;
  counts: Record<GoalCategory, number>;
}

export interface ObjectiveEvaluation extends GoalsApproach {
  objectiveId: string;
  dimension: string;
  text: string;
}

export interface StrategyEvaluation {
  strategyId: string;
  objectiveId: string;
  text: string;
  actions: number;
  /** Mean CP-3 of its actions; null without actions. */
  meanCompliance: number | null;
  /** Actions 'cumplida' / actions × 100; null without actions. */
  cumplidaPercent: number | null;
  actionIds: string[];
  goals: GoalsApproach;
}

const EPS = 1e-9;

/** OB-2 on a mean covered percent. */
export function approachCategory(meanCoveredPercent: number | null): GoalCategory {
  if (meanCoveredPercent === null) return 'sin-datos';
  if (meanCoveredPercent >= FULL_ACHIEVEMENT_PERCENT - EPS * 100) return 'logrado';
  if (meanCoveredPercent >= PARTIAL_ACHIEVEMENT_PERCENT - EPS * 100) return 'parcialmente-logrado';
  return 'no-logrado';
}

/** OB-1 and OB-2 over a set of goals. */
export function goalsApproach(goals: readonly GoalAchievement[]): GoalsApproach {
  const counts: Record<GoalCategory, number> = {
    logrado: 0,
    'parcialmente-logrado': 0,
    'no-logrado': 0,
    'sin-datos': 0,
  };
  for (const g of goals) counts[g.category]++;
  const covered = goals.map((g) => g.coveredPercent).filter((c): c is number => c !== null);
  const mean = covered.length === 0 ? null : covered.reduce((s, c) => s + c, 0) / covered.length;
  return {
    meanCoveredPercent: mean,
    category: approachCategory(mean),
    goalIds: goals.map((g) => g.goalId),
    goalsWithData: covered.length,
    goalsWithoutData: goals.length - covered.length,
    counts,
  };
}

export function objectiveEvaluations(
  plan: Pick<PmePlan, 'objectives'>,
  achievements: readonly GoalAchievement[],
): ObjectiveEvaluation[] {
  return plan.objectives.map((o) => ({
    objectiveId: o.id,
    dimension: o.dimension,
    text: o.text,
    ...goalsApproach(achievements.filter((g) => g.objectiveId === o.id)),
  }));
}

export function strategyEvaluations(
  plan: Pick<PmePlan, 'strategies'>,
  compliance: readonly ActionCompliance[],
  achievements: readonly GoalAchievement[],
): StrategyEvaluation[] {
  return plan.strategies.map((s) => {
    const mine = compliance.filter((a) => a.strategyId === s.id);
    const n = mine.length;
    return {
      strategyId: s.id,
      objectiveId: s.objectiveId,
      text: s.text,
      actions: n,
      meanCompliance: n === 0 ? null : mine.reduce((sum, a) => sum + a.progress, 0) / n,
      cumplidaPercent: n === 0 ? null : (mine.filter((a) => a.outcome === 'cumplida').length / n) * 100,
      actionIds: mine.map((a) => a.actionId),
      goals: goalsApproach(achievements.filter((g) => g.objectiveId === s.objectiveId)),
    };
  });
}

// Logro de metas (evaluation, month 7): each goal's final indicator value against its baseline and
// target, as the share of the distance covered, and a category by an explicit rule.
//
// Rules, exactly:
// - LM-1 Final value: the goal's latest measurement by date (ties: the greater id); with `until`,
//   only measurements dated on or before it.
// - LM-2 Target: with `targetYear`, the target of exactly that year (not set → sin-datos); otherwise
//   the cycle's final target: the set target of the greatest year ≤ the cycle's last year
//   (startYear + 3); when none, the set target of the greatest year.
// - LM-3 Direction: target > baseline → higher is better; target < baseline → lower is better
//   (e.g. abandono). target = baseline ("mantener"): lower is better when the indicator's min is set
//   and target ≤ min (nothing to keep but the floor, e.g. 0% de abandono), else higher is better.
// - LM-4 distancePercent = (final − baseline) / (target − baseline) × 100 (the sign takes care of
//   direction); null for a "mantener" goal. coveredPercent = distancePercent capped to 0…100; for a
//   "mantener" goal, 100 when achieved and 0 when not.
// - LM-5 Category: 'logrado' when distancePercent ≥ 100 (equivalently: final ≥ target, or ≤ when
//   lower is better); 'parcialmente-logrado' when 50 ≤ distancePercent < 100; 'no-logrado' when
//   distancePercent < 50, which includes moving the wrong way (distancePercent < 0, `wrongWay`).
//   "Mantener": 'logrado' when final is on the good side of the target (or equal), else 'no-logrado'.
//   Comparisons allow 1e-9 of the distance for floating point (a computed 99.99999999999 is 100).
// - LM-6 'sin-datos' (with its reason) when there is no final value, no baseline value, or no target.
import type { PmePlan, StrategicGoal } from '../pme/model.ts';
import type { IndicatorMeasurement } from '../monitoring/records.ts';

export const GOAL_CATEGORIES = [
  { code: 'logrado', label: 'Logrado' },
  { code: 'parcialmente-logrado', label: 'Parcialmente logrado' },
  { code: 'no-logrado', label: 'No logrado' },
  { code: 'sin-datos', label: 'Sin datos' },
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number]['code'];

/** LM-5: the share of the distance that makes a goal partly achieved. */
export const PARTIAL_ACHIEVEMENT_PERCENT = 50;
export const FULL_ACHIEVEMENT_PERCENT = 100;
const EPS = 1e-9;

export type MissingReason = 'sin-medicion' | 'sin-linea-base' | 'sin-meta';

export interface GoalAchievement {
  goalId: string;
  objectiveId: string;
  name: string;
  unit: string;
  baseline: number | null;
  /** The year the baseline was measured, when the plan says. */
  baselineYear: number | null;
  target: { year: number; value: number } | null;
  final: { value: number; date: string; measurementId: string } | null;
  lowerIsBetter: boolean;
  maintain: boolean;
  /** LM-4; null when sin-datos or "mantener". Not rounded. */
  distancePercent: number | null;
  /** LM-4, 0…100; null when sin-datos. */
  coveredPercent: number | null;
  wrongWay: boolean;
  category: GoalCategory;
  /** LM-6, null unless sin-datos. */
  missing: MissingReason | null;
}

export interface GoalAchievementOptions {
  /** LM-2: evaluate against this year's target instead of the cycle's final one. */
  targetYear?: number;
  /** LM-1: ignore measurements after this ISO date. */
  until?: string;
}

export function categoryLabel(c: GoalCategory): string {
  return GOAL_CATEGORIES.find((x) => x.code === c)!.label;
}

/** LM-1. */
export function finalMeasurement<M extends Pick<IndicatorMeasurement, 'id' | 'goalId' | 'date'>>(
  goalId: string,
  measurements: readonly M[],
  until?: string,
): M | null {
  let best: M | null = null;
  for (const m of measurements) {
    if (m.goalId !== goalId || (until !== undefined && m.date > until)) continue;
    if (!best || m.date > best.date || (m.date === best.date && m.id > best.id)) best = m;
  }
  return best;
}

/** LM-2. */
export function evaluationTarget(
  goal: Pick<StrategicGoal, 'targets'>,
  lastCycleYear: number,
  targetYear?: number,
): { year: number; value: number } | null {
  const set = goal.targets
    .filter((t): t is { year: number; value: number } => t.value !== null)
    .sort((a, b) => a.year - b.year);
  if (targetYear !== undefined) return set.find((t) => t.year === targetYear) ?? null;
  return set.filter((t) => t.year <= lastCycleYear).at(-1) ?? set.at(-1) ?? null;
}

/** LM-3…LM-5 on numbers. */
export function categorise(
  baseline: number,
  target: number,
  final: number,
  indicatorMin: number | null,
): Pick<
  GoalAchievement,
  'lowerIsBetter' | 'maintain' | 'distancePercent' | 'coveredPercent' | 'wrongWay' | 'category'
> {
  if (target === baseline) {
    const lowerIsBetter = indicatorMin !== null && target <= indicatorMin;
    const eps = EPS * (Math.abs(target) || 1);
    const ok = lowerIsBetter ? final <= target + eps : final >= target - eps;
    return {
      lowerIsBetter,
      maintain: true,
      distancePercent: null,
      coveredPercent: ok ? 100 : 0,
      wrongWay: !ok,
      category: ok ? 'logrado' : 'no-logrado',
    };
  }
  const distancePercent = ((final - baseline) / (target - baseline)) * 100;
  const category: GoalCategory =
    distancePercent >= FULL_ACHIEVEMENT_PERCENT - EPS * 100
      ? 'logrado'
      : distancePercent >= PARTIAL_ACHIEVEMENT_PERCENT - EPS * 100
        ? 'parcialmente-logrado'
        : 'no-logrado';
  return {
    lowerIsBetter: target < baseline,
    maintain: false,
    distancePercent,
    coveredPercent: Math.min(100, Math.max(0, distancePercent)),
    wrongWay: distancePercent < 0,
    category,
  };
}

export function goalAchievement(
  goal: StrategicGoal,
  lastCycleYear: number,
  measurements: readonly IndicatorMeasurement[],
  options: GoalAchievementOptions = {},
): GoalAchievement {
  const m = finalMeasurement(goal.id, measurements, options.until);
  const target = evaluationTarget(goal, lastCycleYear, options.targetYear);
  const baseline = goal.baseline.value;
  const base = {
    goalId: goal.id,
    objectiveId: goal.objectiveId,
    name: goal.indicator.name,
    unit: goal.indicator.unit,
    baseline,
    baselineYear: goal.baseline.year ?? null,
    target,
    final: m ? { value: m.value, date: m.date, measurementId: m.id } : null,
  };
  const missing: MissingReason | null =
    baseline === null ? 'sin-linea-base' : target === null ? 'sin-meta' : m === null ? 'sin-medicion' : null;
  if (missing !== null || baseline === null || target === null || m === null) {
    const lowerIsBetter = baseline !== null && target !== null && target.value < baseline;
    const maintain = baseline !== null && target !== null && target.value === baseline;
    return {
      ...base,
      lowerIsBetter,
      maintain,
      distancePercent: null,
      coveredPercent: null,
      wrongWay: false,
      category: 'sin-datos',
      missing: missing ?? 'sin-medicion',
    };
  }
  return { ...base, ...categorise(baseline, target.value, m.value, goal.indicator.min), missing: null };
}

/** Every goal of the plan, in the plan's order. */
export function goalAchievements(
  plan: Pick<PmePlan, 'goals' | 'cycle'>,
  measurements: readonly IndicatorMeasurement[],
  options: GoalAchievementOptions = {},
): GoalAchievement[] {
  const lastCycleYear = plan.cycle.startYear + plan.cycle.years - 1;
  return plan.goals.map((g) => goalAchievement(g, lastCycleYear, measurements, options));
}

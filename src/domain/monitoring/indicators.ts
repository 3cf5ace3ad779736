// Seguimiento of the goals' indicators (issue 7, item 4): each indicator's measurements per cycle
// against its baseline and target, with a status by an explicit rule.
//
// Rule IN-1 (target): the target that applies on a date is the first target, in year order, whose
// year is ≥ the date's year and whose value is set; when none is left, the last set target.
// Rule IN-2 (expected value): linear from the baseline on January 1 of the PME's first year to the
// target on December 31 of the target's year; before the start it is the baseline, after the end
// the target. Days are counted in UTC calendar days.
// Rule IN-3 (status): distance = |target − baseline|; direction = +1 when target ≥ baseline (higher
// is better), −1 when target < baseline (lower is better). gap = (measured − expected) × direction.
// 'en-camino' when gap ≥ −10% of distance; 'en-riesgo' when gap ≥ −25% of distance; else
// 'desviado'. When target = baseline (maintain), distance is |target| (1 when 0) and higher is better.
// Rule IN-4 (missing): no measurement in the cycle → 'sin-datos'; no baseline value or no target → 'sin-meta'.
// Rule IN-5 (which measurement): the cycle's latest by date (ties: greater id).
import type { PmePlan, StrategicGoal } from '../pme/model.ts';
import type { MonitoringCycle } from './cycles.ts';
import { sortCycles } from './cycles.ts';
import type { IndicatorMeasurement } from './records.ts';

export const INDICATOR_STATUSES = [
  { code: 'en-camino', label: 'En camino' },
  { code: 'en-riesgo', label: 'En riesgo' },
  { code: 'desviado', label: 'Desviado' },
  { code: 'sin-datos', label: 'Sin datos' },
  { code: 'sin-meta', label: 'Sin línea base o meta' },
] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number]['code'];

export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.25;

export function indicatorStatusLabel(s: IndicatorStatus): string {
  return INDICATOR_STATUSES.find((x) => x.code === s)!.label;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** IN-1. */
export function targetFor(goal: Pick<StrategicGoal, 'targets'>, date: string): { year: number; value: number } | null {
  const set = goal.targets
    .filter((t): t is { year: number; value: number } => t.value !== null)
    .sort((a, b) => a.year - b.year);
  const year = Number(date.slice(0, 4));
  return set.find((t) => t.year >= year) ?? set.at(-1) ?? null;
}

/** IN-2. */
export function expectedValue(
  baseline: number,
  target: number,
  startYear: number,
  targetYear: number,
  date: string,
): number {
  const t0 = dayNumber(`${String(startYear).padStart(4, '0')}-01-01`);
  const t1 = dayNumber(`${String(targetYear).padStart(4, '0')}-12-31`);
  if (t1 <= t0) return target;
  const f = Math.min(1, Math.max(0, (dayNumber(date) - t0) / (t1 - t0)));
  return baseline + (target - baseline) * f;
}

/** IN-3 for one measured value. */
export function statusOf(
  measured: number,
  expected: number,
  baseline: number,
  target: number,
): Exclude<IndicatorStatus, 'sin-datos' | 'sin-meta'> {
  const maintain = target === baseline;
  const distance = maintain ? Math.abs(target) || 1 : Math.abs(target - baseline);
  const direction = target >= baseline ? 1 : -1;
  const gap = (measured - expected) * direction;
  // A tiny epsilon keeps exact boundaries (computed in floating point) on the generous side.
  const eps = 1e-9 * distance;
  if (gap >= -ON_TRACK_TOLERANCE * distance - eps) return 'en-camino';
  if (gap >= -AT_RISK_TOLERANCE * distance - eps) return 'en-riesgo';
  return 'desviado';
}

export interface IndicatorPoint {
  cycleId: string;
  cycleName: string;
  /** IN-5; null when the cycle holds no measurement. */
  value: number | null;
  date: string | null;
  /** IN-2 on the measurement's date (the cycle's end when there is none); null without baseline/target. */
  expected: number | null;
  target: number | null;
  status: IndicatorStatus;
  /** Every measurement of the goal in that cycle (drill-down). */
  measurementIds: string[];
}

export interface IndicatorTrend {
  goalId: string;
  name: string;
  unit: string;
  baseline: number | null;
  /** The target of the last point's date (IN-1). */
  target: { year: number; value: number } | null;
  lowerIsBetter: boolean;
  points: IndicatorPoint[];
  /** The status of the last cycle given. */
  status: IndicatorStatus;
}

type Cyc = Pick<MonitoringCycle, 'id' | 'name' | 'start' | 'end'>;

export function indicatorTrend(
  goal: StrategicGoal,
  startYear: number,
  cycles: readonly Cyc[],
  measurements: readonly IndicatorMeasurement[],
): IndicatorTrend {
  const mine = measurements.filter((m) => m.goalId === goal.id);
  const baseline = goal.baseline.value;
  const points = sortCycles(cycles).map((c): IndicatorPoint => {
    const inCycle = mine.filter((m) => m.cycleId === c.id);
    const latest = inCycle.reduce<IndicatorMeasurement | null>(
      (b, m) => (!b || m.date > b.date || (m.date === b.date && m.id > b.id) ? m : b),
      null,
    );
    const date = latest?.date ?? c.end;
    const target = targetFor(goal, date);
    const base = {
      cycleId: c.id,
      cycleName: c.name,
      value: latest?.value ?? null,
      date: latest?.date ?? null,
      measurementIds: inCycle.map((m) => m.id),
    };
    if (baseline === null || target === null)
      return { ...base, expected: null, target: target?.value ?? null, status: 'sin-meta' };
    const expected = expectedValue(baseline, target.value, startYear, target.year, date);
    const status = latest ? statusOf(latest.value, expected, baseline, target.value) : 'sin-datos';
    return { ...base, expected, target: target.value, status };
  });
  const last = points.at(-1);
  const target = targetFor(goal, last?.date ?? sortCycles(cycles).at(-1)?.end ?? `${startYear}-12-31`);
  return {
    goalId: goal.id,
    name: goal.indicator.name,
    unit: goal.indicator.unit,
    baseline,
    target,
    lowerIsBetter: baseline !== null && target !== null && target.value < baseline,
    points,
    status: last?.status ?? (baseline === null || target === null ? 'sin-meta' : 'sin-datos'),
  };
}

/** Every goal's trend over `cycles` (the cycles up to the one shown, in any order). */
export function indicatorTrends(
  plan: Pick<PmePlan, 'goals' | 'cycle'>,
  cycles: readonly Cyc[],
  measurements: readonly IndicatorMeasurement[],
): IndicatorTrend[] {
  return plan.goals.map((g) => indicatorTrend(g, plan.cycle.startYear, cycles, measurements));
}

// The monitoring dashboard of one corte (issue 7, item 4), as plain figures with the ids behind
// each one so a screen can drill down. Only the actions of the cycle's year count.
// DB-1 levels: each action of the year is counted once, by its effective record in the cycle
//   (records.ts); actions with none are counted apart as `sinRegistro`. % = count / actions of the
//   year × 100, one decimal (so levels + sin registro add up to ~100).
// DB-2 average progress per dimension and per estrategia: the mean % de avance of the actions that
//   have a record in the cycle (one decimal); null when none has. Actions without a record are not
//   counted as 0: `recorded` / `actions` says how many were.
// Cost: one pass over records per figure; 40 actions × 4 cycles runs in well under a millisecond.
import { DIMENSIONS } from '../mge/modelo.ts';
import type { DimensionCode } from '../mge/modelo.ts';
import type { PmePlan } from '../pme/model.ts';
import { IMPLEMENTATION_LEVELS, type ImplementationLevel } from './levels.ts';
import type { MonitoringCycle } from './cycles.ts';
import { sortCycles } from './cycles.ts';
import type { IndicatorMeasurement, MonitoringRecord } from './records.ts';
import { effectiveRecords } from './records.ts';
import type { MonitoringPlan } from './plan.ts';
import { indicatorTrends, type IndicatorTrend } from './indicators.ts';
import { budgetExecution, type BudgetExecution } from './budget.ts';
import { monitoringAlerts, type MonitoringAlert } from './alerts.ts';

export interface LevelCount {
  level: ImplementationLevel;
  label: string;
  count: number;
  percent: number;
  actionIds: string[];
  recordIds: string[];
}

export interface ProgressGroup {
  /** Dimension code or strategy id. */
  key: string;
  label: string;
  /** Mean % de avance of the recorded actions (DB-2), null when none recorded. */
  averageProgress: number | null;
  actions: number;
  recorded: number;
  actionIds: string[];
  recordIds: string[];
}

export interface CycleDashboard {
  cycleId: string;
  year: number;
  actionCount: number;
  levels: LevelCount[];
  sinRegistro: { count: number; percent: number; actionIds: string[] };
  byDimension: ProgressGroup[];
  byStrategy: ProgressGroup[];
  indicators: IndicatorTrend[];
  budget: BudgetExecution;
  alerts: MonitoringAlert[];
}

export interface DashboardInput {
  pme: PmePlan;
  cycles: readonly MonitoringCycle[];
  cycleId: string;
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
  plan?: MonitoringPlan | null;
  /** ISO date. */
  today: string;
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);
const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;

type Act = PmePlan['actions'][number];

function group(key: string, label: string, actions: readonly Act[], eff: Map<string, MonitoringRecord>): ProgressGroup {
  const recs = actions.map((a) => eff.get(a.id)).filter((r): r is MonitoringRecord => r !== undefined);
  return {
    key,
    label,
    averageProgress: mean(recs.map((r) => r.progress)),
    actions: actions.length,
    recorded: recs.length,
    actionIds: actions.map((a) => a.id),
    recordIds: recs.map((r) => r.id),
  };
}

/** DB-1. */
export function levelCounts(
  actions: readonly Pick<Act, 'id'>[],
  eff: Map<string, Pick<MonitoringRecord, 'id' | 'level'>>,
): { levels: LevelCount[]; sinRegistro: CycleDashboard['sinRegistro'] } {
  const levels = IMPLEMENTATION_LEVELS.map((l): LevelCount => {
    const hits = actions.filter((a) => eff.get(a.id)?.level === l.code);
    return {
      level: l.code,
      label: l.label,
      count: hits.length,
      percent: pct(hits.length, actions.length),
      actionIds: hits.map((a) => a.id),
      recordIds: hits.map((a) => eff.get(a.id)!.id),
    };
  });
  const none = actions.filter((a) => !eff.has(a.id)).map((a) => a.id);
  return { levels, sinRegistro: { count: none.length, percent: pct(none.length, actions.length), actionIds: none } };
}

export function cycleDashboard(input: DashboardInput): CycleDashboard {
  const { pme, cycleId } = input;
  const cycle = input.cycles.find((c) => c.id === cycleId);
  if (!cycle) throw new RangeError(`unknown cycle ${cycleId}`);
  const actions = pme.actions.filter((a) => a.year === cycle.year);
  const yearCycles = sortCycles(input.cycles.filter((c) => c.year === cycle.year));
  const upTo = yearCycles.slice(0, yearCycles.findIndex((c) => c.id === cycleId) + 1);
  const eff = effectiveRecords(input.records, cycleId);
  const budget = budgetExecution(actions, input.records, yearCycles, cycleId);
  const byDimension = DIMENSIONS.map((d) =>
    group(
      d.code,
      d.label,
      actions.filter((a) => a.dimension === (d.code as DimensionCode)),
      eff,
    ),
  );
  const byStrategy = pme.strategies
    .map((s) =>
      group(
        s.id,
        s.text,
        actions.filter((a) => a.strategyId === s.id),
        eff,
      ),
    )
    .filter((g) => g.actions > 0);
  return {
    cycleId,
    year: cycle.year,
    actionCount: actions.length,
    ...levelCounts(actions, eff),
    byDimension,
    byStrategy,
    indicators: indicatorTrends(pme, upTo, input.measurements),
    budget,
    alerts: monitoringAlerts({
      actions,
      cycles: yearCycles,
      cycleId,
      records: input.records,
      plan: input.plan ?? null,
      today: input.today,
      budget,
    }),
  };
}

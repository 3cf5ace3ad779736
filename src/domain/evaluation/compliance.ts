// Cumplimiento de acciones at the year's end (evaluation, month 7): each action's final status from
// its latest monitoring record, aggregated per dimension of the MGE and per estrategia, with the
// budget executed (monitoring/budget.ts).
//
// Rules, exactly:
// - CP-1 Latest record: the action's effective record (records.ts) in the latest cycle, by start
//   date, that holds one — monitoring's `latestRecordsUpTo` up to the last cycle given.
// - CP-2 Final status: level 'completa' → 'cumplida'; 'inicial' … 'avanzada' → 'parcial';
//   'no-efectuada' or no record at all → 'no-realizada'.
// - CP-3 Cumplimiento of one action (a number): the % de avance of its latest record; 0 without one.
// - CP-4 Per group (dimension, estrategia, all): counts per status; percent = count / actions × 100;
//   meanProgress = mean of CP-3 over the group's actions (no-record actions count as 0 here, unlike
//   the monitoring dashboard: at the year's end an action not recorded was not done). Percentages
//   and means are null for a group with no action. Nothing is rounded.
// - CP-5 Budget per group: budgetExecution(group's actions, records, cycles, last cycle).total.
// Callers pass the actions of one year and the cycles of that year.
import { DIMENSIONS, type DimensionCode } from '../mge/modelo.ts';
import type { PmeAction, Strategy } from '../pme/model.ts';
import type { Pesos } from '../shared/money.ts';
import { budgetExecution, latestRecordsUpTo } from '../monitoring/budget.ts';
import type { MonitoringCycle } from '../monitoring/cycles.ts';
import { sortCycles } from '../monitoring/cycles.ts';
import type { ImplementationLevel } from '../monitoring/levels.ts';
import type { MonitoringRecord } from '../monitoring/records.ts';

export const ACTION_OUTCOMES = [
  { code: 'cumplida', label: 'Cumplida' },
  { code: 'parcial', label: 'Parcialmente cumplida' },
  { code: 'no-realizada', label: 'No realizada' },
] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number]['code'];

/** CP-2. */
export function outcomeOfLevel(level: ImplementationLevel | null): ActionOutcome {
  switch (level) {
    case 'completa':
      return 'cumplida';
    case 'avanzada':
    case 'adecuada':
    case 'parcial':
    case 'inicial':
      return 'parcial';
    case 'no-efectuada':
    case null:
      return 'no-realizada';
  }
}

type Act = Pick<PmeAction, 'id' | 'nombre' | 'dimension' | 'strategyId' | 'financiamiento'>;
type Rec = Pick<MonitoringRecord, 'id' | 'actionId' | 'cycleId' | 'recordedAt' | 'level' | 'progress' | 'executed'>;
type Cyc = Pick<MonitoringCycle, 'id' | 'start'>;

export interface ActionCompliance {
  actionId: string;
  nombre: string;
  dimension: DimensionCode;
  strategyId: string;
  outcome: ActionOutcome;
  /** CP-3. */
  progress: number;
  /** The record behind it (CP-1), null when none. */
  recordId: string | null;
  cycleId: string | null;
}

export interface ComplianceGroup {
  /** Dimension code, strategy id, or 'total'. */
  key: string;
  label: string;
  actions: number;
  counts: Record<ActionOutcome, number>;
  /** count / actions × 100 per outcome; null when the group has no action. */
  percents: Record<ActionOutcome, number | null>;
  /** CP-4, null when no action. */
  meanProgress: number | null;
  planned: Pesos;
  executed: Pesos;
  /** executed / planned × 100 as budgetExecution gives it (one decimal); null when nothing planned. */
  executedPercent: number | null;
  actionIds: string[];
}

export interface ComplianceReport {
  actions: ActionCompliance[];
  byDimension: ComplianceGroup[];
  byStrategy: ComplianceGroup[];
  total: ComplianceGroup;
}

export interface ComplianceInput {
  actions: readonly Act[];
  strategies: readonly Pick<Strategy, 'id' | 'text'>[];
  records: readonly Rec[];
  cycles: readonly Cyc[];
}

/** CP-1…CP-3 for every action. */
export function actionCompliance(
  actions: readonly Act[],
  records: readonly Rec[],
  cycles: readonly Cyc[],
): ActionCompliance[] {
  const last = sortCycles(cycles).at(-1);
  const latest = last ? latestRecordsUpTo(records, cycles, last.id) : new Map<string, Rec>();
  return actions.map((a) => {
    const r = latest.get(a.id);
    return {
      actionId: a.id,
      nombre: a.nombre,
      dimension: a.dimension,
      strategyId: a.strategyId,
      outcome: outcomeOfLevel(r?.level ?? null),
      progress: r?.progress ?? 0,
      recordId: r?.id ?? null,
      cycleId: r?.cycleId ?? null,
    };
  });
}

function group(
  key: string,
  label: string,
  items: readonly ActionCompliance[],
  input: ComplianceInput,
): ComplianceGroup {
  const counts: Record<ActionOutcome, number> = { cumplida: 0, parcial: 0, 'no-realizada': 0 };
  for (const i of items) counts[i.outcome]++;
  const n = items.length;
  const pct = (c: number) => (n === 0 ? null : (c / n) * 100);
  const ids = new Set(items.map((i) => i.actionId));
  const last = sortCycles(input.cycles).at(-1);
  const budget = budgetExecution(
    input.actions.filter((a) => ids.has(a.id)),
    input.records,
    input.cycles,
    last?.id ?? '',
  ).total;
  return {
    key,
    label,
    actions: n,
    counts,
    percents: {
      cumplida: pct(counts.cumplida),
      parcial: pct(counts.parcial),
      'no-realizada': pct(counts['no-realizada']),
    },
    meanProgress: n === 0 ? null : items.reduce((s, i) => s + i.progress, 0) / n,
    planned: budget.planned,
    executed: budget.executed,
    executedPercent: budget.percent,
    actionIds: [...ids],
  };
}

/**
 * CP-4 and CP-5: every dimension of the MGE (even without actions), the strategies that have actions, and the total.
 */
export function complianceReport(input: ComplianceInput): ComplianceReport {
  const actions = actionCompliance(input.actions, input.records, input.cycles);
  const byDimension = DIMENSIONS.map((d) =>
    group(
      d.code,
      d.label,
      actions.filter((a) => a.dimension === d.code),
      input,
    ),
  );
  const byStrategy = input.strategies
    .map((s) =>
      group(
        s.id,
        s.text,
        actions.filter((a) => a.strategyId === s.id),
        input,
      ),
    )
    .filter((g) => g.actions > 0);
  return { actions, byDimension, byStrategy, total: group('total', 'Total', actions, input) };
}

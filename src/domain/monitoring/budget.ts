// Budget execution (issue 7, item 4): executed vs planned per funding source, SEP first (the order
// of FUNDING_SOURCES). Planned = the year's actions' financing (pme/budget.ts). Executed = for each
// action, its latest record in the cycles up to and including the one shown (records hold the
// amount accumulated so far, records.ts), so an action not filled in this corte keeps its last figure.
import { FUNDING_SOURCES } from '../pme/model.ts';
import type { FundingSourceCode, PmeAction } from '../pme/model.ts';
import { totalsBySource } from '../pme/budget.ts';
import { pesos, type Pesos } from '../shared/money.ts';
import type { MonitoringCycle } from './cycles.ts';
import { sortCycles } from './cycles.ts';
import type { MonitoringRecord } from './records.ts';
import { effectiveRecords } from './records.ts';

export interface SourceExecution {
  source: FundingSourceCode | 'total';
  label: string;
  planned: Pesos;
  executed: Pesos;
  /** executed / planned × 100, one decimal; null when nothing was planned. */
  percent: number | null;
  /** Records whose amounts make up `executed` (drill-down). */
  recordIds: string[];
  /** Actions that plan or execute money from this source. */
  actionIds: string[];
}

export interface BudgetExecution {
  bySource: SourceExecution[];
  total: SourceExecution;
}

type Rec = Pick<MonitoringRecord, 'id' | 'actionId' | 'cycleId' | 'recordedAt' | 'executed'>;

/** Per action, the record that counts at `cycleId`: its effective record in the latest cycle ≤ cycleId that has one. */
export function latestRecordsUpTo<R extends Pick<MonitoringRecord, 'id' | 'actionId' | 'cycleId' | 'recordedAt'>>(
  records: readonly R[],
  cycles: readonly Pick<MonitoringCycle, 'id' | 'start'>[],
  cycleId: string,
): Map<string, R> {
  const ordered = sortCycles(cycles);
  const upTo = ordered.slice(0, ordered.findIndex((c) => c.id === cycleId) + 1);
  const out = new Map<string, R>();
  for (const c of upTo) for (const [actionId, r] of effectiveRecords(records, c.id)) out.set(actionId, r);
  return out;
}

const percent = (executed: number, planned: number) =>
  planned === 0 ? null : Math.round((executed / planned) * 1000) / 10;

export function budgetExecution(
  actions: readonly Pick<PmeAction, 'id' | 'financiamiento'>[],
  records: readonly Rec[],
  cycles: readonly Pick<MonitoringCycle, 'id' | 'start'>[],
  cycleId: string,
): BudgetExecution {
  const planned = totalsBySource(actions);
  const ids = new Set(actions.map((a) => a.id));
  const latest = [...latestRecordsUpTo(records, cycles, cycleId).values()].filter((r) => ids.has(r.actionId));
  const bySource = FUNDING_SOURCES.map((f): SourceExecution => {
    const contributing = latest.filter((r) => r.executed[f.code] > 0);
    const executed = contributing.reduce((s, r) => s + r.executed[f.code], 0);
    const actionIds = new Set([
      ...actions.filter((a) => a.financiamiento[f.code] > 0).map((a) => a.id),
      ...contributing.map((r) => r.actionId),
    ]);
    return {
      source: f.code,
      label: f.label,
      planned: planned[f.code],
      executed: pesos(executed),
      percent: percent(executed, planned[f.code]),
      recordIds: contributing.map((r) => r.id),
      actionIds: [...actionIds],
    };
  });
  const p = bySource.reduce((s, x) => s + x.planned, 0);
  const e = bySource.reduce((s, x) => s + x.executed, 0);
  const total: SourceExecution = {
    source: 'total',
    label: 'Total',
    planned: pesos(p),
    executed: pesos(e),
    percent: percent(e, p),
    recordIds: [...new Set(bySource.flatMap((x) => x.recordIds))],
    actionIds: [...new Set(bySource.flatMap((x) => x.actionIds))],
  };
  return { bySource, total };
}

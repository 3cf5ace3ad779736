// Budget alerts of a corte (issue 12 §3; docs/spec/reports.md RM-4), from the very figures of the budget table
// (budget.ts), so
// the alert and the row it speaks of can never disagree:
// AL-4 'sobre-ejecucion': executed > planned > 0 — for the year's total of a funding source, and for
//   one action on one source (its latest record up to the corte shown).
// AL-5 'ejecucion-sin-plan': executed > 0 with 0 planned — on a source the year does not plan, and
//   on a source the action does not plan (an action with no planned amount at all included).
// Source alerts come first (SEP first, FUNDING_SOURCES order), then per action in the actions' order.
import { FUNDING_SOURCES } from '../pme/model.ts';
import type { FundingSourceCode, PmeAction } from '../pme/model.ts';
import { pesos, type Pesos } from '../shared/money.ts';
import type { MonitoringAlert } from './alerts.ts';
import type { BudgetExecution } from './budget.ts';
import type { MonitoringRecord } from './records.ts';

export type BudgetAlertCode = 'sobre-ejecucion' | 'ejecucion-sin-plan';

/** The figures an AL-4/AL-5 alert prints. */
export interface BudgetAlertFigures {
  source: FundingSourceCode;
  label: string;
  year: number;
  planned: Pesos;
  executed: Pesos;
  /** executed / planned × 100, one decimal; null when nothing was planned. */
  percent: number | null;
}

const percent = (executed: number, planned: number) =>
  planned === 0 ? null : Math.round((executed / planned) * 1000) / 10;

function codeFor(planned: number, executed: number): BudgetAlertCode | null {
  if (executed <= 0) return null;
  if (planned === 0) return 'ejecucion-sin-plan';
  return executed > planned ? 'sobre-ejecucion' : null;
}

export function budgetAlerts(
  actions: readonly Pick<PmeAction, 'id' | 'financiamiento'>[],
  budget: BudgetExecution,
  latest: ReadonlyMap<string, Pick<MonitoringRecord, 'id' | 'cycleId' | 'executed'>>,
  year: number,
): MonitoringAlert[] {
  const out: MonitoringAlert[] = [];
  for (const s of budget.bySource) {
    if (s.source === 'total') continue;
    const code = codeFor(s.planned, s.executed);
    if (!code) continue;
    const budgetFigures: BudgetAlertFigures = {
      source: s.source,
      label: s.label,
      year,
      planned: s.planned,
      executed: s.executed,
      percent: s.percent,
    };
    out.push({
      code,
      actionId: null,
      cycleId: null,
      actionIds: s.actionIds,
      recordIds: s.recordIds,
      budget: budgetFigures,
    });
  }
  for (const a of actions) {
    const r = latest.get(a.id);
    if (!r) continue;
    for (const f of FUNDING_SOURCES) {
      const planned = a.financiamiento[f.code];
      const executed = r.executed[f.code];
      const code = codeFor(planned, executed);
      if (!code) continue;
      const budgetFigures: BudgetAlertFigures = {
        source: f.code,
        label: f.label,
        year,
        planned: pesos(planned),
        executed: pesos(executed),
        percent: percent(executed, planned),
      };
      out.push({
        code,
        actionId: a.id,
        cycleId: r.cycleId,
        actionIds: [a.id],
        recordIds: [r.id],
        budget: budgetFigures,
      });
    }
  }
  return out;
}

// The rows of a year's plan de monitoreo: each action of the year, then each meta's indicator, with
// the plan's entry for it when there is one.
import type { PmePlan } from '../../../domain/pme/model.ts';
import type { MonitoringPlan, MonitoringPlanEntry, PlanTarget } from '../../../domain/monitoring/plan.ts';

export interface PlanRowData {
  target: PlanTarget;
  title: string;
  kind: string;
  entry: MonitoringPlanEntry | undefined;
}

const sameTarget = (a: PlanTarget, b: PlanTarget) =>
  a.kind === 'action'
    ? b.kind === 'action' && b.actionId === a.actionId
    : b.kind === 'indicator' && a.kind === 'indicator' && b.goalId === a.goalId;

export function planRows(pme: PmePlan, year: number, plan: MonitoringPlan | undefined): PlanRowData[] {
  const rows: Omit<PlanRowData, 'entry'>[] = [
    ...pme.actions
      .filter((a) => a.year === year)
      .map((a) => ({ target: { kind: 'action' as const, actionId: a.id }, title: a.nombre, kind: 'Acción' })),
    ...pme.goals.map((g) => ({
      target: { kind: 'indicator' as const, goalId: g.id },
      title: g.indicator.name || g.text,
      kind: 'Indicador',
    })),
  ];
  return rows.map((r) => ({ ...r, entry: plan?.entries.find((e) => sameTarget(r.target, e.target)) }));
}

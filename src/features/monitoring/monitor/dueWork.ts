// What the Monitoreo tab lists: the actions and indicators due in the corte for the chosen cargo
// (plan de monitoreo), or all the year's actions and every indicator.
import type { PmePlan } from '../../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import { dueFor, type MonitoringPlan } from '../../../domain/monitoring/plan.ts';
import type { MonitoringView } from '../../../data/docs/monitoring/index.ts';

interface DueWorkInput {
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
  plan: MonitoringPlan | null;
  cargo: string;
  /** "Ver todas las acciones del año". */
  all: boolean;
}

export function dueWork({ view, pme, cycle, plan, cargo, all }: DueWorkInput) {
  const { records, measurements } = view;
  if (all || !plan || !cargo) return { actions: pme.actions.filter((a) => a.year === cycle.year), goals: pme.goals };
  const due = dueFor({ plan, actions: pme.actions, goals: pme.goals, cycle, records, measurements }, cargo);
  const targets = due.map((d) => d.entry.target);
  const dueActionIds = targets.flatMap((t) => (t.kind === 'action' ? [t.actionId] : []));
  const dueGoalIds = targets.flatMap((t) => (t.kind === 'indicator' ? [t.goalId] : []));
  return {
    actions: dueActionIds.map((id) => pme.actions.find((a) => a.id === id)!),
    goals: dueGoalIds.map((id) => pme.goals.find((g) => g.id === id)!),
  };
}

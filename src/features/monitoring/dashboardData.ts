import type { PmePlan } from '../../domain/pme/model.ts';
import { cycleDashboard, type CycleDashboard } from '../../domain/monitoring/dashboard.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringView } from '../../data/monitoringDoc.ts';
import { effectiveData } from './frozen.ts';
import { localIsoDate } from '../../domain/pme/calendar.ts';


/** The Seguimiento figures of a corte, closed cortes read from their frozen snapshots. */
export function computeDashboard(view: MonitoringView, pme: PmePlan, cycle: MonitoringCycle, today = localIsoDate(), data = effectiveData(view)): CycleDashboard {
  return cycleDashboard({ pme, cycles: view.cycles, cycleId: cycle.id, records: data.records, measurements: data.measurements, plan: view.plans.find((p) => p.year === cycle.year) ?? null, today });
}

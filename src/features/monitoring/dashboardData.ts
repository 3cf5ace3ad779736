import type { PmePlan } from '../../domain/pme/model.ts';
import { cycleDashboard, type CycleDashboard } from '../../domain/monitoring/dashboard.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import {
  monitoringReportContent,
  type MonitoringReportContent,
  type MonitoringReportInput,
} from '../../domain/monitoring/report/content.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { effectiveData } from './frozen.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';

/** The Seguimiento figures of a corte, closed cortes read from their frozen snapshots. */
export function computeDashboard(
  view: MonitoringView,
  pme: PmePlan,
  cycle: MonitoringCycle,
  today = localIsoDate(),
  data = effectiveData(view),
): CycleDashboard {
  return cycleDashboard({
    pme,
    cycles: view.cycles,
    cycleId: cycle.id,
    records: data.records,
    measurements: data.measurements,
    plan: view.plans.find((p) => p.year === cycle.year) ?? null,
    today,
  });
}

/**
 * The Informe de Monitoreo of a corte, from the very dashboard the Seguimiento tab shows (same view, corte and day).
 */
export function monitoringReportFor(
  view: MonitoringView,
  pme: PmePlan,
  cycle: MonitoringCycle,
  school: MonitoringReportInput['school'],
  decisions: string,
  today = localIsoDate(),
): MonitoringReportContent {
  const data = effectiveData(view);
  const dashboard = computeDashboard(view, pme, cycle, today, data);
  return monitoringReportContent({
    school,
    pme,
    cycle,
    cycles: view.cycles.filter((c) => c.year === cycle.year),
    dashboard,
    records: data.records,
    decisions,
    date: today,
  });
}

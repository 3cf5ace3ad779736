import type { IndicatorMeasurement, MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { MonitoringView } from '../../data/monitoringDoc.ts';

/** Monitoring as it counts: closed cortes from their frozen snapshots, open ones from the live records. */
export function effectiveMonitoring(view: MonitoringView): { records: MonitoringRecord[]; measurements: IndicatorMeasurement[] } {
  const closed = new Set(view.snapshots.map((s) => s.cycleId));
  return {
    records: [...view.records.filter((r) => !closed.has(r.cycleId)), ...view.snapshots.flatMap((s) => s.records)],
    measurements: [...view.measurements.filter((m) => !closed.has(m.cycleId)), ...view.snapshots.flatMap((s) => s.measurements)],
  };
}

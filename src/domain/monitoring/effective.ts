// A closed corte is read from its frozen snapshot. Records written into it on a device that had not
// yet learnt it was closed stay stored (nothing is lost) but do not change the closed figures; the
// screens say how many there are. Pure, so the Seguimiento tab and the multi-school dashboard's
// digest read the very same records.
import type { CycleSnapshot } from './cycles.ts';
import type { IndicatorMeasurement, MonitoringRecord } from './records.ts';
import { recordsInForce } from './recordsInForce.ts';

export interface EffectiveData {
  records: MonitoringRecord[];
  measurements: IndicatorMeasurement[];
  /** Per closed cycle, records that differ from (or are missing in) its snapshot. */
  lateByCycle: Map<string, number>;
}

export interface StoredMonitoringData {
  snapshots: readonly CycleSnapshot[];
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
}

/** A stored record of a closed corte that its snapshot lacks or holds otherwise: kept, but not counted. */
export function isLateRecord(record: MonitoringRecord, snapshot: Pick<CycleSnapshot, 'records'>): boolean {
  const frozen = snapshot.records.find((x) => x.id === record.id);
  return !frozen || JSON.stringify(frozen) !== JSON.stringify(record);
}

export function effectiveData(view: StoredMonitoringData): EffectiveData {
  const snaps = new Map(view.snapshots.map((s) => [s.cycleId, s]));
  const lateByCycle = new Map<string, number>();
  for (const r of view.records) {
    const s = snaps.get(r.cycleId);
    if (s && isLateRecord(r, s)) lateByCycle.set(r.cycleId, (lateByCycle.get(r.cycleId) ?? 0) + 1);
  }
  return {
    records: recordsInForce(view.records, view.snapshots),
    measurements: [
      ...view.measurements.filter((m) => !snaps.has(m.cycleId)),
      ...view.snapshots.flatMap((s) => s.measurements),
    ],
    lateByCycle,
  };
}

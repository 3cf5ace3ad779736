// The records that count for each corte: a closed corte's frozen snapshot, an open corte's live records
// (a record written into a closed corte by a device that had not yet learnt it was closed stays stored
// but does not count).
import type { MonitoringRecord } from './records.ts';

export function recordsInForce(
  live: readonly MonitoringRecord[],
  snapshots: readonly { cycleId: string; records: readonly MonitoringRecord[] }[],
): MonitoringRecord[] {
  const closed = new Set(snapshots.map((s) => s.cycleId));
  return [...live.filter((r) => !closed.has(r.cycleId)), ...snapshots.flatMap((s) => s.records)];
}

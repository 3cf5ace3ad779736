// Per action, the implementation level that counts at the end of a year: the effective record of the
// year's latest corte that has one (the rule the budget and dashboard use, latestRecordsUpTo).
import { latestRecordsUpTo } from '../budget.ts';
import { sortCycles, type MonitoringCycle } from '../cycles.ts';
import type { ImplementationLevel } from '../levels.ts';
import type { MonitoringRecord } from '../records.ts';

export function levelsAtYearEnd(
  cycles: readonly MonitoringCycle[],
  records: readonly MonitoringRecord[],
  year: number,
): Map<string, ImplementationLevel> {
  const ofYear = sortCycles(cycles.filter((c) => c.year === year));
  const last = ofYear.at(-1);
  const out = new Map<string, ImplementationLevel>();
  if (!last) return out;
  for (const [actionId, r] of latestRecordsUpTo(records, ofYear, last.id)) out.set(actionId, r.level);
  return out;
}

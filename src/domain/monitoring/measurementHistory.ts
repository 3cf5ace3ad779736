// Rule R-10 (docs/spec/records.md): indicator readings are corrected and deleted without losing
// anything. A correction is a new entry that names the one it supersedes; a deletion marks the entry
// with who and when. What counts is each chain's last entry, unless it was deleted; every entry stays
// in the history, which the screen shows.
import { z } from 'zod';
import { indicatorMeasurementSchema, type IndicatorMeasurement } from './records.ts';

export const measurementEntrySchema = indicatorMeasurementSchema.extend({
  /** The entry this one corrects (null: a first reading). */
  supersedes: z.string().min(1).nullable().catch(null),
  /** ISO date-time of the entry (null in readings stored before R-10). */
  recordedAt: z.string().min(1).nullable().catch(null),
  deletedAt: z.string().min(1).nullable().catch(null),
  deletedBy: z.string().min(1).nullable().catch(null),
});
export type MeasurementEntry = z.infer<typeof measurementEntrySchema>;

export type MeasurementState = 'vigente' | 'corregida' | 'eliminada';

export interface MeasurementHistoryItem {
  entry: MeasurementEntry;
  state: MeasurementState;
  /** Ids of the entries that correct this one. */
  correctedBy: string[];
}

const toMeasurement = ({
  supersedes: _s,
  recordedAt: _r,
  deletedAt: _d,
  deletedBy: _b,
  ...m
}: MeasurementEntry): IndicatorMeasurement => m;

/** Every entry with its state, oldest first (by recordedAt, then date, then id). */
export function measurementHistory(entries: readonly MeasurementEntry[]): MeasurementHistoryItem[] {
  const correctedBy = new Map<string, string[]>();
  for (const e of entries)
    if (e.supersedes) correctedBy.set(e.supersedes, [...(correctedBy.get(e.supersedes) ?? []), e.id]);
  const key = (e: MeasurementEntry) => `${e.recordedAt ?? ''}|${e.date}|${e.id}`;
  return [...entries]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((entry) => {
      const by = correctedBy.get(entry.id) ?? [];
      const state: MeasurementState = entry.deletedAt ? 'eliminada' : by.length > 0 ? 'corregida' : 'vigente';
      return { entry, state, correctedBy: by };
    });
}

/** The readings that count: the last of each chain of corrections, when not deleted. */
export function effectiveMeasurements(entries: readonly MeasurementEntry[]): IndicatorMeasurement[] {
  return measurementHistory(entries)
    .filter((h) => h.state === 'vigente')
    .map((h) => toMeasurement(h.entry));
}

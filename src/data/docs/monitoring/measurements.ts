// Indicator measurements: written once; a correction is a new entry superseding the old one,
// a deletion marks the entry with who and when. Nothing is lost.
import type * as Y from 'yjs';
import { indicatorMeasurementSchema, type IndicatorMeasurement } from '../../../domain/monitoring/records.ts';
import {
  effectiveMeasurements,
  measurementEntrySchema,
  type MeasurementEntry,
} from '../../../domain/monitoring/measurementHistory.ts';
import { readingDateError } from '../../../domain/bounds.ts';
import { assertOpen, measurementsOf } from './roots.ts';
import { readCycle } from './cycles.ts';

export function readMeasurementEntries(doc: Y.Doc, invalid: string[]): MeasurementEntry[] {
  const entries: MeasurementEntry[] = [];
  for (const [id, v] of measurementsOf(doc).entries()) {
    const m = measurementEntrySchema.safeParse({ ...(v as object), id });
    if (m.success) entries.push(m.data);
    else invalid.push(`measurement:${id}`);
  }
  return entries;
}

/** The readings that count (R-10: the last correction of each, deleted ones left out), by date. */
export function countingMeasurements(entries: MeasurementEntry[]): IndicatorMeasurement[] {
  const measurements = effectiveMeasurements(entries);
  return measurements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Writes a new reading once; `supersedes` names the reading it corrects. */
export function putMeasurement(
  doc: Y.Doc,
  measurement: IndicatorMeasurement,
  origin: unknown,
  meta: { recordedAt?: string; supersedes?: string } = {},
): void {
  const { id, ...rest } = indicatorMeasurementSchema.parse(measurement);
  assertOpen(doc, rest.cycleId);
  assertInsideCycle(doc, rest.cycleId, rest.date);
  if (measurementsOf(doc).has(id)) throw new Error(`monitoring: measurement ${id} exists; a correction is a new entry`);
  if (meta.supersedes !== undefined) {
    const old = storedMeasurement(doc, meta.supersedes);
    assertOpen(doc, old.cycleId);
  }
  const supersedes = meta.supersedes ?? null;
  const entry = { ...rest, supersedes, recordedAt: meta.recordedAt ?? null, deletedAt: null, deletedBy: null };
  doc.transact(() => measurementsOf(doc).set(id, entry), origin);
}

/** FT-1: a reading dated outside its corte is refused (a corte this copy does not know yet is not judged). */
function assertInsideCycle(doc: Y.Doc, cycleId: string, date: string): void {
  const c = readCycle(doc, cycleId);
  if (!c) return;
  if (readingDateError(date, { start: c.start, end: c.end }))
    throw new RangeError(`monitoring: reading dated ${date} lies outside cycle ${cycleId} (${c.start}…${c.end})`);
}

function storedMeasurement(doc: Y.Doc, id: string): MeasurementEntry {
  const parsed = measurementEntrySchema.safeParse({ ...(measurementsOf(doc).get(id) as object), id });
  if (!parsed.success) throw new Error(`monitoring: no measurement ${id}`);
  return parsed.data;
}

/** Corrects a reading: a new entry that supersedes it; the old one stays in the history. */
export function correctMeasurement(
  doc: Y.Doc,
  oldId: string,
  corrected: IndicatorMeasurement,
  recordedAt: string,
  origin: unknown,
): void {
  putMeasurement(doc, corrected, origin, { recordedAt, supersedes: oldId });
}

/** Marks a reading deleted with who and when; it stays in the history and no longer counts. */
export function deleteMeasurement(doc: Y.Doc, id: string, by: string, at: string, origin: unknown): void {
  const old = storedMeasurement(doc, id);
  assertOpen(doc, old.cycleId);
  const { id: _id, ...rest } = old;
  doc.transact(() => measurementsOf(doc).set(id, { ...rest, deletedAt: at, deletedBy: by }), origin);
}

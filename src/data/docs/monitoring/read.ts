// The whole monitoring document as plain data, read per root: a view re-reads only the roots a
// change touched (a keystroke in observaciones re-reads `mon.records`, not the other seven roots).
import type * as Y from 'yjs';
import type { CycleSnapshot, MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import type { MonitoringPlan } from '../../../domain/monitoring/plan.ts';
import type { IndicatorMeasurement } from '../../../domain/monitoring/records.ts';
import type { MeasurementEntry } from '../../../domain/monitoring/measurementHistory.ts';
import type { InstrumentRecord, MonitoringInstrument } from '../../../domain/monitoring/instruments.ts';
import { rootsView, type View } from '../view.ts';
import { readCycles, readSnapshots } from './cycles.ts';
import { readInstrumentRecords, readInstruments } from './instruments.ts';
import { countingMeasurements, readMeasurementEntries } from './measurements.ts';
import { readPlans } from './plan.ts';
import { readDeletedRecords, readRecords, type DeletedRecord, type RecordDraft } from './records.ts';
import * as roots from './roots.ts';

export interface MonitoringView {
  plans: MonitoringPlan[];
  cycles: MonitoringCycle[];
  snapshots: CycleSnapshot[];
  records: RecordDraft[];
  /** The readings that count (R-10: the last correction of each, deleted ones left out). */
  measurements: IndicatorMeasurement[];
  /** Every reading ever entered, corrected and deleted ones included. */
  measurementEntries: MeasurementEntry[];
  /** Records deleted from the screen, as they were. */
  deletedRecords: DeletedRecord[];
  instruments: MonitoringInstrument[];
  instrumentRecords: InstrumentRecord[];
  invalid: string[];
}

interface Part<T> {
  value: T;
  invalid: string[];
}

function part<T>(read: (invalid: string[]) => T): () => Part<T> {
  return () => {
    const invalid: string[] = [];
    return { value: read(invalid), invalid };
  };
}

/** The readers of each part of the view, with the roots each one reads. */
function parts(doc: Y.Doc) {
  return {
    plans: [[roots.yearsOf(doc), roots.entriesOf(doc)], part((inv) => readPlans(doc, inv))],
    cycles: [[roots.cyclesOf(doc)], part((inv) => readCycles(doc, inv))],
    snapshots: [[roots.snapshotsOf(doc)], part((inv) => readSnapshots(doc, inv))],
    records: [[roots.recordsOf(doc)], part((inv) => readRecords(doc, inv))],
    measurementEntries: [[roots.measurementsOf(doc)], part((inv) => readMeasurementEntries(doc, inv))],
    deletedRecords: [[roots.recordHistoryOf(doc)], part((inv) => readDeletedRecords(doc, inv))],
    instruments: [[roots.instrumentsOf(doc)], part((inv) => readInstruments(doc, inv))],
    instrumentRecords: [[roots.instrumentRecordsOf(doc)], part((inv) => readInstrumentRecords(doc, inv))],
  } as const;
}

type PartViews = { [K in keyof ReturnType<typeof parts>]: View<ReturnType<ReturnType<typeof parts>[K][1]>> };

/** One view per root (or pair of roots) of the document. */
export function partViews(doc: Y.Doc): PartViews {
  const views = Object.entries(parts(doc)).map(([k, [rs, read]]) => [k, rootsView([...rs], read as () => unknown)]);
  return Object.fromEntries(views) as unknown as PartViews;
}

function assemble(p: { [K in keyof PartViews]: ReturnType<PartViews[K]['get']> }): MonitoringView {
  const measurementEntries = p.measurementEntries.value;
  return {
    plans: p.plans.value,
    cycles: p.cycles.value,
    snapshots: p.snapshots.value,
    records: p.records.value,
    measurements: countingMeasurements(measurementEntries),
    measurementEntries,
    deletedRecords: p.deletedRecords.value,
    instruments: p.instruments.value,
    instrumentRecords: p.instrumentRecords.value,
    invalid: Object.values(p).flatMap((x) => x.invalid),
  };
}

/** The whole document as one view; a change re-reads only its roots, the other parts are kept. */
export function monitoringView(views: PartViews): View<MonitoringView> {
  let last: { parts: unknown[]; value: MonitoringView } | null = null;
  const keys = Object.keys(views) as (keyof PartViews)[];
  return {
    get() {
      const current = keys.map((k) => views[k].get());
      if (!last || current.some((x, i) => x !== last!.parts[i])) {
        const p = Object.fromEntries(keys.map((k, i) => [k, current[i]])) as Parameters<typeof assemble>[0];
        last = { parts: current, value: assemble(p) };
      }
      return last.value;
    },
    subscribe(listener) {
      const stops = keys.map((k) => views[k].subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
  };
}

/** The whole document read once, as plain data (reports, tests, other areas). */
export function readMonitoring(doc: Y.Doc): MonitoringView {
  const read = parts(doc);
  const p = Object.fromEntries(Object.entries(read).map(([k, [, r]]) => [k, r()]));
  return assemble(p as Parameters<typeof assemble>[0]);
}

// The monitoring document's handle: the school's plan de monitoreo, cortes, records, measurements and
// instruments as domain verbs and views. It owns the Y.Doc, the acting user, the clock and the origin;
// screens get it from `useHandle(schoolId, 'monitoring', monitoringHandle)` and never see Yjs.
import * as Y from 'yjs';
import { closeCycle, type CloseCycleResult } from '../../../domain/monitoring/cycles.ts';
import type { Answer, InstrumentRecord, MonitoringInstrument } from '../../../domain/monitoring/instruments.ts';
import { isProgressInLevel, levelInfo, type ImplementationLevel } from '../../../domain/monitoring/levels.ts';
import type { PlanTarget } from '../../../domain/monitoring/plan.ts';
import { recordProgressProblem, type IndicatorMeasurement } from '../../../domain/monitoring/records.ts';
import type { FundingSourceCode } from '../../../domain/pme/model.ts';
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import type { Actor } from '../actor.ts';
import { DocHandle } from '../handle.ts';
import { entryView, memoViews, rootsView, type View } from '../view.ts';
import { decisionsOf, readDecisions, setDecisions } from './decisions.ts';
import { putCycle, storeClosedCycle, type CycleFields } from './cycles.ts';
import { putInstrument, putInstrumentAnswer } from './instruments.ts';
import { correctMeasurement, deleteMeasurement, putMeasurement } from './measurements.ts';
import { putPlanEntry, setPlanYear, type PlanEntryFields } from './plan.ts';
import { monitoringView, partViews, type MonitoringView } from './read.ts';
import {
  deleteRecord,
  putRecord,
  readRecord,
  recordKeyOf,
  setMedio,
  type NoteField,
  type RecordDraft,
  type RecordFields,
} from './records.ts';
import { recordsOf } from './roots.ts';

export type { MonitoringView } from './read.ts';

export { ClosedCycleError } from './roots.ts';
export type { PlanEntryFields } from './plan.ts';
export type { CycleFields } from './cycles.ts';

/** A filled instrument's record as the screen starts it; the handle signs it with who and when. */
export type InstrumentRecordStart = Omit<InstrumentRecord, 'answers' | 'recordedAt' | 'recordedBy'>;

/** A reading as the screen enters it; the handle adds who recorded it. */
export type MeasurementInput = Omit<IndicatorMeasurement, 'recordedBy'>;

export class MonitoringHandle extends DocHandle {
  /** The whole document as plain data; a change re-reads only the roots it touched. */
  readonly view: View<MonitoringView>;
  readonly records = new RecordVerbs(this.doc, this);
  readonly plan = {
    /** Throws, writing nothing, when the dates are not a school year (B-1). */
    setYear: (year: number, yearStart: string, yearEnd: string) =>
      this.write(() => setPlanYear(this.doc, year, yearStart, yearEnd, null)),
    setEntry: (year: number, target: PlanTarget, fields: PlanEntryFields) =>
      this.write(() => putPlanEntry(this.doc, year, target, fields, null)),
  };
  readonly cycles = {
    save: (cycle: CycleFields) => this.write(() => putCycle(this.doc, cycle, null)),
    /** Closes the corte with what counts now; the snapshot is written once, by this user now. */
    close: (cycleId: string): CloseCycleResult | { ok: false; code: 'unknown-cycle' } => {
      const view = this.view.get();
      const cycle = view.cycles.find((c) => c.id === cycleId);
      if (!cycle) return { ok: false, code: 'unknown-cycle' };
      const records = view.records.filter((r) => r.cycleId === cycleId);
      const measurements = view.measurements.filter((m) => m.cycleId === cycleId);
      const result = closeCycle(cycle, records, measurements, this.now(), this.actor.name);
      if (result.ok) this.write(() => storeClosedCycle(this.doc, result.snapshot, null));
      return result;
    },
  };
  readonly measurements = {
    add: (m: MeasurementInput) =>
      this.write(() => putMeasurement(this.doc, this.signed(m), null, { recordedAt: this.now() })),
    /** A correction is a new reading that supersedes the old one; the old one stays in the history. */
    correct: (oldId: string, m: MeasurementInput) =>
      this.write(() => correctMeasurement(this.doc, oldId, this.signed(m), this.now(), null)),
    /** The reading stays in the history, marked deleted by this user now. */
    delete: (id: string) => this.write(() => deleteMeasurement(this.doc, id, this.actor.name, this.now(), null)),
  };
  /** The decisions taken from a corte's data (FT-4): free text, open after the corte closes. */
  readonly decisions = {
    /** Throws, writing nothing, over the notes' limit. */
    set: (cycleId: string, text: string) => this.write(() => setDecisions(this.doc, cycleId, text, null)),
    view: memoViews((cycleId: string) =>
      rootsView([decisionsOf(this.doc, cycleId)], () => readDecisions(this.doc, cycleId)),
    ),
  };
  readonly instruments = {
    /** A version already used by a record is never overwritten (throws). */
    save: (instrument: MonitoringInstrument) => this.write(() => putInstrument(this.doc, instrument, null)),
    /** Saves one answer of a filled instrument, creating its record (signed by this user) on the first one. */
    answer: (record: InstrumentRecordStart, fieldId: string, answer: Answer) => {
      const signed = { ...record, recordedAt: this.now(), recordedBy: this.actor.name };
      this.write(() => putInstrumentAnswer(this.doc, signed, fieldId, answer, null));
    },
  };

  constructor(doc: Y.Doc, actor: Actor) {
    super(doc, actor);
    this.view = monitoringView(partViews(doc));
  }

  /** The acting user's id (whose records "mine" are). */
  get userId(): string {
    return this.actor.userId;
  }

  /** One local edit (the data functions' own transaction nests in it and takes its origin). */
  write<T>(change: () => T): T {
    return this.edit(change);
  }

  now(): string {
    return this.stamp();
  }

  /** The name records print for the acting user ("registrado por"). */
  get actorName(): string {
    return this.actor.name;
  }

  private signed(m: MeasurementInput): IndicatorMeasurement {
    return { ...m, recordedBy: this.actor.name };
  }
}

/** The acting user's records: one per action and corte. */
class RecordVerbs {
  private readonly mineByKey: (key: string) => View<RecordDraft | null>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly h: MonitoringHandle,
  ) {
    const records = recordsOf(doc);
    this.mineByKey = memoViews((key: string) =>
      entryView(records, key, () => {
        const m = records.get(key);
        return m instanceof Y.Map ? readRecord(key, m as Y.Map<unknown>) : null;
      }),
    );
  }

  keyOf(actionId: string, cycleId: string): string {
    return recordKeyOf(actionId, cycleId, this.h.userId);
  }

  /** The acting user's record of the action in the corte; re-read only when that record changes. */
  mine(actionId: string, cycleId: string): View<RecordDraft | null> {
    return this.mineByKey(this.keyOf(actionId, cycleId));
  }

  private put(actionId: string, cycleId: string, fields: RecordFields): void {
    const who = { userId: this.h.userId, name: this.h.actorName };
    this.h.write(() => putRecord(this.doc, who, actionId, cycleId, fields, this.h.now(), null));
  }

  /** Chooses the nivel de implementación; keeps the % when it fits the level, else moves it to its lower bound. */
  setLevel(actionId: string, cycleId: string, level: ImplementationLevel): void {
    const current = this.mine(actionId, cycleId).get()?.progress ?? 0;
    const progress = isProgressInLevel(level, current) ? current : levelInfo(level).min;
    this.put(actionId, cycleId, { level, progress });
  }

  /** Writes the % de avance when the record schema accepts it (MO-H3); else writes nothing and says why, in Spanish. */
  setProgress(actionId: string, cycleId: string, progress: number): string | null {
    const current = this.mine(actionId, cycleId).get();
    const problem = recordProgressProblem(current?.level ?? 'no-efectuada', progress);
    if (problem) return problem;
    this.put(actionId, cycleId, { progress });
    return null;
  }

  setExecuted(actionId: string, cycleId: string, source: FundingSourceCode, pesos: number): void {
    this.put(actionId, cycleId, { executed: { [source]: pesos } });
  }

  setText(actionId: string, cycleId: string, field: NoteField, value: string): void {
    this.put(actionId, cycleId, { [field]: value });
  }

  /** Ticks (or unticks, with null) a medio de verificación with its evidence; starts the record when needed. */
  setMedio(
    actionId: string,
    cycleId: string,
    index: number,
    value: { text: string; attachments: AttachmentRef[] } | null,
  ): void {
    this.h.write(() => {
      if (!this.mine(actionId, cycleId).get()) this.put(actionId, cycleId, {});
      setMedio(this.doc, this.keyOf(actionId, cycleId), index, value, this.h.now(), null);
    });
  }

  /** Deletes the acting user's record; it stays in the history with who and when. */
  delete(actionId: string, cycleId: string): void {
    this.h.write(() => deleteRecord(this.doc, this.keyOf(actionId, cycleId), this.h.actorName, this.h.now(), null));
  }
}

/** The handle factory `useHandle` and `openHandle` take (module level: one handle per document). */
export const monitoringHandle = (doc: Y.Doc, actor: Actor): MonitoringHandle => new MonitoringHandle(doc, actor);

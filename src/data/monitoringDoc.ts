// Monitoring of the PME in the school's `monitoring` document (issue 7). Roots:
// - `mon.years`: year → { yearStart, yearEnd } of the plan de monitoreo;
// - `mon.planEntries`: `<year>|<target key>` → Y.Map { cargo, frequency, instrumentId, dataSource, id }
//   (one row per action or indicator and year, merged field by field);
// - `mon.cycles`: cycle id → Y.Map { year, name, start, end, closedAt, closedBy };
// - `mon.snapshots`: cycle id → frozen snapshot of a closed cycle (written once, never again);
// - `mon.records`: `<actionId>|<cycleId>|<userId>` → Y.Map of one person's record of one action in
//   one cycle: level, progress, executed (source → pesos), medios (index → { text, attachments }),
//   observaciones / dificultades / ajustes (Y.Text), recordedAt, recordedBy;
// - `mon.measurements`: id → an indicator measurement, written once; a correction is a new entry
//   naming the one it supersedes, a deletion marks the entry with who and when: nothing is lost;
// - `mon.recordHistory`: id → a deleted record as it was, with who deleted it and when;
// - `mon.instruments`: `<id>@<version>` → an instrument version (frozen once a record uses it);
// - `mon.instrumentRecords`: id → Y.Map { …, answers: Y.Map fieldId → answer }.
// Writes into a closed cycle are refused here, not only in the UI.
import * as Y from 'yjs';
import { z } from 'zod';
import { FUNDING_SOURCES, emptyFunding } from '../domain/pme/model.ts';
import { pesos } from '../domain/pme/money.ts';
import { attachmentRefSchema, type AttachmentRef } from '../domain/wire/attachments.ts';
import {
  implementationLevelSchema,
  type ImplementationLevel,
} from '../domain/monitoring/levels.ts';
import { indicatorMeasurementSchema, type IndicatorMeasurement, type MonitoringRecord } from '../domain/monitoring/records.ts';
import { effectiveMeasurements, measurementEntrySchema, type MeasurementEntry } from '../domain/monitoring/measurementHistory.ts';
import { pesosError } from '../domain/pme/money.ts';
import { schoolYearSchema } from '../domain/pme/calendar.ts';
import { cycleSnapshotSchema, monitoringCycleSchema, type CycleSnapshot, type MonitoringCycle } from '../domain/monitoring/cycles.ts';
import { frequencySchema, targetKey, type MonitoringPlan, type MonitoringPlanEntry, type PlanTarget } from '../domain/monitoring/plan.ts';
import { answerSchema, instrumentKey, instrumentRecordSchema, monitoringInstrumentSchema, type Answer, type InstrumentRecord, type MonitoringInstrument } from '../domain/monitoring/instruments.ts';
import { applyTextChange } from './textDiff.ts';

const yearsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.years');
const entriesOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.planEntries');
const cyclesOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.cycles');
const snapshotsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.snapshots');
const recordsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.records');
const measurementsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.measurements');
const instrumentsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.instruments');
const instrumentRecordsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.instrumentRecords');
const recordHistoryOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.recordHistory');

export class ClosedCycleError extends Error {
  constructor(cycleId: string) {
    super(`monitoring: cycle ${cycleId} is closed; its records are read-only`);
    this.name = 'ClosedCycleError';
  }
}

/** A record as stored: lenient while being filled (progress may still be outside its level's range). */
export type RecordDraft = MonitoringRecord;

export interface DeletedRecord {
  id: string;
  record: RecordDraft;
  deletedAt: string;
  deletedBy: string;
}

// A deleted record is kept as it was read; lenient like a live record (progress may be off its level).
const deletedRecordSchema = z.object({
  record: z.object({
    id: z.string().min(1),
    actionId: z.string().min(1),
    cycleId: z.string().min(1),
    level: implementationLevelSchema,
    progress: z.number().catch(0),
    executed: z.record(z.string(), z.number()).catch({}),
    medios: z.array(z.object({ index: z.number(), text: z.string(), attachments: z.array(attachmentRefSchema).catch([]) })).catch([]),
    observaciones: z.string().catch(''),
    dificultades: z.string().catch(''),
    ajustes: z.string().catch(''),
    instrumentRecordId: z.string().nullable().catch(null),
    recordedAt: z.string().catch(''),
    recordedBy: z.string().catch(''),
  }),
  deletedAt: z.string().min(1),
  deletedBy: z.string().min(1),
});

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

const textOf = (m: Y.Map<unknown>, k: string) => {
  const v = m.get(k);
  return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '';
};

const mediosItemSchema = z.object({ text: z.string().max(500), attachments: z.array(attachmentRefSchema).catch([]) });

function readRecord(key: string, m: Y.Map<unknown>): RecordDraft | null {
  // Level and progress are written only when given (S-20): absent, the record has not started.
  const level = implementationLevelSchema.safeParse(m.get('level') ?? 'no-efectuada');
  const actionId = m.get('actionId');
  const cycleId = m.get('cycleId');
  if (!level.success || typeof actionId !== 'string' || typeof cycleId !== 'string') return null;
  const executedMap = m.get('executed');
  const executed = emptyFunding();
  if (executedMap instanceof Y.Map) {
    for (const f of FUNDING_SOURCES) {
      const v = executedMap.get(f.code);
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) executed[f.code] = pesos(v);
    }
  }
  const medios: MonitoringRecord['medios'] = [];
  const mediosMap = m.get('medios');
  if (mediosMap instanceof Y.Map) {
    for (const [index, v] of mediosMap.entries()) {
      const item = mediosItemSchema.safeParse(v);
      if (item.success && item.data.text.trim() !== '' && /^\d+$/.test(index)) medios.push({ index: Number(index), text: item.data.text, attachments: item.data.attachments });
    }
    medios.sort((a, b) => a.index - b.index);
  }
  const progress = m.get('progress');
  return {
    id: key,
    actionId,
    cycleId,
    level: level.data,
    progress: typeof progress === 'number' ? progress : 0,
    executed,
    medios,
    observaciones: textOf(m, 'observaciones'),
    dificultades: textOf(m, 'dificultades'),
    ajustes: textOf(m, 'ajustes'),
    instrumentRecordId: typeof m.get('instrumentRecordId') === 'string' ? (m.get('instrumentRecordId') as string) : null,
    recordedAt: String(m.get('recordedAt') ?? ''),
    recordedBy: String(m.get('recordedBy') ?? ''),
  };
}

const plainOf = (v: unknown) => (v instanceof Y.Map ? v.toJSON() : v);

export function readMonitoring(doc: Y.Doc): MonitoringView {
  const invalid: string[] = [];
  const entriesByYear = new Map<number, MonitoringPlanEntry[]>();
  for (const [key, v] of entriesOf(doc).entries()) {
    const raw = plainOf(v) as Record<string, unknown>;
    const [yearText] = key.split('|');
    const target = raw.targetKind === 'action' ? { kind: 'action', actionId: raw.targetId } : { kind: 'indicator', goalId: raw.targetId };
    const entry = z
      .object({ id: z.string().min(1), target: z.any(), cargo: z.string().catch(''), frequency: frequencySchema.catch('mensual'), instrumentId: z.string().nullable().catch(null), dataSource: z.string().catch('') })
      .safeParse({ ...raw, target });
    if (!entry.success || typeof raw.targetId !== 'string') {
      invalid.push(`plan:${key}`);
      continue;
    }
    const year = Number(yearText);
    entriesByYear.set(year, [...(entriesByYear.get(year) ?? []), entry.data as MonitoringPlanEntry]);
  }
  const plans: MonitoringPlan[] = [];
  for (const [year, v] of yearsOf(doc).entries()) {
    const p = z.object({ yearStart: z.string(), yearEnd: z.string() }).safeParse(v);
    if (p.success) plans.push({ year: Number(year), ...p.data, entries: (entriesByYear.get(Number(year)) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1)) });
    else invalid.push(`year:${year}`);
  }
  plans.sort((a, b) => a.year - b.year);
  const cycles: MonitoringCycle[] = [];
  for (const [id, v] of cyclesOf(doc).entries()) {
    const c = monitoringCycleSchema.safeParse({ ...(plainOf(v) as object), id });
    if (c.success) cycles.push(c.data);
    else invalid.push(`cycle:${id}`);
  }
  cycles.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  const snapshots: CycleSnapshot[] = [];
  for (const [id, v] of snapshotsOf(doc).entries()) {
    const s = cycleSnapshotSchema.safeParse(v);
    if (s.success && s.data.cycleId === id) snapshots.push(s.data);
    else invalid.push(`snapshot:${id}`);
  }
  const records: RecordDraft[] = [];
  for (const [key, v] of recordsOf(doc).entries()) {
    const r = v instanceof Y.Map ? readRecord(key, v) : null;
    if (r) records.push(r);
    else invalid.push(`record:${key}`);
  }
  const measurementEntries: MeasurementEntry[] = [];
  for (const [id, v] of measurementsOf(doc).entries()) {
    const m = measurementEntrySchema.safeParse({ ...(v as object), id });
    if (m.success) measurementEntries.push(m.data);
    else invalid.push(`measurement:${id}`);
  }
  const measurements = effectiveMeasurements(measurementEntries);
  measurements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const instruments: MonitoringInstrument[] = [];
  for (const [key, v] of instrumentsOf(doc).entries()) {
    const i = monitoringInstrumentSchema.safeParse(v);
    if (i.success && instrumentKey(i.data.id, i.data.version) === key) instruments.push(i.data);
    else invalid.push(`instrument:${key}`);
  }
  const instrumentRecords: InstrumentRecord[] = [];
  for (const [id, v] of instrumentRecordsOf(doc).entries()) {
    const raw = plainOf(v) as Record<string, unknown>;
    const r = instrumentRecordSchema.safeParse({ ...raw, id });
    if (r.success) instrumentRecords.push(r.data);
    else invalid.push(`instrumentRecord:${id}`);
  }
  const deletedRecords: DeletedRecord[] = [];
  for (const [id, v] of recordHistoryOf(doc).entries()) {
    const d = deletedRecordSchema.safeParse(v);
    if (!d.success) {
      invalid.push(`recordHistory:${id}`);
      continue;
    }
    const executed = emptyFunding();
    for (const f of FUNDING_SOURCES) {
      const x = d.data.record.executed[f.code];
      if (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0) executed[f.code] = pesos(x);
    }
    deletedRecords.push({ id, record: { ...d.data.record, executed }, deletedAt: d.data.deletedAt, deletedBy: d.data.deletedBy });
  }
  return { plans, cycles, snapshots, records, measurements, measurementEntries, deletedRecords, instruments, instrumentRecords, invalid };
}

// ——— writing ———

function child(m: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const v = m.get(key);
  if (v instanceof Y.Map) return v as Y.Map<unknown>;
  const c = new Y.Map<unknown>();
  m.set(key, c);
  return c;
}

function assertOpen(doc: Y.Doc, cycleId: string): void {
  const c = cyclesOf(doc).get(cycleId);
  const closedAt = c instanceof Y.Map ? c.get('closedAt') : (c as { closedAt?: unknown } | undefined)?.closedAt;
  if (closedAt != null || snapshotsOf(doc).has(cycleId)) throw new ClosedCycleError(cycleId);
}

/** Throws, writing nothing, when the year's dates are not a school year (B-1). */
export function setPlanYear(doc: Y.Doc, year: number, yearStart: string, yearEnd: string, origin: unknown): void {
  schoolYearSchema.parse({ start: yearStart, end: yearEnd });
  doc.transact(() => yearsOf(doc).set(String(year), { yearStart, yearEnd }), origin);
}

export function putPlanEntry(doc: Y.Doc, year: number, target: PlanTarget, fields: Partial<Pick<MonitoringPlanEntry, 'cargo' | 'frequency' | 'instrumentId' | 'dataSource'>>, origin: unknown): void {
  const key = `${year}|${targetKey(target)}`;
  doc.transact(() => {
    let entry = entriesOf(doc).get(key);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      entriesOf(doc).set(key, entry);
      const e = entry as Y.Map<unknown>;
      e.set('id', targetKey(target));
      e.set('targetKind', target.kind);
      e.set('targetId', target.kind === 'action' ? target.actionId : target.goalId);
    }
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && (entry as Y.Map<unknown>).get(k) !== v) (entry as Y.Map<unknown>).set(k, v);
  }, origin);
}

export function putCycle(doc: Y.Doc, cycle: Pick<MonitoringCycle, 'id' | 'year' | 'name' | 'start' | 'end'>, origin: unknown): void {
  const parsed = monitoringCycleSchema.parse(cycle);
  const existing = cyclesOf(doc).get(parsed.id);
  if (existing !== undefined) assertOpen(doc, parsed.id);
  doc.transact(() => {
    const m: Y.Map<unknown> = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : new Y.Map<unknown>();
    if (!(existing instanceof Y.Map)) cyclesOf(doc).set(parsed.id, m);
    for (const k of ['year', 'name', 'start', 'end'] as const) if (m.get(k) !== parsed[k]) m.set(k, parsed[k]);
  }, origin);
}

/** Freezes the cycle: its snapshot is written once; records of the cycle become read-only. */
export function storeClosedCycle(doc: Y.Doc, snapshot: CycleSnapshot, origin: unknown): void {
  const parsed = cycleSnapshotSchema.parse(snapshot);
  assertOpen(doc, parsed.cycleId);
  doc.transact(() => {
    snapshotsOf(doc).set(parsed.cycleId, JSON.parse(JSON.stringify(parsed)));
    const c = cyclesOf(doc).get(parsed.cycleId);
    if (c instanceof Y.Map) {
      c.set('closedAt', parsed.closedAt);
      c.set('closedBy', parsed.closedBy);
    }
  }, origin);
}

export const recordKeyOf = (actionId: string, cycleId: string, userId: string) => `${actionId}|${cycleId}|${userId}`;

export interface RecordFields {
  level?: ImplementationLevel;
  progress?: number;
  executed?: Partial<Record<(typeof FUNDING_SOURCES)[number]['code'], number>>;
  observaciones?: string;
  dificultades?: string;
  ajustes?: string;
  instrumentRecordId?: string | null;
}

/** Writes one person's record of one action in one cycle; only the fields given. */
export function putRecord(
  doc: Y.Doc,
  who: { userId: string; name: string },
  actionId: string,
  cycleId: string,
  fields: RecordFields,
  recordedAt: string,
  origin: unknown,
): string {
  assertOpen(doc, cycleId);
  for (const [source, v] of Object.entries(fields.executed ?? {})) {
    if (v !== undefined && pesosError(v) !== null) throw new RangeError(`monitoring: executed ${source} ${v} is out of bounds`);
  }
  const key = recordKeyOf(actionId, cycleId, who.userId);
  doc.transact(() => {
    let m = recordsOf(doc).get(key);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      recordsOf(doc).set(key, m);
      const r = m as Y.Map<unknown>;
      r.set('actionId', actionId);
      r.set('cycleId', cycleId);
    }
    const r = m as Y.Map<unknown>;
    if (fields.level !== undefined && r.get('level') !== fields.level) r.set('level', fields.level);
    if (fields.progress !== undefined && r.get('progress') !== fields.progress) r.set('progress', fields.progress);
    if (fields.executed) {
      const ex = child(r, 'executed');
      for (const [k, v] of Object.entries(fields.executed)) if (v !== undefined && ex.get(k) !== v) ex.set(k, v);
    }
    for (const k of ['observaciones', 'dificultades', 'ajustes'] as const) {
      const v = fields[k];
      if (v === undefined) continue;
      const t = r.get(k);
      if (t instanceof Y.Text) applyTextChange(t, v);
      else r.set(k, new Y.Text(v));
    }
    if (fields.instrumentRecordId !== undefined) r.set('instrumentRecordId', fields.instrumentRecordId);
    r.set('recordedAt', recordedAt);
    if (r.get('recordedBy') !== who.name) r.set('recordedBy', who.name);
  }, origin);
  return key;
}

/** Ticks (or unticks, with null) a medio de verificación of the action in a record, with its evidence. */
export function setMedio(doc: Y.Doc, recordKey: string, index: number, value: { text: string; attachments: AttachmentRef[] } | null, recordedAt: string, origin: unknown): void {
  const m = recordsOf(doc).get(recordKey);
  if (!(m instanceof Y.Map)) throw new Error(`monitoring: no record ${recordKey}`);
  assertOpen(doc, String(m.get('cycleId')));
  doc.transact(() => {
    const medios = child(m, 'medios');
    if (value === null) medios.delete(String(index));
    else medios.set(String(index), mediosItemSchema.parse(value));
    m.set('recordedAt', recordedAt);
  }, origin);
}

/** Writes a new reading once; `supersedes` names the reading it corrects. */
export function putMeasurement(doc: Y.Doc, measurement: IndicatorMeasurement, origin: unknown, meta: { recordedAt?: string; supersedes?: string } = {}): void {
  const { id, ...rest } = indicatorMeasurementSchema.parse(measurement);
  assertOpen(doc, rest.cycleId);
  if (measurementsOf(doc).has(id)) throw new Error(`monitoring: measurement ${id} exists; a correction is a new entry`);
  if (meta.supersedes !== undefined) {
    const old = storedMeasurement(doc, meta.supersedes);
    assertOpen(doc, old.cycleId);
  }
  const entry = { ...rest, supersedes: meta.supersedes ?? null, recordedAt: meta.recordedAt ?? null, deletedAt: null, deletedBy: null };
  doc.transact(() => measurementsOf(doc).set(id, entry), origin);
}

function storedMeasurement(doc: Y.Doc, id: string): MeasurementEntry {
  const parsed = measurementEntrySchema.safeParse({ ...(measurementsOf(doc).get(id) as object), id });
  if (!parsed.success) throw new Error(`monitoring: no measurement ${id}`);
  return parsed.data;
}

/** Corrects a reading: a new entry that supersedes it; the old one stays in the history. */
export function correctMeasurement(doc: Y.Doc, oldId: string, corrected: IndicatorMeasurement, recordedAt: string, origin: unknown): void {
  putMeasurement(doc, corrected, origin, { recordedAt, supersedes: oldId });
}

/** Marks a reading deleted with who and when; it stays in the history and no longer counts. */
export function deleteMeasurement(doc: Y.Doc, id: string, by: string, at: string, origin: unknown): void {
  const old = storedMeasurement(doc, id);
  assertOpen(doc, old.cycleId);
  const { id: _id, ...rest } = old;
  doc.transact(() => measurementsOf(doc).set(id, { ...rest, deletedAt: at, deletedBy: by }), origin);
}

/**
 * Deletes one person's record of an action in an open corte: a copy of it as it was goes to
 * `mon.recordHistory` with who and when, and the live record is removed, so the person can start again.
 */
export function deleteRecord(doc: Y.Doc, recordKey: string, by: string, at: string, origin: unknown): void {
  const m = recordsOf(doc).get(recordKey);
  if (!(m instanceof Y.Map)) return;
  assertOpen(doc, String(m.get('cycleId')));
  const record = readRecord(recordKey, m);
  if (!record) throw new Error(`monitoring: record ${recordKey} cannot be read`);
  doc.transact(() => {
    recordHistoryOf(doc).set(`${recordKey}|${at}`, { record: JSON.parse(JSON.stringify(record)), deletedAt: at, deletedBy: by });
    recordsOf(doc).delete(recordKey);
  }, origin);
}


/** Stores an instrument version. A version already used by a record is never overwritten. */
export function putInstrument(doc: Y.Doc, instrument: MonitoringInstrument, origin: unknown): void {
  const parsed = monitoringInstrumentSchema.parse(instrument);
  const key = instrumentKey(parsed.id, parsed.version);
  const used = [...instrumentRecordsOf(doc).values()].some((v) => {
    const r = plainOf(v) as { instrumentId?: string; instrumentVersion?: number };
    return r.instrumentId === parsed.id && r.instrumentVersion === parsed.version;
  });
  if (used) throw new Error(`monitoring: instrument ${key} has records; save a new version`);
  doc.transact(() => instrumentsOf(doc).set(key, JSON.parse(JSON.stringify(parsed))), origin);
}

export function putInstrumentAnswer(doc: Y.Doc, record: Omit<InstrumentRecord, 'answers'>, fieldId: string, answer: Answer, origin: unknown): void {
  assertOpen(doc, record.cycleId);
  const value = answerSchema.parse(answer);
  doc.transact(() => {
    let m = instrumentRecordsOf(doc).get(record.id);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      instrumentRecordsOf(doc).set(record.id, m);
      const r = m as Y.Map<unknown>;
      for (const [k, v] of Object.entries(record)) if (k !== 'id') r.set(k, v);
      r.set('answers', new Y.Map());
    }
    child(m as Y.Map<unknown>, 'answers').set(fieldId, value);
    (m as Y.Map<unknown>).set('recordedAt', record.recordedAt);
  }, origin);
}

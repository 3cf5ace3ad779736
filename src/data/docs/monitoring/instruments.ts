// Monitoring instruments (versions frozen once a record uses them) and their filled records.
import * as Y from 'yjs';
import {
  answerSchema,
  instrumentKey,
  instrumentRecordSchema,
  monitoringInstrumentSchema,
  type Answer,
  type InstrumentRecord,
  type MonitoringInstrument,
} from '../../../domain/monitoring/instruments.ts';
import { assertOpen, child, instrumentRecordsOf, instrumentsOf, plainOf } from './roots.ts';

export function readInstruments(doc: Y.Doc, invalid: string[]): MonitoringInstrument[] {
  const instruments: MonitoringInstrument[] = [];
  for (const [key, v] of instrumentsOf(doc).entries()) {
    const i = monitoringInstrumentSchema.safeParse(v);
    if (i.success && instrumentKey(i.data.id, i.data.version) === key) instruments.push(i.data);
    else invalid.push(`instrument:${key}`);
  }
  return instruments;
}

export function readInstrumentRecords(doc: Y.Doc, invalid: string[]): InstrumentRecord[] {
  const records: InstrumentRecord[] = [];
  for (const [id, v] of instrumentRecordsOf(doc).entries()) {
    const r = instrumentRecordSchema.safeParse({ ...(plainOf(v) as Record<string, unknown>), id });
    if (r.success) records.push(r.data);
    else invalid.push(`instrumentRecord:${id}`);
  }
  return records;
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

export function putInstrumentAnswer(
  doc: Y.Doc,
  record: Omit<InstrumentRecord, 'answers'>,
  fieldId: string,
  answer: Answer,
  origin: unknown,
): void {
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

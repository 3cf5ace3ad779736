// One person's record of one action in one corte, and the history of deleted records.
// The record is read with the domain's draft schema and written only when the domain's record
// schema accepts its % de avance (MO-H3: one rule, in `monitoringRecordSchema`).
import * as Y from 'yjs';
import type { FUNDING_SOURCES } from '../../../domain/pme/model.ts';
import { pesosError } from '../../../domain/shared/money.ts';
import { attachmentRefSchema, type AttachmentRef } from '../../../domain/wire/attachments.ts';
import type { ImplementationLevel } from '../../../domain/monitoring/levels.ts';
import {
  monitoringRecordDraftSchema,
  recordProgressProblem,
  type MonitoringRecord,
} from '../../../domain/monitoring/records.ts';
import { applyTextChange } from '../../textDiff.ts';
import { assertOpen, child, recordHistoryOf, recordsOf } from './roots.ts';
import { z } from 'zod';

/** A record as stored: lenient while being filled (progress may still be outside its level's range). */
export type RecordDraft = MonitoringRecord;

export interface DeletedRecord {
  id: string;
  record: RecordDraft;
  deletedAt: string;
  deletedBy: string;
}

export const NOTE_FIELDS = ['observaciones', 'dificultades', 'ajustes'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

export interface RecordFields {
  level?: ImplementationLevel;
  progress?: number;
  executed?: Partial<Record<(typeof FUNDING_SOURCES)[number]['code'], number>>;
  observaciones?: string;
  dificultades?: string;
  ajustes?: string;
  instrumentRecordId?: string | null;
}

export const recordKeyOf = (actionId: string, cycleId: string, userId: string) => `${actionId}|${cycleId}|${userId}`;

const deletedRecordSchema = z.object({
  record: monitoringRecordDraftSchema,
  deletedAt: z.string().min(1),
  deletedBy: z.string().min(1),
});
const mediosItemSchema = z.object({ text: z.string().max(500), attachments: z.array(attachmentRefSchema).catch([]) });

const textOf = (m: Y.Map<unknown>, k: string) => {
  const v = m.get(k);
  return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : undefined;
};

/** The ticked medios as stored (index → { text, attachments }), as a list for the schema. */
function mediosOf(medios: Y.Map<unknown>): unknown[] {
  const indexed = [...medios.entries()].filter(([i]) => /^\d+$/.test(i));
  return indexed.map(([i, v]) => ({ ...(v as object), index: Number(i) }));
}

/** The stored record under `key`, parsed with the domain's draft schema; null when it cannot be read. */
export function readRecord(key: string, m: Y.Map<unknown>): RecordDraft | null {
  const medios = m.get('medios');
  const executed = m.get('executed');
  const raw = {
    ...Object.fromEntries([...m.entries()].filter(([, v]) => !(v instanceof Y.AbstractType))),
    ...Object.fromEntries(NOTE_FIELDS.map((k) => [k, textOf(m, k)])),
    id: key,
    executed: executed instanceof Y.Map ? executed.toJSON() : undefined,
    medios: medios instanceof Y.Map ? mediosOf(medios) : [],
  };
  const parsed = monitoringRecordDraftSchema.safeParse(raw);
  return parsed.success ? (parsed.data as RecordDraft) : null;
}

export function readRecords(doc: Y.Doc, invalid: string[]): RecordDraft[] {
  const records: RecordDraft[] = [];
  for (const [key, v] of recordsOf(doc).entries()) {
    const r = v instanceof Y.Map ? readRecord(key, v) : null;
    if (r) records.push(r);
    else invalid.push(`record:${key}`);
  }
  return records;
}

export function readDeletedRecords(doc: Y.Doc, invalid: string[]): DeletedRecord[] {
  const deleted: DeletedRecord[] = [];
  for (const [id, v] of recordHistoryOf(doc).entries()) {
    const d = deletedRecordSchema.safeParse(v);
    if (d.success) deleted.push({ id, ...d.data, record: d.data.record as RecordDraft });
    else invalid.push(`recordHistory:${id}`);
  }
  return deleted;
}

/** Refuses a level and % that do not fit (MO-H3), asking the domain's record schema. */
function assertProgressFits(doc: Y.Doc, key: string, fields: RecordFields): void {
  if (fields.level === undefined && fields.progress === undefined) return;
  const stored = recordsOf(doc).get(key);
  const current = stored instanceof Y.Map ? readRecord(key, stored) : null;
  const level = fields.level ?? current?.level ?? 'no-efectuada';
  const progress = fields.progress ?? current?.progress ?? 0;
  const problem = recordProgressProblem(level, progress);
  if (problem) throw new RangeError(`monitoring: progress ${progress} does not fit level ${level} (${problem})`);
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
    if (v !== undefined && pesosError(v) !== null) {
      throw new RangeError(`monitoring: executed ${source} ${v} is out of bounds`);
    }
  }
  const key = recordKeyOf(actionId, cycleId, who.userId);
  assertProgressFits(doc, key, fields);
  doc.transact(() => {
    let m = recordsOf(doc).get(key);
    const created = !(m instanceof Y.Map);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      recordsOf(doc).set(key, m);
      const r = m as Y.Map<unknown>;
      r.set('actionId', actionId);
      r.set('cycleId', cycleId);
    }
    const r = m as Y.Map<unknown>;
    // Bookkeeping only with a change (YS-2): a write that changes nothing leaves no trace.
    if (!writeFields(r, fields) && !created) return;
    r.set('recordedAt', recordedAt);
    if (r.get('recordedBy') !== who.name) r.set('recordedBy', who.name);
  }, origin);
  return key;
}

/** Writes the fields that differ from the record's; true when one did. */
function writeFields(r: Y.Map<unknown>, fields: RecordFields): boolean {
  let changed = false;
  const set = (k: string, v: unknown) => {
    if (r.get(k) !== v) (r.set(k, v), (changed = true));
  };
  if (fields.level !== undefined) set('level', fields.level);
  if (fields.progress !== undefined) set('progress', fields.progress);
  if (fields.executed) {
    const ex = child(r, 'executed');
    for (const [k, v] of Object.entries(fields.executed))
      if (v !== undefined && ex.get(k) !== v) (ex.set(k, v), (changed = true));
  }
  for (const k of NOTE_FIELDS) {
    const v = fields[k];
    if (v === undefined) continue;
    const t = r.get(k);
    if (t instanceof Y.Text) {
      if (t.toString() !== v) (applyTextChange(t, v), (changed = true));
    } else (r.set(k, new Y.Text(v)), (changed = true));
  }
  if (fields.instrumentRecordId !== undefined) set('instrumentRecordId', fields.instrumentRecordId);
  return changed;
}

/** Ticks (or unticks, with null) a medio de verificación of the action in a record, with its evidence. */
export function setMedio(
  doc: Y.Doc,
  recordKey: string,
  index: number,
  value: { text: string; attachments: AttachmentRef[] } | null,
  recordedAt: string,
  origin: unknown,
): void {
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
    const copy = { record: JSON.parse(JSON.stringify(record)), deletedAt: at, deletedBy: by };
    recordHistoryOf(doc).set(`${recordKey}|${at}`, copy);
    recordsOf(doc).delete(recordKey);
  }, origin);
}

// The roots of the school's `monitoring` document (issue 7). Every key is a top-level Y.Map:
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
// - `mon.instrumentRecords`: id → Y.Map { …, answers: Y.Map fieldId → answer };
// - `mon.decisions:<cycleId>`: a root Y.Text per corte, its decisions (FT-4, see decisions.ts).
// Writes into a closed cycle are refused here, not only in the UI.
import * as Y from 'yjs';

export const yearsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.years');
export const entriesOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.planEntries');
export const cyclesOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.cycles');
export const snapshotsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.snapshots');
export const recordsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.records');
export const measurementsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.measurements');
export const instrumentsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.instruments');
export const instrumentRecordsOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.instrumentRecords');
export const recordHistoryOf = (doc: Y.Doc) => doc.getMap<unknown>('mon.recordHistory');

export class ClosedCycleError extends Error {
  constructor(cycleId: string) {
    super(`monitoring: cycle ${cycleId} is closed; its records are read-only`);
    this.name = 'ClosedCycleError';
  }
}

export function assertOpen(doc: Y.Doc, cycleId: string): void {
  const c = cyclesOf(doc).get(cycleId);
  const closedAt = c instanceof Y.Map ? c.get('closedAt') : (c as { closedAt?: unknown } | undefined)?.closedAt;
  if (closedAt != null || snapshotsOf(doc).has(cycleId)) throw new ClosedCycleError(cycleId);
}

/** The nested map `key` of `m`, created when absent. */
export function child(m: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const v = m.get(key);
  if (v instanceof Y.Map) return v as Y.Map<unknown>;
  const c = new Y.Map<unknown>();
  m.set(key, c);
  return c;
}

export const plainOf = (v: unknown) => (v instanceof Y.Map ? v.toJSON() : v);

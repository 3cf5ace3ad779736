// A school's results data (SIMCE, IDPS, eficiencia interna) in its diagnosis document
// (`school:<rbd>:diagnosis`), in three top-level Y.Maps keyed by each row's natural key:
// - results.simce: `<year>|<grade>|<test>` → SimceResult;
// - results.idps: `<year>|<grade>|<indicator>` → IdpsResult;
// - results.efficiency: `<year>` → EfficiencyYear.
// Each entry is one plain validated object: two people entering different rows merge, the same
// row is last-writer-wins. One import is written in one transaction (all rows or none).
// Everything read back is validated; an invalid entry is skipped and reported, never deleted.
import type * as Y from 'yjs';
import type { z } from 'zod';
import {
  efficiencyYearSchema,
  efficiencyYearShape,
  idpsResultSchema,
  simceResultSchema,
  type EfficiencyYear,
  type IdpsResult,
  type SimceResult,
  simceKey,
  idpsKey,
  efficiencyKey,
} from '../../../domain/results/schemas.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { DocHandle } from '../handle.ts';
import { rootsView, type View } from '../view.ts';

export const simceOf = (doc: Y.Doc) => doc.getMap<unknown>('results.simce');
export const idpsOf = (doc: Y.Doc) => doc.getMap<unknown>('results.idps');
export const efficiencyOf = (doc: Y.Doc) => doc.getMap<unknown>('results.efficiency');

export interface ReadRows<T> {
  /** Valid rows with their keys, sorted by key. */
  items: { key: string; row: T }[];
  problems: string[];
}

function readMap<T>(map: Y.Map<unknown>, schema: z.ZodType<T>, keyOf: (row: T) => string, what: string): ReadRows<T> {
  const items: { key: string; row: T }[] = [];
  const problems: string[] = [];
  for (const [key, value] of map.entries()) {
    const parsed = schema.safeParse(value);
    if (parsed.success && keyOf(parsed.data) === key) items.push({ key, row: parsed.data });
    else problems.push(`${what} ${key} is invalid`);
  }
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { items, problems };
}

/** Validates every row first, then writes them all in one transaction; throws (writing nothing) on an invalid row. */
function putRows<T>(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  schema: z.ZodType<T>,
  keyOf: (row: T) => string,
  rows: readonly T[],
  origin: unknown,
): void {
  const valid = rows.map((row) => schema.parse(row));
  doc.transact(() => {
    for (const row of valid) map.set(keyOf(row), row);
  }, origin);
}

export const readSimce = (doc: Y.Doc) => readMap(simceOf(doc), simceResultSchema, simceKey, 'simce');
export const readIdps = (doc: Y.Doc) => readMap(idpsOf(doc), idpsResultSchema, idpsKey, 'idps');
// Read with the shape only: a year saved before the sum rule (B-1) is shown with its message, not hidden.
export const readEfficiency = (doc: Y.Doc) =>
  readMap(efficiencyOf(doc), efficiencyYearShape, efficiencyKey, 'efficiency');

export const putSimceRows = (doc: Y.Doc, rows: readonly SimceResult[], origin: unknown) =>
  putRows(doc, simceOf(doc), simceResultSchema, simceKey, rows, origin);
export const putIdpsRows = (doc: Y.Doc, rows: readonly IdpsResult[], origin: unknown) =>
  putRows(doc, idpsOf(doc), idpsResultSchema, idpsKey, rows, origin);
export const putEfficiencyRows = (doc: Y.Doc, rows: readonly EfficiencyYear[], origin: unknown) =>
  putRows(doc, efficiencyOf(doc), efficiencyYearSchema, efficiencyKey, rows, origin);

export const deleteSimce = (doc: Y.Doc, key: string, origin: unknown) =>
  doc.transact(() => simceOf(doc).delete(key), origin);
export const deleteIdps = (doc: Y.Doc, key: string, origin: unknown) =>
  doc.transact(() => idpsOf(doc).delete(key), origin);
export const deleteEfficiency = (doc: Y.Doc, key: string, origin: unknown) =>
  doc.transact(() => efficiencyOf(doc).delete(key), origin);

export interface Keyed<T> {
  key: string;
  row: T;
}

/** The valid rows of the three tables, each with its key (what a delete names). */
export interface ResultsData {
  simce: Keyed<SimceResult>[];
  idps: Keyed<IdpsResult>[];
  efficiency: Keyed<EfficiencyYear>[];
}

function readResults(doc: Y.Doc): ResultsData {
  const simce = readSimce(doc);
  const idps = readIdps(doc);
  const efficiency = readEfficiency(doc);
  const problems = [...simce.problems, ...idps.problems, ...efficiency.problems];
  if (problems.length > 0) console.error(`Results data: ${problems.join('; ')}`);
  return { simce: simce.items, idps: idps.items, efficiency: efficiency.items };
}

/** SIMCE, IDPS and eficiencia interna: imports (all rows or none), manual rows and deletes. */
export class ResultsHandle extends DocHandle {
  readonly view: View<ResultsData> = rootsView([simceOf(this.doc), idpsOf(this.doc), efficiencyOf(this.doc)], () =>
    readResults(this.doc),
  );

  /** Throws (writing nothing) when any row is invalid. */
  putSimce(rows: readonly SimceResult[]): void {
    this.edit(() => putSimceRows(this.doc, rows, LOCAL_EDIT));
  }

  putIdps(rows: readonly IdpsResult[]): void {
    this.edit(() => putIdpsRows(this.doc, rows, LOCAL_EDIT));
  }

  putEfficiency(rows: readonly EfficiencyYear[]): void {
    this.edit(() => putEfficiencyRows(this.doc, rows, LOCAL_EDIT));
  }

  deleteSimce(key: string): void {
    this.edit(() => deleteSimce(this.doc, key, LOCAL_EDIT));
  }

  deleteIdps(key: string): void {
    this.edit(() => deleteIdps(this.doc, key, LOCAL_EDIT));
  }

  deleteEfficiency(key: string): void {
    this.edit(() => deleteEfficiency(this.doc, key, LOCAL_EDIT));
  }
}

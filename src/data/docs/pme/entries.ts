// The four keyed roots of entries (objetivos, metas, estrategias, acciones): reading one root or one
// entry, and the writes that create, patch, delete (mark) and restore entries.
import * as Y from 'yjs';
import { emptyFunding } from '../../../domain/pme/model.ts';
import {
  draftActionSchema,
  draftGoalSchema,
  draftObjectiveSchema,
  draftStrategySchema,
} from '../../../domain/pme/draft.ts';
import { deletionSchema, editedSinceDeletion, type Deletion } from '../../../domain/pme/tombstones.ts';
import { applyPatch, editsOf, rawFields, type EntryPatch } from './fields.ts';
import { ENTRY_KINDS, entriesOf, type EntryKind } from './layout.ts';

export interface DeletedEntry {
  kind: EntryKind;
  id: string;
  title: string;
  deletion: Deletion;
  /** Someone edited it after (or without seeing) the deletion: a conflict to show. */
  editedSince: boolean;
}

/** One root read: live entries in display order, what was deleted, what could not be read. */
export interface EntriesRead {
  live: unknown[];
  order: Record<string, number>;
  deleted: DeletedEntry[];
  invalid: string[];
}

function toEntity(kind: EntryKind, id: string, entry: Y.Map<unknown>): unknown {
  const raw: Record<string, unknown> = { ...rawFields(kind, entry), id };
  switch (kind) {
    case 'objective':
      return draftObjectiveSchema.safeParse(raw).data ?? null;
    case 'goal': {
      const targets = Object.entries((raw.targets as Record<string, unknown>) ?? {})
        .map(([year, value]) => ({ year: Number(year), value: typeof value === 'number' ? value : null }))
        .filter((t) => Number.isInteger(t.year))
        .sort((a, b) => a.year - b.year);
      return draftGoalSchema.safeParse({ ...raw, targets }).data ?? null;
    }
    case 'strategy':
      return draftStrategySchema.safeParse(raw).data ?? null;
    case 'action': {
      const financiamiento = { ...emptyFunding(), ...(raw.financiamiento as object) };
      return draftActionSchema.safeParse({ ...raw, financiamiento }).data ?? null;
    }
  }
}

function titleOf(kind: EntryKind, e: unknown): string {
  const x = e as { text?: string; nombre?: string };
  return ((kind === 'action' ? x.nombre : x.text) ?? '').trim();
}

/** One live entry as the domain sees it; null when absent, deleted or unreadable. */
export function readEntry(doc: Y.Doc, kind: EntryKind, id: string): unknown {
  const entry = entriesOf(doc, kind).get(id);
  if (!(entry instanceof Y.Map) || entry.has('deleted')) return null;
  return toEntity(kind, id, entry);
}

export function readEntries(doc: Y.Doc, kind: EntryKind): EntriesRead {
  const out: EntriesRead = { live: [], order: {}, deleted: [], invalid: [] };
  const rows: { e: unknown; order: number; id: string }[] = [];
  for (const [id, entry] of entriesOf(doc, kind).entries()) {
    const e = entry instanceof Y.Map ? toEntity(kind, id, entry) : null;
    if (e === null) {
      out.invalid.push(`${kind}:${id}`);
      continue;
    }
    const o = typeof entry.get('order') === 'number' ? (entry.get('order') as number) : 0;
    out.order[id] = o;
    const del = entry.has('deleted') ? deletionSchema.safeParse(entry.get('deleted')) : null;
    if (del?.success) {
      const editedSince = editedSinceDeletion(del.data, editsOf(entry));
      out.deleted.push({ kind, id, title: titleOf(kind, e), deletion: del.data, editedSince });
    } else rows.push({ e, order: o, id });
  }
  rows.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  out.live = rows.map((r) => r.e);
  return out;
}

/** Creates an entry with its initial fields. `order` is its creation time (stable display order). */
export function createEntry(
  doc: Y.Doc,
  kind: EntryKind,
  id: string,
  fields: EntryPatch,
  origin: unknown,
  order = Date.now(),
): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entriesOf(doc, kind).set(id, entry);
    entry.set('order', order);
    applyPatch(doc, kind, entry, fields);
  }, origin);
}

/** Writes only the given fields; unchanged values are not written (no edit counted). */
export function updateEntry(doc: Y.Doc, kind: EntryKind, id: string, patch: EntryPatch, origin: unknown): void {
  const entry = entriesOf(doc, kind).get(id);
  if (!(entry instanceof Y.Map)) throw new Error(`pme: no ${kind} ${id}`);
  doc.transact(() => applyPatch(doc, kind, entry, patch), origin);
}

type Live = [string, Y.Map<unknown>][];
const liveOf = (doc: Y.Doc, k: EntryKind): Live =>
  [...entriesOf(doc, k).entries()].filter(([, e]) => e instanceof Y.Map && !e.has('deleted'));

/** Children deleted together with an objective (metas, estrategias and their acciones) or a strategy. */
function childrenOf(doc: Y.Doc, kind: EntryKind, id: string): [EntryKind, string][] {
  const out: [EntryKind, string][] = [];
  if (kind === 'objective') {
    for (const [gid, e] of liveOf(doc, 'goal')) if (e.get('objectiveId') === id) out.push(['goal', gid]);
    for (const [sid, e] of liveOf(doc, 'strategy')) {
      if (e.get('objectiveId') === id) out.push(['strategy', sid], ...childrenOf(doc, 'strategy', sid));
    }
  }
  if (kind === 'strategy') {
    for (const [aid, e] of liveOf(doc, 'action')) if (e.get('strategyId') === id) out.push(['action', aid]);
  }
  return out;
}

export function deleteEntry(
  doc: Y.Doc,
  kind: EntryKind,
  id: string,
  byName: string,
  at: string,
  origin: unknown,
): void {
  const entry = entriesOf(doc, kind).get(id);
  if (!(entry instanceof Y.Map)) return;
  doc.transact(() => {
    const mark = (e: Y.Map<unknown>, cascadeOf: string | null) => {
      const deletion: Deletion = { at, byName, seen: { ...editsOf(e) }, cascadeOf };
      e.set('deleted', deletion);
    };
    for (const [k, cid] of childrenOf(doc, kind, id)) mark(entriesOf(doc, k).get(cid)!, id);
    mark(entry, null);
  }, origin);
}

/** Undeletes the entry, what was deleted with it, and the parents it needs to be shown. */
export function restoreEntry(doc: Y.Doc, kind: EntryKind, id: string, origin: unknown): void {
  const entry = entriesOf(doc, kind).get(id);
  if (!(entry instanceof Y.Map)) return;
  doc.transact(() => {
    entry.delete('deleted');
    for (const k of ENTRY_KINDS) {
      for (const e of entriesOf(doc, k).values()) {
        if (!(e instanceof Y.Map)) continue;
        const d = deletionSchema.safeParse(e.get('deleted'));
        if (d.success && d.data.cascadeOf === id) e.delete('deleted');
      }
    }
    const parent = (k: EntryKind, pid: unknown) => {
      const p = typeof pid === 'string' ? entriesOf(doc, k).get(pid) : undefined;
      if (p instanceof Y.Map && p.has('deleted')) p.delete('deleted');
      return p;
    };
    if (kind === 'goal' || kind === 'strategy') parent('objective', entry.get('objectiveId'));
    if (kind === 'action') {
      const s = parent('strategy', entry.get('strategyId'));
      if (s instanceof Y.Map) parent('objective', s.get('objectiveId'));
    }
  }, origin);
}

/** The user saw the conflict and keeps the entry deleted: the edits so far count as seen. */
export function confirmDeletion(doc: Y.Doc, kind: EntryKind, id: string, origin: unknown): void {
  const entry = entriesOf(doc, kind).get(id);
  const d = entry instanceof Y.Map ? deletionSchema.safeParse(entry.get('deleted')) : null;
  if (!entry || !d?.success) return;
  doc.transact(() => entry.set('deleted', { ...d.data, seen: { ...editsOf(entry) } }), origin);
}

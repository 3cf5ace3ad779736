// Reading and writing the fields of one PME entry, by the storage type its spec gives each field.
import * as Y from 'yjs';
import { z } from 'zod';
import type { EditCounts } from '../../../domain/pme/tombstones.ts';
import { applyTextChange } from '../../textDiff.ts';
import { SPECS, listItemSchema, type EntryKind, type FieldType, type Spec } from './layout.ts';

export type EntryPatch = Record<string, unknown>;
type ListItem = z.infer<typeof listItemSchema>;

function storedList(m: Y.Map<unknown>): { id: string; order: number; item: ListItem }[] {
  return [...m.entries()]
    .flatMap(([id, raw]) => {
      const item = listItemSchema.safeParse(raw).data;
      return item ? [{ id, order: item.order, item }] : [];
    })
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

function readField(entry: Y.Map<unknown>, key: string, type: FieldType): unknown {
  const v = entry.get(key);
  switch (type) {
    case 'text':
      return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '';
    case 'value':
      return v;
    case 'flags':
      return v instanceof Y.Map ? [...v.keys()].filter((k) => v.get(k) === true).sort() : [];
    case 'numbers':
      return v instanceof Y.Map ? Object.fromEntries(v.entries()) : {};
    case 'list':
      return v instanceof Y.Map ? storedList(v as Y.Map<unknown>).map((x) => x.item.text) : [];
  }
}

/** The raw fields of an entry, nested ("indicator.name" → indicator.name). */
export function rawFields(kind: EntryKind, entry: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(SPECS[kind])) {
    const value = readField(entry, key, type);
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else out[head] = { ...((out[head] as object | undefined) ?? {}), [tail]: value };
  }
  return out;
}

/** Edits counted per device (client id): what a deletion compares against to detect a conflict. */
export const editsOf = (entry: Y.Map<unknown>): EditCounts => {
  const v = entry.get('edits');
  if (!(v instanceof Y.Map)) return {};
  return Object.fromEntries([...v.entries()].filter(([, n]) => typeof n === 'number')) as EditCounts;
};

function countEdit(doc: Y.Doc, entry: Y.Map<unknown>): void {
  const m = childMap(entry, 'edits');
  const key = String(doc.clientID);
  m.set(key, ((m.get(key) as number | undefined) ?? 0) + 1);
}

function childMap(entry: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const v = entry.get(key);
  if (v instanceof Y.Map) return v as Y.Map<unknown>;
  const m = new Y.Map<unknown>();
  entry.set(key, m);
  return m;
}

function writeText(entry: Y.Map<unknown>, key: string, value: unknown): boolean {
  const v = entry.get(key);
  const next = String(value ?? '');
  if (v instanceof Y.Text) {
    if (v.toString() === next) return false;
    applyTextChange(v, next);
  } else entry.set(key, new Y.Text(next));
  return true;
}

function writeFlags(m: Y.Map<unknown>, value: unknown): boolean {
  const want = new Set(value as string[]);
  let changed = false;
  for (const k of [...m.keys()]) if (!want.has(k)) (m.delete(k), (changed = true));
  for (const k of want) if (m.get(k) !== true) (m.set(k, true), (changed = true));
  return changed;
}

// Only the keys given are written: a patch of one amount leaves the others alone.
function writeNumbers(m: Y.Map<unknown>, value: unknown): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(value as Record<string, number | null>)) {
    if (m.get(k) !== v) (m.set(k, v), (changed = true));
  }
  return changed;
}

// A list of texts given in full: kept items keep their ids (so concurrent edits of different items
// merge); the order is renumbered only where it changed.
function writeList(m: Y.Map<unknown>, value: unknown, clientId: number): boolean {
  const next = (value as string[]).map((t) => t.trim());
  const current = storedList(m);
  let changed = false;
  next.forEach((text, i) => {
    const slot = current[i];
    if (slot) {
      if (slot.item.text !== text || slot.item.order !== i) (m.set(slot.id, { text, order: i }), (changed = true));
    } else {
      m.set(`${clientId}-${Date.now().toString(36)}-${i}`, { text, order: i });
      changed = true;
    }
  });
  for (const slot of current.slice(next.length)) (m.delete(slot.id), (changed = true));
  return changed;
}

function writeField(entry: Y.Map<unknown>, key: string, type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'text':
      return writeText(entry, key, value);
    case 'value':
      if (value === undefined || entry.get(key) === value) return false;
      entry.set(key, value);
      return true;
    case 'flags':
      return writeFlags(childMap(entry, key), value);
    case 'numbers':
      return writeNumbers(childMap(entry, key), value);
    case 'list':
      return writeList(childMap(entry, key), value, entry.doc?.clientID ?? 0);
  }
}

function flatten(patch: EntryPatch, spec: Spec): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key in spec) out.push([key, value]);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, v] of Object.entries(value)) if (`${key}.${sub}` in spec) out.push([`${key}.${sub}`, v]);
    }
  }
  return out;
}

function targetsRecord(targets: unknown): Record<string, number | null> {
  if (!Array.isArray(targets)) return (targets as Record<string, number | null>) ?? {};
  const list = targets as { year: number; value: number | null }[];
  return Object.fromEntries(list.map((t) => [String(t.year), t.value]));
}

/** Writes the patch's fields that changed; counts one edit for the entry if any did. */
export function applyPatch(doc: Y.Doc, kind: EntryKind, entry: Y.Map<unknown>, patch: EntryPatch): void {
  const spec = SPECS[kind];
  const normalised =
    kind === 'goal' && 'targets' in patch ? { ...patch, targets: targetsRecord(patch.targets) } : patch;
  let changed = false;
  for (const [key, value] of flatten(normalised, spec)) changed = writeField(entry, key, spec[key]!, value) || changed;
  if (changed) countEdit(doc, entry);
}

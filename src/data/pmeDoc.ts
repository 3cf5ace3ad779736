// The PME in the school's `pme` document (issue 4). Every objective, meta, estrategia and acción is
// its own keyed Y.Map, so concurrent edits merge field by field; long text fields are Y.Texts and
// merge by character; sets (subdimensiones, planes, prioridades) are maps of flags; amounts and
// targets are maps keyed by source and year. Roots:
// - `pme.meta`: cycleStartYear; `pme.vision` (Y.Text); `pme.sellos`: id → { text, order };
// - `pme.objectives` | `pme.goals` | `pme.strategies` | `pme.actions`: id → Y.Map entry;
// - `pme.annual`: year → { schoolYear, declaredSep } (last writer wins per year);
// - `pme.versions`: id → frozen version (plain JSON, never edited or removed).
// An entry is never removed: deleting marks it (tombstones.ts), so an edit made meanwhile by
// someone else is detected and the entry can be restored.
import * as Y from 'yjs';
import { z } from 'zod';
import type { PmeAction, PmePlan, StrategicGoal, StrategicObjective, Strategy, AnnualSettings } from '../domain/pme/model.ts';
import { CYCLE_YEARS, annualSettingsSchema, emptyFunding } from '../domain/pme/model.ts';
import { draftActionSchema, draftAnnualSchema, draftGoalSchema, draftObjectiveSchema, draftStrategySchema } from '../domain/pme/draft.ts';
import { deletionSchema, editedSinceDeletion, type Deletion, type EditCounts } from '../domain/pme/tombstones.ts';
import { markRefusal, pmeVersionSchema, type MarkRefusal, type PmeVersion, type VersionKind } from '../domain/pme/versions.ts';
import { applyTextChange } from './textDiff.ts';

export type EntryKind = 'objective' | 'goal' | 'strategy' | 'action';

type FieldType = 'text' | 'value' | 'flags' | 'numbers' | 'list';
type Spec = Record<string, FieldType>;

// How each field of each kind is stored. Fields not listed here are not stored.
const SPECS: Record<EntryKind, Spec> = {
  objective: { dimension: 'value', text: 'text', priorityIds: 'flags' },
  goal: {
    objectiveId: 'value', text: 'text', 'indicator.name': 'text', 'indicator.unit': 'value', 'indicator.min': 'value', 'indicator.max': 'value',
    'baseline.value': 'value', 'baseline.year': 'value', 'baseline.source': 'text', targets: 'numbers',
  },
  strategy: { objectiveId: 'value', text: 'text' },
  action: {
    strategyId: 'value', year: 'value', nombre: 'text', descripcion: 'text', dimension: 'value', subdimensiones: 'flags',
    fechaInicio: 'value', fechaTermino: 'value', responsable: 'text', recursos: 'text', mediosVerificacion: 'list',
    usoTIC: 'value', asesoriaATE: 'value', planesNormativos: 'flags', programaAsociado: 'text', financiamiento: 'numbers',
  },
};

const ROOTS: Record<EntryKind, string> = { objective: 'pme.objectives', goal: 'pme.goals', strategy: 'pme.strategies', action: 'pme.actions' };

const entriesOf = (doc: Y.Doc, kind: EntryKind) => doc.getMap<Y.Map<unknown>>(ROOTS[kind]);
const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.meta');
const visionOf = (doc: Y.Doc) => doc.getText('pme.vision');
const sellosOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.sellos');
const annualOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.annual');
const versionsOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.versions');

const listItemSchema = z.object({ text: z.string(), order: z.number() });
const storedSelloSchema = z.object({ text: z.string().min(1).max(300), order: z.number() });

// ——— reading ———

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
      if (!(v instanceof Y.Map)) return [];
      return [...v.entries()]
        .map(([id, item]) => ({ id, item: listItemSchema.safeParse(item) }))
        .filter((x) => x.item.success)
        .sort((a, b) => a.item.data!.order - b.item.data!.order || (a.id < b.id ? -1 : 1))
        .map((x) => x.item.data!.text);
  }
}

/** The raw fields of an entry, nested ("indicator.name" → indicator.name). */
function rawFields(kind: EntryKind, entry: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(SPECS[kind])) {
    const value = readField(entry, key, type);
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else out[head] = { ...((out[head] as object | undefined) ?? {}), [tail]: value };
  }
  return out;
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
    case 'action':
      return draftActionSchema.safeParse({ ...raw, financiamiento: { ...emptyFunding(), ...(raw.financiamiento as object) } }).data ?? null;
  }
}

const editsOf = (entry: Y.Map<unknown>): EditCounts => {
  const v = entry.get('edits');
  if (!(v instanceof Y.Map)) return {};
  return Object.fromEntries([...v.entries()].filter(([, n]) => typeof n === 'number')) as EditCounts;
};

export interface DeletedEntry {
  kind: EntryKind;
  id: string;
  title: string;
  deletion: Deletion;
  /** Someone edited it after (or without seeing) the deletion: a conflict to show. */
  editedSince: boolean;
}

export interface PmeView {
  plan: PmePlan;
  /** Entries' creation order, for stable display. */
  order: Record<string, number>;
  deleted: DeletedEntry[];
  versions: PmeVersion[];
  /** Stored entries that could not be read (kept untouched, reported). */
  invalid: string[];
}

function titleOf(kind: EntryKind, e: unknown): string {
  const x = e as { text?: string; nombre?: string };
  return ((kind === 'action' ? x.nombre : x.text) ?? '').trim();
}

export function readPme(doc: Y.Doc, schoolId: string, fallbackStartYear: number): PmeView {
  const order: Record<string, number> = {};
  const deleted: DeletedEntry[] = [];
  const invalid: string[] = [];
  const live: Record<EntryKind, unknown[]> = { objective: [], goal: [], strategy: [], action: [] };
  for (const kind of Object.keys(ROOTS) as EntryKind[]) {
    const rows: { e: unknown; order: number; id: string }[] = [];
    for (const [id, entry] of entriesOf(doc, kind).entries()) {
      if (!(entry instanceof Y.Map)) {
        invalid.push(`${kind}:${id}`);
        continue;
      }
      const e = toEntity(kind, id, entry);
      if (e === null) {
        invalid.push(`${kind}:${id}`);
        continue;
      }
      const o = typeof entry.get('order') === 'number' ? (entry.get('order') as number) : 0;
      order[id] = o;
      const del = entry.has('deleted') ? deletionSchema.safeParse(entry.get('deleted')) : null;
      if (del?.success) deleted.push({ kind, id, title: titleOf(kind, e), deletion: del.data, editedSince: editedSinceDeletion(del.data, editsOf(entry)) });
      else rows.push({ e, order: o, id });
    }
    rows.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
    live[kind] = rows.map((r) => r.e);
  }
  const meta = metaOf(doc);
  const start = z.number().int().min(2000).max(2100).safeParse(meta.get('cycleStartYear'));
  const sellos = [...sellosOf(doc).entries()]
    .map(([id, v]) => ({ id, s: storedSelloSchema.safeParse(v) }))
    .filter((x) => x.s.success)
    .sort((a, b) => a.s.data!.order - b.s.data!.order || (a.id < b.id ? -1 : 1))
    .map((x) => ({ id: x.id, text: x.s.data!.text }));
  const annual: AnnualSettings[] = [];
  for (const [year, v] of annualOf(doc).entries()) {
    const parsed = draftAnnualSchema.safeParse({ ...(v as object), year: Number(year) });
    if (parsed.success) annual.push(parsed.data);
    else invalid.push(`annual:${year}`);
  }
  annual.sort((a, b) => a.year - b.year);
  const versions: PmeVersion[] = [];
  for (const [id, v] of versionsOf(doc).entries()) {
    const parsed = pmeVersionSchema.safeParse({ ...(v as object), id });
    if (parsed.success) versions.push(parsed.data);
    else invalid.push(`version:${id}`);
  }
  versions.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  deleted.sort((a, b) => (a.deletion.at < b.deletion.at ? 1 : -1));
  const plan: PmePlan = {
    id: `pme:${schoolId}`,
    schoolId,
    cycle: { startYear: start.success ? start.data : fallbackStartYear, years: CYCLE_YEARS },
    vision: visionOf(doc).toString(),
    sellos,
    objectives: live.objective as StrategicObjective[],
    goals: live.goal as StrategicGoal[],
    strategies: live.strategy as Strategy[],
    actions: live.action as PmeAction[],
    annual,
  };
  return { plan, order, deleted, versions, invalid };
}

// ——— writing ———

export type EntryPatch = Record<string, unknown>;

function countEdit(doc: Y.Doc, entry: Y.Map<unknown>): void {
  let edits = entry.get('edits');
  if (!(edits instanceof Y.Map)) {
    edits = new Y.Map<unknown>();
    entry.set('edits', edits);
  }
  const m = edits as Y.Map<unknown>;
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

function writeField(entry: Y.Map<unknown>, key: string, type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'text': {
      const v = entry.get(key);
      const next = String(value ?? '');
      if (v instanceof Y.Text) {
        if (v.toString() === next) return false;
        applyTextChange(v, next);
      } else entry.set(key, new Y.Text(next));
      return true;
    }
    case 'value':
      if (value === undefined || entry.get(key) === value) return false;
      entry.set(key, value);
      return true;
    case 'flags': {
      const m = childMap(entry, key);
      const want = new Set(value as string[]);
      let changed = false;
      for (const k of [...m.keys()]) if (!want.has(k)) (m.delete(k), (changed = true));
      for (const k of want) if (m.get(k) !== true) (m.set(k, true), (changed = true));
      return changed;
    }
    case 'numbers': {
      // Only the keys given are written: a patch of one amount leaves the others alone.
      const m = childMap(entry, key);
      let changed = false;
      for (const [k, v] of Object.entries(value as Record<string, number | null>)) {
        if (m.get(k) !== v) (m.set(k, v), (changed = true));
      }
      return changed;
    }
    case 'list': {
      // A list of texts given in full: kept items keep their ids (so concurrent edits of
      // different items merge); the order is renumbered only where it changed.
      const m = childMap(entry, key);
      const next = (value as string[]).map((t) => t.trim());
      const current = [...m.entries()]
        .map(([id, item]) => ({ id, item: listItemSchema.safeParse(item).data }))
        .filter((x): x is { id: string; item: z.infer<typeof listItemSchema> } => x.item !== undefined)
        .sort((a, b) => a.item.order - b.item.order || (a.id < b.id ? -1 : 1));
      let changed = false;
      next.forEach((text, i) => {
        const slot = current[i];
        if (slot) {
          if (slot.item.text !== text || slot.item.order !== i) (m.set(slot.id, { text, order: i }), (changed = true));
        } else {
          m.set(`${entry.doc?.clientID ?? 0}-${Date.now().toString(36)}-${i}`, { text, order: i });
          changed = true;
        }
      });
      for (const slot of current.slice(next.length)) (m.delete(slot.id), (changed = true));
      return changed;
    }
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
  return Object.fromEntries((targets as { year: number; value: number | null }[]).map((t) => [String(t.year), t.value]));
}

function applyPatch(doc: Y.Doc, kind: EntryKind, entry: Y.Map<unknown>, patch: EntryPatch): void {
  const spec = SPECS[kind];
  const normalised = kind === 'goal' && 'targets' in patch ? { ...patch, targets: targetsRecord(patch.targets) } : patch;
  let changed = false;
  for (const [key, value] of flatten(normalised, spec)) changed = writeField(entry, key, spec[key]!, value) || changed;
  if (changed) countEdit(doc, entry);
}

/** Creates an entry with its initial fields. `order` is its creation time (stable display order). */
export function createEntry(doc: Y.Doc, kind: EntryKind, id: string, fields: EntryPatch, origin: unknown, order = Date.now()): void {
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

/** Children deleted together with an objective (metas, estrategias and their acciones) or a strategy. */
function childrenOf(doc: Y.Doc, kind: EntryKind, id: string): [EntryKind, string][] {
  const out: [EntryKind, string][] = [];
  const live = (k: EntryKind) => [...entriesOf(doc, k).entries()].filter(([, e]) => e instanceof Y.Map && !e.has('deleted'));
  if (kind === 'objective') {
    for (const [gid, e] of live('goal')) if (e.get('objectiveId') === id) out.push(['goal', gid]);
    for (const [sid, e] of live('strategy')) if (e.get('objectiveId') === id) out.push(['strategy', sid], ...childrenOf(doc, 'strategy', sid));
  }
  if (kind === 'strategy') for (const [aid, e] of live('action')) if (e.get('strategyId') === id) out.push(['action', aid]);
  return out;
}

export function deleteEntry(doc: Y.Doc, kind: EntryKind, id: string, byName: string, at: string, origin: unknown): void {
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
    for (const k of Object.keys(ROOTS) as EntryKind[]) {
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

// ——— plan-wide fields ———

export function setCycleStartYear(doc: Y.Doc, year: number, origin: unknown): void {
  doc.transact(() => metaOf(doc).set('cycleStartYear', year), origin);
}

export function setVision(doc: Y.Doc, value: string, origin: unknown): void {
  doc.transact(() => applyTextChange(visionOf(doc), value), origin);
}

export function addSello(doc: Y.Doc, id: string, text: string, origin: unknown): void {
  const order = Math.max(0, ...[...sellosOf(doc).values()].map((v) => storedSelloSchema.safeParse(v).data?.order ?? 0)) + 1;
  doc.transact(() => sellosOf(doc).set(id, { text: text.trim(), order }), origin);
}

export function removeSello(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => sellosOf(doc).delete(id), origin);
}

/** Throws, writing nothing, on settings that break B-1 (school year order, winter break, SEP ceiling). */
export function setAnnualSettings(doc: Y.Doc, settings: AnnualSettings, origin: unknown): void {
  const { year, ...rest } = annualSettingsSchema.parse(settings);
  doc.transact(() => annualOf(doc).set(String(year), rest), origin);
}

/** A version refused by `markVersion` (VF-1, VF-2); the screen shows `MARK_REFUSAL_MESSAGES[code]`. */
export class VersionRefusedError extends Error {
  constructor(readonly code: MarkRefusal, readonly kind: VersionKind) {
    super(`pme: cannot mark ${kind}: ${code}`);
    this.name = 'VersionRefusedError';
  }
}

function storedVersions(doc: Y.Doc): PmeVersion[] {
  return [...versionsOf(doc).entries()].flatMap(([id, v]) => pmeVersionSchema.safeParse({ ...(v as object), id }).data ?? []);
}

/**
 * Freezes the working plan as a version. Refused with VersionRefusedError while Versión Final has
 * problems (VF-1), and for a plan identical to the latest version of the same kind (VF-2: a
 * double tap makes one version). Checked against what the document holds at the moment of writing.
 */
export function markVersion(
  doc: Y.Doc,
  args: { id: string; kind: VersionKind; plan: PmePlan; createdAt: string; createdBy: string; note?: string },
  origin: unknown,
): void {
  const refusal = markRefusal(args.kind, args.plan, storedVersions(doc));
  if (refusal) throw new VersionRefusedError(refusal, args.kind);
  const version = pmeVersionSchema.parse({ ...args, note: args.note ?? '' });
  // JSON round trip: the stored version is plain data, detached from the live plan.
  const { id, ...stored } = JSON.parse(JSON.stringify(version)) as PmeVersion;
  if (versionsOf(doc).has(id)) throw new Error(`pme: version ${id} exists`);
  doc.transact(() => versionsOf(doc).set(id, stored), origin);
}

// Conflict records (S-21), kept in the document they belong to:
// - `conflicts`: id → { kind, path, key, other, detectedAt }, the value that was not kept;
// - `conflicts.resolved`: id → { by, at, choice }.
// The id is derived from the loser item's id, so every device that detects the same conflict writes
// the same record. A resolution lives under its own key: a device that detects the conflict again
// (or replays old updates) can rewrite the record but never undo its resolution.
import * as Y from 'yjs';
import { z } from 'zod';
import { applyTextChange } from '../textDiff.ts';
import { resolvePath, type TypePath } from './paths.ts';
import { deepEqual, toPlain } from './values.ts';

export const CONFLICTS_ROOT = 'conflicts';
export const RESOLVED_ROOT = 'conflicts.resolved';

const recordSchema = z.object({
  kind: z.enum(['text', 'value']),
  path: z.array(z.string()).min(1),
  key: z.string().nullable(),
  other: z.unknown(),
  detectedAt: z.string(),
});
export type ConflictRecord = z.infer<typeof recordSchema>;

const resolutionSchema = z.object({ by: z.string(), at: z.string(), choice: z.enum(['kept', 'other']) });
export type ConflictChoice = 'kept' | 'other';

export interface Conflict {
  id: string;
  kind: ConflictRecord['kind'];
  path: TypePath;
  key: string | null;
  /** The value the document holds now (read fresh). */
  kept: unknown;
  /** The value that was not kept. */
  other: unknown;
  detectedAt: string;
}

const conflictsOf = (doc: Y.Doc) => doc.getMap<unknown>(CONFLICTS_ROOT);
const resolvedOf = (doc: Y.Doc) => doc.getMap<unknown>(RESOLVED_ROOT);

export function conflictId(path: TypePath, key: string | null, loser: Y.ID): string {
  return `${path.join('/')}#${key ?? ''}@${loser.client}:${loser.clock}`;
}

/** Writes a record unless one with that id exists (resolved or not). Call inside a transaction. */
export function recordConflict(
  doc: Y.Doc,
  id: string,
  record: Omit<ConflictRecord, 'detectedAt'>,
  now: () => Date,
): void {
  const map = conflictsOf(doc);
  if (map.has(id)) return;
  map.set(id, { ...record, detectedAt: now().toISOString() } satisfies ConflictRecord);
}

function currentValue(doc: Y.Doc, record: ConflictRecord): unknown {
  if (record.kind === 'text') return resolvePath(doc, record.path, 'text')?.toString();
  const map = resolvePath(doc, record.path, 'map') as Y.Map<unknown> | undefined;
  return map && record.key !== null ? toPlain(map.get(record.key), null) : undefined;
}

/** Unresolved conflicts, each with the value kept now and the other one. */
export function listConflicts(doc: Y.Doc): Conflict[] {
  const resolved = resolvedOf(doc);
  const out: Conflict[] = [];
  for (const [id, raw] of conflictsOf(doc).entries()) {
    if (resolved.has(id)) continue;
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) continue;
    const record = parsed.data;
    const kept = currentValue(doc, record);
    // Someone already typed the other value, or the field is gone: nothing left to choose.
    if (kept === undefined || deepEqual(kept, record.other)) continue;
    out.push({
      id,
      kind: record.kind,
      path: record.path,
      key: record.key,
      kept,
      other: record.other,
      detectedAt: record.detectedAt,
    });
  }
  return out.sort((a, b) =>
    a.detectedAt < b.detectedAt ? -1 : a.detectedAt > b.detectedAt ? 1 : a.id < b.id ? -1 : 1,
  );
}

/** Writes the chosen value into its field and marks the conflict resolved, in one transaction. */
export function resolveConflict(
  doc: Y.Doc,
  id: string,
  choice: ConflictChoice,
  who: string,
  origin: unknown,
  now: () => Date = () => new Date(),
): boolean {
  const parsed = recordSchema.safeParse(conflictsOf(doc).get(id));
  if (!parsed.success) return false;
  const record = parsed.data;
  doc.transact(() => {
    if (choice === 'other') {
      if (record.kind === 'text') {
        const text = resolvePath(doc, record.path, 'text');
        if (text instanceof Y.Text && typeof record.other === 'string') applyTextChange(text, record.other);
      } else {
        const map = resolvePath(doc, record.path, 'map');
        if (map instanceof Y.Map && record.key !== null) map.set(record.key, record.other);
      }
    }
    resolvedOf(doc).set(id, resolutionSchema.parse({ by: who, at: now().toISOString(), choice }));
  }, origin);
  return true;
}

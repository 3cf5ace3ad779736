// S-20/S-21: a Y.Map key set on two devices that had not seen each other's value. Yjs keeps one
// item (the winner, the same on every replica) and deletes the other in the transaction that
// brings them together, whose content stays readable until afterTransaction is over. A deleted
// item is a concurrent loser when the winner's author had not seen it: no item on the winner's
// origin chain (the values that author had under that key) comes from the loser's author at or
// after the loser. Normal overwrites are therefore never conflicts. For a loser:
// - the winner is empty and the loser is not: the loser's value is written back (typed beats empty);
// - equal values: nothing;
// - two nested Y.Maps (the same keyed entry created twice): the loser is merged into the winner
//   field by field with these same rules; two Y.Texts: copied into an empty winner, else a conflict;
// - otherwise a conflict record keeps the loser's value for the person to choose.
import * as Y from 'yjs';
import { conflictId, recordConflict, CONFLICTS_ROOT, RESOLVED_ROOT } from './conflicts.ts';
import { asMap, pathOf } from './paths.ts';
import {
  cloneValue,
  deepEqual,
  isEmptyValue,
  isPlainObject,
  itemValue,
  textBefore,
  toPlain,
  wasLive,
  isIntact,
  type DeleteSet,
} from './values.ts';

/** Keys whose last writer simply wins: bookkeeping nobody types (timestamps, order, counters, tombstones). */
const SILENT_KEYS = new Set([
  'order',
  'createdAt',
  'updatedAt',
  'recordedAt',
  'recordedBy',
  'openedAt',
  'openedBy',
  'closedAt',
  'closedBy',
  'deleted',
  'edits',
]);
/**
 * Roots the merge never writes to: its own records; what is derived from other fields (the
 * programme's calendar is laid out from its engagement); and records that never change once written
 * (docs/spec/records.md R-2..R-5: versions, closed cortes, signed actas, instrument versions).
 */
const SILENT_ROOTS = new Set([
  CONFLICTS_ROOT,
  RESOLVED_ROOT,
  'programme.plan',
  'pme.versions',
  'mon.snapshots',
  'eval.signed',
  'instruments',
  'mon.instruments',
]);

export interface Loser {
  map: Y.Map<unknown>;
  key: string;
  winner: Y.Item;
  loser: Y.Item;
}

function seenBy(winner: Y.Item, loser: Y.Item, doc: Y.Doc): boolean {
  let item: Y.Item | null = winner;
  while (item !== null) {
    if (item.id.client === loser.id.client && item.id.clock >= loser.id.clock) return true;
    const next: Y.AbstractStruct | null = item.origin === null ? null : Y.getItem(doc.store, item.origin);
    item = next instanceof Y.Item ? next : null;
  }
  return false;
}

function isSilent(map: Y.Map<unknown>, key: string): boolean {
  if (SILENT_KEYS.has(key)) return true;
  const path = pathOf(map);
  return path === null || SILENT_ROOTS.has(path[0]!) || path.some((s) => SILENT_KEYS.has(s));
}

/** Map items deleted by this transaction that lost a concurrent overwrite. */
export function findLosers(transaction: Y.Transaction): Loser[] {
  const doc = transaction.doc;
  const out: Loser[] = [];
  for (const [client, ranges] of transaction.deleteSet.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      let i: number;
      try {
        i = Y.findIndexSS(structs, clock);
      } catch {
        continue;
      }
      for (; i < structs.length && structs[i]!.id.clock < clock + len; i++) {
        const item = structs[i];
        if (!(item instanceof Y.Item) || item.parentSub === null || !isIntact(item)) continue;
        if (!(item.parent instanceof Y.AbstractType)) continue;
        const parent = item.parent;
        if (parent._item !== null && parent._item.deleted) continue; // a whole entry went: not an overwrite
        const winner = parent._map.get(item.parentSub);
        if (!winner || winner === item || winner.deleted) continue;
        const map = asMap(parent);
        if (!map || isSilent(map, item.parentSub) || seenBy(winner, item, doc)) continue;
        out.push({ map, key: item.parentSub, winner, loser: item });
      }
    }
  }
  return out;
}

interface Ctx {
  doc: Y.Doc;
  ds: DeleteSet;
  loserId: Y.ID;
  now: () => Date;
}

function conflict(ctx: Ctx, map: Y.Map<unknown>, key: string, other: unknown): void {
  const path = pathOf(map);
  if (path) recordConflict(ctx.doc, conflictId(path, key, ctx.loserId), { kind: 'value', path, key, other }, ctx.now);
}

function mergeTexts(ctx: Ctx, winner: Y.Text, loser: Y.Text): void {
  const theirs = textBefore(loser, ctx.ds);
  const ours = winner.toString();
  if (theirs === '' || theirs === ours) return;
  if (ours === '') {
    winner.insert(0, theirs);
    return;
  }
  const path = pathOf(winner);
  if (path)
    recordConflict(
      ctx.doc,
      conflictId(path, null, ctx.loserId),
      { kind: 'text', path, key: null, other: theirs },
      ctx.now,
    );
}

/** Fills the winner's empty fields from a plain object; returns the merged object and whether fields still differ. */
function fillObject(
  winner: Record<string, unknown>,
  loser: Record<string, unknown>,
): { merged: Record<string, unknown>; differs: boolean } {
  const merged = { ...winner };
  let differs = false;
  for (const [k, v] of Object.entries(loser)) {
    if (isEmptyValue(v)) continue;
    if (isEmptyValue(merged[k])) merged[k] = v;
    else if (!deepEqual(merged[k], v)) differs = true;
  }
  return { merged, differs };
}

/** Applies the rules to one key: `current` is the winner's value, `theirs` the loser's (read before the deletion). */
function mergeValue(ctx: Ctx, map: Y.Map<unknown>, key: string, theirs: unknown): void {
  const ours = map.get(key);
  if (ours instanceof Y.Map && theirs instanceof Y.Map) return mergeMaps(ctx, ours, theirs);
  if (ours instanceof Y.Text && theirs instanceof Y.Text) return mergeTexts(ctx, ours, theirs);
  const plainTheirs = toPlain(theirs, ctx.ds);
  if (isEmptyValue(plainTheirs)) return;
  if (ours === undefined || isEmptyValue(ours)) {
    map.set(key, cloneValue(theirs, ctx.ds));
    return;
  }
  const plainOurs = toPlain(ours, null);
  if (deepEqual(plainOurs, plainTheirs)) return;
  if (isPlainObject(ours) && isPlainObject(theirs)) {
    const { merged, differs } = fillObject(ours, theirs);
    if (!deepEqual(merged, ours)) map.set(key, merged);
    if (differs) conflict(ctx, map, key, plainTheirs);
    return;
  }
  if (ours instanceof Y.AbstractType || theirs instanceof Y.AbstractType) return; // different shapes: last writer wins
  conflict(ctx, map, key, plainTheirs);
}

/** The loser entry's fields (deleted with it by this transaction) merged into the winner entry. */
function mergeMaps(ctx: Ctx, winner: Y.Map<unknown>, loser: Y.Map<unknown>): void {
  for (const [key, item] of loser._map) {
    if (!wasLive(item, ctx.ds)) continue;
    const theirs = itemValue(item);
    if (SILENT_KEYS.has(key)) {
      if (!winner.has(key)) winner.set(key, cloneValue(theirs, ctx.ds));
      continue;
    }
    mergeValue(ctx, winner, key, theirs);
  }
}

/** Resolves the losers found in a transaction; call inside the merge's own transaction. */
export function resolveLosers(transaction: Y.Transaction, losers: Loser[], now: () => Date): void {
  const sorted = [...losers].sort(
    (a, b) => a.loser.id.client - b.loser.id.client || a.loser.id.clock - b.loser.id.clock,
  );
  for (const l of sorted) {
    mergeValue(
      { doc: transaction.doc, ds: transaction.deleteSet, loserId: l.loser.id, now },
      l.map,
      l.key,
      itemValue(l.loser),
    );
  }
}

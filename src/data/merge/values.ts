// Plain-value helpers of the merge: what counts as empty, deep equality of JSON values, and the
// value an item held, read from its content even when the item was deleted in the transaction
// being reconciled (its content stays intact until garbage collection, after afterTransaction).
import * as Y from 'yjs';

export type DeleteSet = Y.Transaction['deleteSet'];

export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof Y.Text) return v.length === 0;
  if (v instanceof Y.Map) return v.size === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Y.AbstractType) &&
    !(v instanceof Uint8Array)
  );
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** An item whose value can still be read: never garbage-collected. */
export function isIntact(item: Y.Item): boolean {
  return !(item.content instanceof Y.ContentDeleted);
}

/** The value a map item holds (the last element of its content). */
export function itemValue(item: Y.Item): unknown {
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** An item that was live before the transaction `ds` describes (deleted by it or not at all). */
export function wasLive(item: Y.Item, ds: DeleteSet | null): boolean {
  if (!isIntact(item)) return false;
  return !item.deleted || (ds !== null && Y.isDeleted(ds, item.id));
}

/** The text of a Y.Text as it was before the transaction `ds` (for a loser deleted by it). */
export function textBefore(text: Y.AbstractType<any>, ds: DeleteSet | null): string {
  let out = '';
  for (let item = text._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentString && wasLive(item, ds)) out += item.content.str;
  }
  return out;
}

/** A plain copy of a value read from an intact item, Y types included (for records and display). */
export function toPlain(v: unknown, ds: DeleteSet | null): unknown {
  if (v instanceof Y.Text) return textBefore(v, ds);
  if (v instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of v._map) if (wasLive(item, ds)) out[key] = toPlain(itemValue(item), ds);
    return out;
  }
  if (v instanceof Y.AbstractType) return v.toJSON();
  return v;
}

/** A new Y value with the content of `v` as it was before `ds` (to move a loser's entry). */
export function cloneValue(v: unknown, ds: DeleteSet | null): unknown {
  if (v instanceof Y.Text) return new Y.Text(textBefore(v, ds));
  if (v instanceof Y.Map) {
    const out = new Y.Map<unknown>();
    for (const [key, item] of v._map) if (wasLive(item, ds)) out.set(key, cloneValue(itemValue(item), ds));
    return out;
  }
  return v;
}

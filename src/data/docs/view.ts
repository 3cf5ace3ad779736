// A view is a value read from a document, kept until one of the Yjs types it reads changes; it is
// the external-store contract React's useSyncExternalStore expects (stable snapshot, subscribe).
// Views over one entry of a map re-read only when that entry changes, so a keystroke in one card
// re-renders that card and not the screen.
import type * as Y from 'yjs';

export interface View<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

// Yjs types its own roots as AbstractType<any>; any root or nested type can be a source.
type Source = Y.AbstractType<any>;

/** The key of `map` under which `type` lives (itself or nested deeper), or null when it is `map` itself. */
function keyUnder(map: Source, type: Y.AbstractType<unknown>): string | null {
  let current = type;
  while (current !== map && current._item) {
    if (current._item.parent === map) return current._item.parentSub;
    current = current._item.parent as Y.AbstractType<unknown>;
  }
  return null;
}

/** Does this batch of deep events touch `key` of `map` (the entry itself or anything inside it)? */
function touchesKey(map: Source, key: string, events: Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
  return events.some((event) => (event.target === map ? event.keys.has(key) : keyUnder(map, event.target) === key));
}

const transactionCounts = new WeakMap<Y.Doc, { n: number }>();

/** Transactions the document has seen: how an unsubscribed view knows its value may be stale. */
function transactionCount(doc: Y.Doc | null): () => number {
  if (!doc) return () => 0;
  let count = transactionCounts.get(doc);
  if (!count) {
    const c = { n: 0 };
    doc.on('afterTransaction', () => c.n++);
    transactionCounts.set(doc, (count = c));
  }
  const counter = count;
  return () => counter.n;
}

function makeView<T>(doc: Y.Doc | null, read: () => T, attach: (invalidate: () => void) => () => void): View<T> {
  const version = transactionCount(doc);
  let cached: { value: T; version: number } | null = null;
  const listeners = new Set<() => void>();
  let detach: (() => void) | null = null;
  const invalidate = () => {
    cached = null;
    for (const listener of [...listeners]) listener();
  };
  return {
    get() {
      // Subscribed: the observers invalidate precisely. Unsubscribed: any transaction may have changed it.
      if (cached && !detach && cached.version !== version()) cached = null;
      cached ??= { value: read(), version: version() };
      return cached.value;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!detach) {
        // A change between the last read and this subscription was seen by no observer: read again.
        if (cached && cached.version !== version()) cached = null;
        detach = attach(invalidate);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) {
          detach();
          detach = null;
        }
      };
    },
  };
}

/**
 * Calls `onChange` once after each transaction that changed something under `source` (its deep events);
 * several roots or entries changed in one transaction make one notification, not one per type.
 */
function afterChanges(sources: Source[], onChange: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void): () => void {
  const doc = sources[0]?.doc;
  if (!doc) return () => undefined;
  const handler = (transaction: Y.Transaction) => {
    const events = sources.flatMap((source) => transaction.changedParentTypes.get(source) ?? []);
    if (events.length > 0) onChange(events);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

/** A value read from whole roots: re-read after any transaction that changes one of them. */
export function rootsView<T>(roots: Source[], read: () => T): View<T> {
  return makeView(roots[0]?.doc ?? null, read, (invalidate) => afterChanges(roots, () => invalidate()));
}

/** A value read from one entry of a map (and whatever is nested in it): re-read only when that entry changes. */
export function entryView<T>(map: Source, key: string, read: () => T): View<T> {
  return makeView(map.doc, read, (invalidate) =>
    afterChanges([map], (events) => {
      if (touchesKey(map, key, events)) invalidate();
    }),
  );
}

/** Views with the same arguments are shared, so screens that ask twice get one subscription. */
export function memoViews<K, T>(make: (key: K) => View<T>): (key: K) => View<T> {
  const views = new Map<K, View<T>>();
  return (key) => {
    let view = views.get(key);
    if (!view) {
      view = make(key);
      views.set(key, view);
    }
    return view;
  };
}

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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Source = Y.AbstractType<any>;

/** Does this batch of deep events touch `key` of `map` (the entry itself or anything inside it)? */
function touchesKey(map: Source, key: string, events: Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
  return events.some((event) =>
    event.target === map ? event.keys.has(key) : event.path.length > 0 && event.path[0] === key,
  );
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
      if (!detach) detach = attach(invalidate);
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

/** A value read from whole roots: re-read after any transaction that changes one of them. */
export function rootsView<T>(roots: Source[], read: () => T): View<T> {
  return makeView(roots[0]?.doc ?? null, read, (invalidate) => {
    const onChange = () => invalidate();
    for (const root of roots) root.observeDeep(onChange);
    return () => {
      for (const root of roots) root.unobserveDeep(onChange);
    };
  });
}

/** A value read from one entry of a map (and whatever is nested in it): re-read only when that entry changes. */
export function entryView<T>(map: Source, key: string, read: () => T): View<T> {
  return makeView(map.doc, read, (invalidate) => {
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (touchesKey(map, key, events)) invalidate();
    };
    map.observeDeep(onChange);
    return () => map.unobserveDeep(onChange);
  });
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

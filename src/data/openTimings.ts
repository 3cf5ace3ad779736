// Where opening a document spends its time, as User Timing measures (`doc-open:<stage>`) that
// bench/coldStart.ts sums: IndexedDB open, read, Yjs apply, registration, index re-derivation and
// sync attach. A measure costs microseconds; nothing reads them in the app itself.
import type * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';

export type OpenStage = 'idb-open' | 'idb-read' | 'yjs-apply' | 'register' | 'derive' | 'attach';

const hasUserTiming = typeof performance !== 'undefined' && typeof performance.measure === 'function';

export function measureStage(stage: OpenStage, start: number, end = performance.now()): void {
  if (hasUserTiming) performance.measure(`doc-open:${stage}`, { start, end });
}

/** Times y-indexeddb's own steps: the database open, the read of its updates, and their apply. */
export function timeLocalLoad(doc: Y.Doc, persistence: IndexeddbPersistence): void {
  const start = performance.now();
  let opened = start;
  void persistence._db.then(() => {
    opened = performance.now();
    measureStage('idb-open', start, opened);
  });
  let applyStart = 0;
  const before = (tr: Y.Transaction) => {
    if (tr.origin !== persistence) return;
    applyStart = performance.now();
    measureStage('idb-read', opened, applyStart);
  };
  const after = (tr: Y.Transaction) => {
    if (tr.origin !== persistence || applyStart === 0) return;
    measureStage('yjs-apply', applyStart);
    doc.off('beforeTransaction', before);
    doc.off('afterTransaction', after);
  };
  doc.on('beforeTransaction', before);
  doc.on('afterTransaction', after);
}

// Rebuilding a document from its stored rows (load, S-9 compaction) without holding the relay's
// only thread (RW-3): rows are applied in slices of at most SLICE_MS, each slice one Yjs
// transaction, with a pause between slices that lets sockets and other documents' writes run.
// Applying rows one by one inside a transaction costs a fraction of Y.mergeUpdates over thousands
// of rows (quadratic in practice); a row that throws sends the whole load to the careful row-by-row
// path (rebuildFromRows), which finds and leaves out the bad rows.
import * as Y from 'yjs';
import { checkUpdate, type UpdateVerdict } from './updateCheck.ts';

/** Longest a slice of compaction work may hold the event loop (ms). */
const SLICE_MS = 8;

/** Lets the event loop run (I/O included) before the next slice. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface BadRow {
  index: number;
  reason: string;
}

/** Runs `step(i)` for i in [0, count) in slices of SLICE_MS, each slice inside `wrap`. */
async function inSlices(count: number, step: (i: number) => void, wrap = (fn: () => void) => fn()) {
  for (let i = 0; i < count;) {
    const until = performance.now() + SLICE_MS;
    wrap(() => {
      while (i < count && (i % 16 !== 0 || performance.now() < until)) step(i++);
    });
    if (i < count) await nextTurn();
  }
}

/**
 * The rows loaded into a fresh document, slice by slice. Normally every row applies; when one throws
 * the document may be half-built, so it starts again row by row (rebuildFromRows).
 */
export async function rebuildInSlices(updates: Uint8Array[]): Promise<{ doc: Y.Doc; bad: BadRow[] }> {
  const doc = new Y.Doc();
  try {
    await inSlices(
      updates.length,
      (i) => Y.applyUpdate(doc, updates[i]!, 'storage'),
      (fn) => doc.transact(fn, 'storage'),
    );
    return { doc, bad: [] };
  } catch {
    doc.destroy();
    return rebuildFromRows(updates);
  }
}

/**
 * Each row goes in only if it applies cleanly to what is loaded so far (retried while rows keep
 * landing, for rows stored out of order), then the rows that only lack structs go in pending; a row
 * that can never apply is left out. One bad row never takes the others down with it.
 */
export function rebuildFromRows(updates: Uint8Array[]): { doc: Y.Doc; bad: BadRow[] } {
  const doc = new Y.Doc();
  let waiting = updates.map((_, index) => index);
  const verdicts = new Map<number, UpdateVerdict>();
  for (let progressed = true; progressed && waiting.length > 0;) {
    progressed = false;
    waiting = waiting.filter((index) => {
      const verdict = checkUpdate(doc, updates[index]!);
      verdicts.set(index, verdict);
      if (!verdict.ok) return true;
      Y.applyUpdate(doc, updates[index]!, 'storage');
      progressed = true;
      return false;
    });
  }
  const bad: BadRow[] = [];
  for (const index of waiting) {
    const verdict = verdicts.get(index)!;
    if (!verdict.ok && verdict.retryable) Y.applyUpdate(doc, updates[index]!, 'storage');
    else bad.push({ index, reason: verdict.ok ? 'unknown' : verdict.reason });
  }
  return { doc, bad };
}

/** The document's state plus what Yjs keeps pending (encodeStateAsUpdate leaves pending structs out). */
export function encodeWithPending(doc: Y.Doc): Uint8Array {
  const parts = [Y.encodeStateAsUpdate(doc)];
  if (doc.store.pendingStructs) parts.push(doc.store.pendingStructs.update);
  if (doc.store.pendingDs) parts.push(doc.store.pendingDs);
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}

export interface MergedRows {
  /** The verified merged row, or null when it does not cover its rows (nothing may change then). */
  merged: Uint8Array | null;
  bad: BadRow[];
}

/** Rebuild, merge and verify in one go: for a worker thread, where blocking is fine. */
export function mergeRows(updates: Uint8Array[]): MergedRows {
  let rebuilt: { doc: Y.Doc; bad: BadRow[] };
  const doc = new Y.Doc();
  try {
    doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u, 'storage')), 'storage');
    rebuilt = { doc, bad: [] };
  } catch {
    doc.destroy();
    rebuilt = rebuildFromRows(updates);
  }
  const merged = encodeWithPending(rebuilt.doc);
  rebuilt.doc.destroy();
  const badIndexes = new Set(rebuilt.bad.map((b) => b.index));
  const check = new Y.Doc();
  try {
    Y.applyUpdate(check, merged);
    const snapshot = Y.snapshot(check);
    const covered = updates.every(
      (row, i) => badIndexes.has(i) || Y.snapshotContainsUpdate(snapshot, row) || checkUpdate(check, row).ok === false,
    );
    return { merged: covered ? merged : null, bad: rebuilt.bad };
  } catch {
    return { merged: null, bad: rebuilt.bad };
  } finally {
    check.destroy();
  }
}

/** mergeRows on the main thread, in slices (when no worker thread is available). */
export async function mergeRowsInSlices(updates: Uint8Array[]): Promise<MergedRows> {
  const { doc, bad } = await rebuildInSlices(updates);
  const merged = encodeWithPending(doc);
  doc.destroy();
  await nextTurn();
  const badIndexes = new Set(bad.map((b) => b.index));
  const good = updates.filter((_, i) => !badIndexes.has(i));
  return { merged: (await mergedCoversRows(merged, good)) ? merged : null, bad };
}

/**
 * The merged row loads into a fresh document whose state covers every merged row (S-9): a row that
 * is not covered must still be unable to apply (it waits, pending, inside the merged row too).
 * The rows are checked slice by slice.
 */
async function mergedCoversRows(merged: Uint8Array, rows: Uint8Array[]): Promise<boolean> {
  const check = new Y.Doc();
  try {
    Y.applyUpdate(check, merged);
    const snapshot = Y.snapshot(check);
    let covered = true;
    await inSlices(rows.length, (i) => {
      const row = rows[i]!;
      if (covered && !Y.snapshotContainsUpdate(snapshot, row)) covered = checkUpdate(check, row).ok === false;
    });
    return covered;
  } catch {
    return false;
  } finally {
    check.destroy();
  }
}

// Compacts documents' update logs (S-9) off the event loop's critical path (RW-3): the rows up to a
// known id are rebuilt and verified in slices (compaction.ts) while writes keep being stored and
// acknowledged as new rows, which the compaction leaves alone. One compaction per document at a
// time; a request while one runs makes it run once more after. Triggered by the store debounce
// (time) and by a document's row count (noteRows). Afterwards the freed pages go back to the file
// system in small steps (RW-4).
import type { DocumentStore } from './storage/types.ts';
import type { Logger } from './log.ts';
import { encodeWithPending, mergedCoversRows, nextTurn, rebuildInSlices } from './compaction.ts';

/** Pages (4 KiB) given back to the file system per step after a compaction. */
const RECLAIM_PAGES_PER_STEP = 256;
/** Steps at most per compaction: the rest waits for the next one. */
const RECLAIM_MAX_STEPS = 64;

export interface Compactor {
  /** Compacts now (or once more after the one running). Never rejects: failures are logged. */
  compact(name: string): Promise<void>;
  /** Counts rows stored for `name`; compacts once they reach `threshold` since the last compaction. */
  noteRows(name: string, rows: number): void;
  running(): number;
  idle(): Promise<void>;
}

async function reclaimSpace(store: DocumentStore): Promise<void> {
  for (let step = 0; step < RECLAIM_MAX_STEPS; step++) {
    if ((await store.reclaimSpace(RECLAIM_PAGES_PER_STEP)) === 0) return;
    await nextTurn();
  }
}

export function createCompactor(store: DocumentStore, log: Logger, threshold: number): Compactor {
  const active = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const rowsSince = new Map<string, number>();

  const compactRows = async (name: string) => {
    rowsSince.set(name, 0);
    const { updates, ids, lastId } = await store.loadUpdates(name);
    if (updates.length <= 1) return;
    const { doc, bad } = await rebuildInSlices(updates);
    const merged = encodeWithPending(doc);
    doc.destroy();
    await nextTurn();
    const badIndexes = new Set(bad.map((b) => b.index));
    const good = updates.filter((_, i) => !badIndexes.has(i));
    if (!(await mergedCoversRows(merged, good))) {
      log.error('compaction skipped: the merged update does not cover its rows', { name, rows: updates.length });
      return;
    }
    const moves = bad.map((b) => ({ rowId: ids[b.index]!, reason: b.reason }));
    await store.compact(name, merged, lastId, moves);
    for (const m of moves) log.error('stored update moved to the quarantine at compaction', { name, ...m });
    log.debug('document compacted', { name, rows: updates.length });
    await reclaimSpace(store);
  };

  const compact = (name: string): Promise<void> => {
    const running = active.get(name);
    if (running) {
      again.add(name);
      return running;
    }
    const run = (async () => {
      try {
        do {
          again.delete(name);
          await compactRows(name).catch((e: unknown) => log.warn('compaction failed', { name, error: String(e) }));
        } while (again.has(name));
      } finally {
        active.delete(name);
      }
    })();
    active.set(name, run);
    return run;
  };

  return {
    compact,
    noteRows(name, rows) {
      const total = (rowsSince.get(name) ?? 0) + rows;
      rowsSince.set(name, total);
      if (total >= threshold && !active.has(name)) void compact(name);
    },
    running: () => active.size,
    async idle() {
      while (active.size > 0) await Promise.all(active.values());
    },
  };
}

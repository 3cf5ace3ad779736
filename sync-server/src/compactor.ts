// Compacts documents' update logs (S-9) off the event loop (RW-3): the rows up to a known id are
// rebuilt, merged and verified on a worker thread (mergeInWorker.ts; in slices on the main thread
// where no worker can start) while writes keep being stored and acknowledged as new rows, which the
// compaction leaves alone. One compaction per document at a time; a request while one runs makes it
// run once more after. Triggered by the store debounce (time) and by a document's row count
// (noteRows). Afterwards the freed pages go back to the file system in small steps (RW-4).
import type { DocumentStore } from './storage/types.ts';
import type { Logger } from './log.ts';
import { mergeRowsInSlices, nextTurn } from './compaction.ts';
import { createRowMerger } from './mergeInWorker.ts';

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
  /** Waits for the compactions running and stops the worker thread. */
  close(): Promise<void>;
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
  const merger = createRowMerger(log);

  const compactRows = async (name: string) => {
    rowsSince.set(name, 0);
    const { updates, ids, lastId } = await store.loadUpdates(name);
    if (updates.length <= 1) return;
    const { merged, bad } = (await merger.merge(updates)) ?? (await mergeRowsInSlices(updates));
    if (!merged) {
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

  const idle = async () => {
    while (active.size > 0) await Promise.all(active.values());
  };

  return {
    compact,
    noteRows(name, rows) {
      const total = (rowsSince.get(name) ?? 0) + rows;
      rowsSince.set(name, total);
      if (total >= threshold && !active.has(name)) void compact(name);
    },
    running: () => active.size,
    idle,
    async close() {
      await idle();
      await merger.close();
    },
  };
}

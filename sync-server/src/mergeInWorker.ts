// Runs compaction's CPU work (mergeRows) on a worker thread (RW-3), so compacting even tens of
// thousands of rows never blocks the relay. One worker, started on first use and unref'd (it never
// keeps the process alive); requests go one at a time. Where the worker cannot start (a runner that
// cannot load the worker's module), compaction falls back to slices on the main thread.
import type { Worker } from 'node:worker_threads';
import type { Logger } from './log.ts';
import type { MergedRows } from './compaction.ts';
import { packRows } from './rowPacking.ts';
import { startWorker } from './workerThread.ts';

/** A worker that has not answered by then is taken as stuck: stopped, and compaction runs on the main thread. */
const REPLY_TIMEOUT_MS = 120_000;

type Reply = ({ id: number } & MergedRows) | { id: number; error: string };

export interface RowMerger {
  /** The merged rows, or null when no worker is available (the caller merges in slices). */
  merge(updates: Uint8Array[]): Promise<MergedRows | null>;
  close(): Promise<void>;
}

/** Requests sent to the worker and not answered yet. */
class PendingReplies {
  private readonly waiting = new Map<
    number,
    { resolve(r: MergedRows | null): void; reject(e: Error): void; timer: NodeJS.Timeout }
  >();
  private nextId = 0;

  add(resolve: (r: MergedRows | null) => void, reject: (e: Error) => void, onTimeout: () => void): number {
    const id = ++this.nextId;
    this.waiting.set(id, { resolve, reject, timer: setTimeout(onTimeout, REPLY_TIMEOUT_MS).unref() });
    return id;
  }

  answer(reply: Reply): void {
    const pending = this.waiting.get(reply.id);
    if (!pending) return;
    this.waiting.delete(reply.id);
    clearTimeout(pending.timer);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve({ merged: reply.merged, bad: reply.bad });
  }

  /** Every caller falls back to the main thread. */
  giveUp(): void {
    for (const w of this.waiting.values()) {
      clearTimeout(w.timer);
      w.resolve(null);
    }
    this.waiting.clear();
  }
}

export function createRowMerger(log: Logger): RowMerger {
  let worker: Worker | null = null;
  let broken = false;
  const replies = new PendingReplies();

  const fail = (error: unknown) => {
    if (!broken) log.warn('compaction worker unavailable; compacting on the main thread', { error: String(error) });
    broken = true;
    worker = null;
    replies.giveUp();
  };
  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = startWorker('compactionWorker');
    } catch (error) {
      fail(error);
      return null;
    }
    worker.unref();
    worker.on('message', (reply: Reply) => replies.answer(reply));
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`exit ${code}`)));
    return worker;
  };

  return {
    merge(updates) {
      const w = start();
      if (!w) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        const id = replies.add(resolve, reject, () => {
          fail(new Error('no reply'));
          void w.terminate();
        });
        const packed = packRows(updates);
        w.postMessage({ id, ...packed }, [packed.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}

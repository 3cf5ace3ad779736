// Runs compaction's CPU work (mergeRows) on a worker thread (RW-3), so compacting even tens of
// thousands of rows never blocks the relay. One worker, started on first use and unref'd (it never
// keeps the process alive); requests go one at a time. Where the worker cannot start (a runner that
// cannot load the worker's module), compaction falls back to slices on the main thread.
import { Worker } from 'node:worker_threads';
import type { Logger } from './log.ts';
import type { MergedRows } from './compaction.ts';
import { packRows } from './rowPacking.ts';

/** A worker that has not answered by then is taken as stuck: stopped, and compaction runs on the main thread. */
const REPLY_TIMEOUT_MS = 120_000;

type Reply = ({ id: number } & MergedRows) | { id: number; error: string };

/** Next to this module: .ts when run from source (tsx), .js in the built relay (vite.server.config.ts). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./compactionWorker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** From source (tests, benchmarks) the worker registers the TypeScript loader first: workers do not inherit it. */
function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

export interface RowMerger {
  /** The merged rows, or null when no worker is available (the caller merges in slices). */
  merge(updates: Uint8Array[]): Promise<MergedRows | null>;
  close(): Promise<void>;
}

export function createRowMerger(log: Logger): RowMerger {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve(r: MergedRows | null): void; reject(e: Error): void }>();

  const fail = (error: unknown) => {
    if (!broken) log.warn('compaction worker unavailable; compacting on the main thread', { error: String(error) });
    broken = true;
    worker = null;
    for (const w of waiting.values()) w.resolve(null);
    waiting.clear();
  };
  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = startWorker();
    } catch (error) {
      fail(error);
      return null;
    }
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve({ merged: reply.merged, bad: reply.bad });
    });
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`exit ${code}`)));
    return worker;
  };

  return {
    merge(updates) {
      const w = start();
      if (!w) return Promise.resolve(null);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          fail(new Error('no reply'));
          void w.terminate();
        }, REPLY_TIMEOUT_MS);
        timer.unref();
        const settle =
          <T>(fn: (v: T) => void) =>
          (v: T) => {
            clearTimeout(timer);
            fn(v);
          };
        waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
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

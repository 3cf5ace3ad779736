// The document log's writes on the relay's SQLite writer thread (RW-7): the same DocWrites as the main
// connection, but each one resolves when the thread has committed it, and the event loop stays free
// during the commit's fsync. Requests keep their order. If the thread fails, the writes it had not
// answered are refused (never acknowledged, S-5; a client sends them again) and every later write
// runs on the main connection instead.
import type { Worker } from 'node:worker_threads';
import { packRows } from '../rowPacking.ts';
import { startWorker } from '../workerThread.ts';
import type { DocWrites } from './sqliteDocWrites.ts';
import type { WriterOp, WriterReply } from './sqliteWriterProtocol.ts';

export type AsyncDocWrites = {
  [K in keyof DocWrites]: (...args: Parameters<DocWrites[K]>) => Promise<ReturnType<DocWrites[K]>>;
};

export interface ThreadWriter extends AsyncDocWrites {
  /** Waits for the writes posted, closes the thread's connection and stops it. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(result: number | null): void;
  reject(error: Error): void;
}

class WriterError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

// eslint-disable-next-line max-lines-per-function -- one closure over the thread and its replies
export function createThreadWriter(file: string, inline: DocWrites, onLost: (error: string) => void): ThreadWriter {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const lose = (error: unknown) => {
    if (!worker) return;
    const w = worker;
    worker = null;
    void w.terminate();
    onLost(String(error));
    const refused = new WriterError(`SQLite writer thread lost: ${String(error)}`);
    for (const p of waiting.values()) p.reject(refused);
    waiting.clear();
  };

  try {
    worker = startWorker('storage/sqliteWriterWorker', { file });
    worker.unref();
    worker.on('message', (reply: WriterReply) => {
      const p = waiting.get(reply.id);
      if (!p) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) worker?.unref();
      if ('error' in reply) p.reject(new WriterError(reply.error, reply.code));
      else p.resolve(reply.result);
    });
    worker.on('error', lose);
    worker.on('exit', (code) => lose(new Error(`exit ${code}`)));
  } catch (error) {
    worker = null;
    onLost(String(error));
  }

  const post = (op: WriterOp, transfer: ArrayBuffer[] = []): Promise<number | null> | null => {
    if (!worker) return null;
    const w = worker;
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      if (waiting.size === 0) w.ref();
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, ...op }, transfer);
    });
  };

  return {
    async appendRows(rows) {
      if (rows.length === 0) return;
      const packed = packRows(rows.map((r) => r.update));
      const names = rows.map((r) => r.name);
      const sent = post({ op: 'append', names, ...packed }, [packed.bytes.buffer as ArrayBuffer]);
      if (sent) await sent;
      else inline.appendRows(rows);
    },
    async compact(name, merged, upToId, moves) {
      const sent = post({ op: 'compact', name, merged, upToId, moves: [...moves] });
      if (sent) await sent;
      else inline.compact(name, merged, upToId, moves);
    },
    async quarantine(entry) {
      const sent = post({ op: 'quarantine', entry });
      if (sent) await sent;
      else inline.quarantine(entry);
    },
    async reclaimSpace(pages) {
      const sent = post({ op: 'reclaim', pages });
      return sent ? ((await sent) ?? 0) : inline.reclaimSpace(pages);
    },
    async close() {
      const closing = post({ op: 'close' });
      if (!closing) return;
      await closing.catch(() => undefined);
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

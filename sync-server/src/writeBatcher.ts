// Groups the relay's durable writes (RW-1): every update handed over during one event-loop turn — the
// socket reads of every client that turn carried — is appended in one transaction (one commit, one
// fsync), committed once the turn's reads have reached the hooks (setImmediate). Each caller's promise
// resolves only once its batch is committed, so an update is acknowledged only once durable (S-5);
// when the commit fails, every update of that batch is refused. Batches commit one at a time, in
// order; updates that arrive while one commits form the next. (Grouping per turn once looked like it
// broke S-10; it was the test's oracle that trusted the provider's unsynced count: RW-5.)
// A committed batch's callers are released one per event-loop turn (RW-7): each release sets off that
// update's apply, its acknowledgement and the answers queued behind it, all microtasks; released
// together, a catch-up's 150 documents blocked the relay for seconds and its liveness answers (S-22)
// with it, so the clients dropped the socket and sent their whole backlog again. Updates arriving
// meanwhile gather into the next batch, committed once the release is done (batches stay large).
import type { AppendRow, DocumentStore } from './storage/types.ts';

interface Pending extends AppendRow {
  resolve(): void;
  reject(error: unknown): void;
}

export interface WriteBatcher {
  /** Resolves once `update` is committed with the rest of its batch. */
  append(name: string, update: Uint8Array): Promise<void>;
  /** Updates handed over and not committed yet. */
  pending(): number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createWriteBatcher(
  store: Pick<DocumentStore, 'appendUpdates'>,
  onBatch: (rows: number, ms: number) => void = () => undefined,
): WriteBatcher {
  let next: Pending[] = [];
  let committing = 0;
  /** A committed batch's callers are being released: the next batch keeps gathering meanwhile. */
  let releasing = false;
  let scheduled = false;

  /** The last caller is released once the next batch may start: as soon as its commit is free. */
  const release = async (batch: Pending[]) => {
    releasing = true;
    for (let i = 0; i < batch.length; i++) {
      if (i > 0) await nextTurn();
      if (i === batch.length - 1) {
        releasing = false;
        if (next.length > 0) schedule();
      }
      batch[i]!.resolve();
    }
  };
  const flush = async () => {
    scheduled = false;
    const batch = next;
    next = [];
    committing = batch.length;
    const started = performance.now();
    let stored = false;
    try {
      await store.appendUpdates(batch);
      onBatch(batch.length, performance.now() - started);
      stored = true;
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      committing = 0;
    }
    if (stored) await release(batch);
    else if (next.length > 0) schedule();
  };
  function schedule() {
    if (scheduled || committing > 0 || releasing) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return {
    append(name, update) {
      return new Promise<void>((resolve, reject) => {
        next.push({ name, update, resolve, reject });
        schedule();
      });
    },
    pending: () => next.length + committing,
  };
}

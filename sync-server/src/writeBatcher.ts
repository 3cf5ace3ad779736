// Groups the relay's durable writes (RW-1): every update handed over during one event-loop turn — the
// socket reads of every client that turn carried — is appended in one transaction (one commit, one
// fsync), committed once the turn's reads have reached the hooks (setImmediate). Each caller's promise
// resolves only once its batch is committed, so an update is acknowledged only once durable (S-5);
// when the commit fails, every update of that batch is refused. Batches commit one at a time, in
// order; updates that arrive while one commits form the next. (Grouping per turn once looked like it
// broke S-10; it was the test's oracle that trusted the provider's unsynced count: RW-5.)
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

export function createWriteBatcher(
  store: Pick<DocumentStore, 'appendUpdates'>,
  onBatch: (rows: number, ms: number) => void = () => undefined,
): WriteBatcher {
  let next: Pending[] = [];
  let committing = 0;
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const batch = next;
    next = [];
    committing = batch.length;
    const started = performance.now();
    try {
      await store.appendUpdates(batch);
      onBatch(batch.length, performance.now() - started);
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      committing = 0;
      if (next.length > 0) schedule();
    }
  };
  function schedule() {
    if (scheduled || committing > 0) return;
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

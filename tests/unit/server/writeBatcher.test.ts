// RW-1: the durable writes of one event-loop turn share one transaction, and each caller learns of
// its write only once that transaction committed (S-5).
import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from '../../../sync-server/src/writeBatcher.ts';
import type { AppendRow } from '../../../sync-server/src/storage/types.ts';

/** A store whose commits wait until the test releases them. */
function gatedStore() {
  const batches: AppendRow[][] = [];
  const gates: { release(): void; fail(e: Error): void }[] = [];
  return {
    batches,
    gates,
    appendUpdates: (rows: readonly AppendRow[]) =>
      new Promise<void>((resolve, reject) => {
        batches.push([...rows]);
        gates.push({ release: resolve, fail: reject });
      }),
  };
}

const bytes = (n: number) => Uint8Array.of(n);
const turn = () => new Promise((r) => setImmediate(r));

describe('RW-1 grouped durable writes', () => {
  it('RW-1: updates handed over in one turn are committed together, in order, and resolve only after the commit', async () => {
    const store = gatedStore();
    const batcher = createWriteBatcher(store);
    const done: string[] = [];
    const writes = ['a', 'b', 'a'].map((name, i) => batcher.append(name, bytes(i)).then(() => done.push(name)));
    await turn();
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]!.map((r) => [r.name, r.update[0]])).toEqual([
      ['a', 0],
      ['b', 1],
      ['a', 2],
    ]);
    await turn();
    expect(done).toEqual([]); // not acknowledged before the commit
    expect(batcher.pending()).toBe(3);
    store.gates[0]!.release();
    await Promise.all(writes);
    expect(done).toHaveLength(3);
    expect(batcher.pending()).toBe(0);
  });

  it('RW-1: updates of separate socket reads in one turn (microtasks apart) share one commit', async () => {
    const store = gatedStore();
    const batcher = createWriteBatcher(store);
    const first = batcher.append('a', bytes(1));
    for (let i = 0; i < 10; i++) await Promise.resolve(); // another client's read, same turn
    const second = batcher.append('b', bytes(2));
    await turn();
    expect(store.batches.map((b) => b.map((r) => r.update[0]))).toEqual([[1, 2]]);
    store.gates[0]!.release();
    await Promise.all([first, second]);
  });

  it('RW-1: writes arriving while a batch commits form the next batch, committed after it', async () => {
    const store = gatedStore();
    const batcher = createWriteBatcher(store);
    const first = batcher.append('a', bytes(1));
    await turn();
    const second = batcher.append('a', bytes(2));
    const third = batcher.append('b', bytes(3));
    await turn();
    expect(store.batches).toHaveLength(1); // one commit at a time
    store.gates[0]!.release();
    await first;
    await turn();
    expect(store.batches.map((b) => b.map((r) => r.update[0]))).toEqual([[1], [2, 3]]);
    store.gates[1]!.release();
    await Promise.all([second, third]);
  });

  it('RW-1: a failed commit refuses every write of its batch and the next batch still commits', async () => {
    const store = gatedStore();
    const batcher = createWriteBatcher(store);
    const failed = [batcher.append('a', bytes(1)), batcher.append('b', bytes(2))].map((p) =>
      p.then(
        () => 'stored',
        (e: Error) => e.message,
      ),
    );
    await turn();
    store.gates[0]!.fail(new Error('disk full'));
    expect(await Promise.all(failed)).toEqual(['disk full', 'disk full']);
    const later = batcher.append('a', bytes(3));
    await turn();
    store.gates[1]!.release();
    await expect(later).resolves.toBeUndefined();
    expect(store.batches).toHaveLength(2);
  });
});

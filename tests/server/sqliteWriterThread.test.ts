// RW-7: the relay's document writes commit on a writer thread, so the event loop keeps reading sockets
// while a commit (and its fsync) runs; the calling thread's store commits synchronously inside the call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../../sync-server/src/storage/sqlite.ts';
import type { Storage } from '../../sync-server/src/storage/types.ts';

const dirs: string[] = [];
const stores: Storage[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function open(writerThread: boolean, lost: string[] = []): Storage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-writer-'));
  dirs.push(dir);
  const store = createSqliteStorage(path.join(dir, 'bitacora.sqlite'), {
    writerThread,
    onWriterLost: (e) => lost.push(e),
  });
  stores.push(store);
  return store;
}

/** 20 MB in 400 rows over 10 documents: a commit that takes many event-loop turns to write. */
const bigBatch = () =>
  Array.from({ length: 400 }, (_, k) => ({
    name: `school:1:doc${k % 10}`,
    update: new Uint8Array(50_000).fill(k % 251),
  }));

/** Event-loop turns that ran while `work` was pending. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  const timer = setInterval(() => turns++, 0);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return turns;
}

describe('RW-7 the SQLite writer thread', () => {
  it('RW-7 the event loop keeps turning while a batch commits on the writer thread, and the main connection reads it', async () => {
    const lost: string[] = [];
    const store = open(true, lost);
    const rows = bigBatch();
    expect(await turnsDuring(() => store.appendUpdates(rows))).toBeGreaterThan(0);
    const stored = await store.loadUpdates('school:1:doc3');
    expect(stored.updates).toHaveLength(40);
    expect(stored.updates[0]).toEqual(rows[3]!.update);
    expect(lost).toEqual([]);
  });

  it('RW-7 without the writer thread the same commit holds the event loop for its whole length', async () => {
    const store = open(false);
    expect(await turnsDuring(() => store.appendUpdates(bigBatch()))).toBe(0);
    expect((await store.loadUpdates('school:1:doc3')).updates).toHaveLength(40);
  });

  it('RW-7, S-9 compaction and reclaiming space run on the thread in order with the appends around them', async () => {
    const store = open(true);
    const name = 'school:1:pme';
    const one = (b: number) => Uint8Array.of(b, 1, 2);
    await store.appendUpdates([1, 2, 3].map((b) => ({ name, update: one(b) })));
    const { lastId } = await store.loadUpdates(name);
    const later = store.appendUpdate(name, one(4));
    const compacted = store.compact(name, one(9), lastId, []);
    await Promise.all([later, compacted]);
    expect((await store.loadUpdates(name)).updates).toEqual([one(4), one(9)]);
    expect(await store.reclaimSpace(8)).toBeGreaterThanOrEqual(0);
  });
});

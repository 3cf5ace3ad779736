// Compaction off the event loop (docs/spec/sync.md RW-3, RW-4, S-9): a document is compacted once
// it gathers enough rows, without waiting for its store debounce; updates sent while it compacts are
// acknowledged meanwhile and survive a kill -9; the freed pages go back to the file system.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { beforeSyncPayload } from '@hocuspocus/server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMPACT_AFTER_ROWS, persistenceExtension } from '../../sync-server/src/persistence.ts';
import { createSqliteStorage } from '../../sync-server/src/storage/sqlite.ts';
import { createLogger } from '../../sync-server/src/log.ts';
import { createRowMerger } from '../../sync-server/src/mergeInWorker.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import {
  ClientPool,
  openAndWait,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';

const eva: TestUser = { username: 'eva', role: 'asesor', password: 'clave-eva-0001', schools: ['901'] };
const NAME = 'school:901:pme';

const pool = new ClientPool();
const relays: RelayProcess[] = [];
const dirs: string[] = [];
afterEach(() => pool.destroyAll());
afterAll(async () => {
  for (const r of relays) await r.destroy();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function keystrokes(count: number, from = 0): Uint8Array[] {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => rows.push(u));
  for (let i = from; i < from + count; i++) doc.getMap('campos').set(`k${i}`, 'x'.repeat(200));
  return rows;
}

const rowsOf = (file: string, name: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM doc_updates WHERE name = ?').get(name) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('RW-3 compaction leaves the relay free', () => {
  it('RW-3, S-9: updates sent while a document compacts are stored and acknowledged before it ends, and kept', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-compaction-'));
    dirs.push(dir);
    const file = path.join(dir, 'bitacora.sqlite');
    let store = createSqliteStorage(file);
    const old = keystrokes(4000);
    await store.appendUpdates(old.map((update) => ({ name: NAME, update })));
    const ext = persistenceExtension(store, createLogger('silent'));
    const relayDoc = new Y.Doc();
    await ext.onLoadDocument!({ document: relayDoc, documentName: NAME } as never);
    await ext.idle(); // the load itself compacts (4,000 rows ≥ COMPACT_AFTER_ROWS)
    await store.appendUpdates(keystrokes(2000, 10_000).map((update) => ({ name: NAME, update })));

    let compactionDone = false;
    const compaction = ext.onStoreDocument!({ documentName: NAME } as never).then(() => (compactionDone = true));
    const ackedDuringCompaction: boolean[] = [];
    const acks = keystrokes(30, 50_000).map((payload) =>
      ext.beforeSync!({
        type: 2,
        payload,
        documentName: NAME,
        document: relayDoc,
        context: { userId: 'u1' },
        connection: { readOnly: false },
      } as unknown as beforeSyncPayload).then(() => ackedDuringCompaction.push(!compactionDone)),
    );
    await Promise.all([compaction, ...acks]);
    expect(ackedDuringCompaction.filter(Boolean).length).toBeGreaterThan(0);
    await store.close();

    store = createSqliteStorage(file); // as after a restart: only what is on disk
    const { updates } = await store.loadUpdates(NAME);
    expect(updates.length).toBeLessThan(40); // compacted, plus the rows written meanwhile
    const reloaded = new Y.Doc();
    for (const u of updates) Y.applyUpdate(reloaded, u);
    const campos = reloaded.getMap('campos');
    for (const key of ['k0', 'k3999', 'k10000', 'k11999', 'k50000', 'k50029']) expect(campos.has(key), key).toBe(true);
    expect(campos.size).toBe(4000 + 2000 + 30);
    await store.close();
  });

  it('RW-4: the freed pages go back to the file system after a compaction', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-compaction-'));
    dirs.push(dir);
    const file = path.join(dir, 'bitacora.sqlite');
    const store = createSqliteStorage(file);
    const ext = persistenceExtension(store, createLogger('silent'));
    // The same key rewritten: the merged row is small, the 3,000 rows were not.
    const doc = new Y.Doc();
    const rows: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => rows.push(u));
    for (let i = 0; i < 3000; i++) doc.getMap('campos').set('texto', `${i}`.repeat(300));
    await store.appendUpdates(rows.map((update) => ({ name: NAME, update })));
    const db = new Database(file, { readonly: true });
    const pages = () => db.pragma('page_count', { simple: true }) as number;
    const before = pages();
    await ext.onStoreDocument!({ documentName: NAME } as never);
    await ext.idle();
    expect(pages()).toBeLessThan(before / 4);
    db.close();
    await store.close();
  });
});

describe('RW-3 the compaction worker thread', () => {
  it('RW-3, S-9: merges and verifies rows on a worker thread and hands back a row that holds them all', async () => {
    const warnings: string[] = [];
    const log = { ...createLogger('silent'), warn: (msg: string) => warnings.push(msg) };
    const merger = createRowMerger(log);
    try {
      const result = await merger.merge(keystrokes(300));
      expect(warnings).toEqual([]);
      expect(result?.bad).toEqual([]);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, result!.merged!);
      expect(doc.getMap('campos').size).toBe(300);
    } finally {
      await merger.close();
    }
  });
});

describe('RW-3 with a real relay', () => {
  it('RW-3, S-7: a document past COMPACT_AFTER_ROWS is compacted with no debounce, and kill -9 keeps every acknowledged update', async () => {
    const relay = await startRelayWithUsers([eva], { env: { STORE_DEBOUNCE_MS: '600000' } });
    relays.push(relay);
    const token = await tokenOf(relay, eva);
    const entry = await openAndWait(pool.client(relay, token), NAME);
    const total = COMPACT_AFTER_ROWS * 3;
    for (let i = 0; i < total; i++) {
      entry.doc.getMap('campos').set(`k${i}`, i);
      if (i % 100 === 99) await waitAcked(entry, 60_000);
    }
    await waitAcked(entry, 60_000);
    pool.destroyAll();
    await relay.kill();
    expect(rowsOf(path.join(relay.dataDir, 'bitacora.sqlite'), NAME)).toBeLessThan(total / 2);

    await relay.start();
    const reader = await openAndWait(pool.client(relay, await tokenOf(relay, eva)), NAME);
    const campos = reader.doc.getMap('campos');
    expect(campos.size).toBe(total);
    expect(campos.get(`k${total - 1}`)).toBe(total - 1);
  });
});

// relay.compaction.maxBlock.ms: the longest the relay's event loop stays blocked while it compacts
// a document with 5,000 uncompacted rows (one row per keystroke-sized edit, as a form writes them),
// measured in-process with a 1 ms timer-drift probe. Also: how long the compaction takes end to end
// and the SQLite file's size after it (the rows' space is reclaimed by the vacuum that follows).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { createSqliteStorage } from '../sync-server/src/storage/sqlite.ts';
import { persistenceExtension } from '../sync-server/src/persistence.ts';
import { createLogger } from '../sync-server/src/log.ts';
import type { BenchResult } from './types.ts';

const ROWS = 5_000;
const NAME = 'school:9100:pme';

/** Rows as a form writes them: characters typed into text fields, with a field set every few. */
function keystrokeRows(): Uint8Array[] {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => rows.push(u));
  const entries = doc.getMap<Y.Map<unknown>>('entries');
  for (let i = 0; rows.length < ROWS; i++) {
    if (i % 40 === 0) {
      const entry = new Y.Map<unknown>();
      entry.set('text', new Y.Text());
      entries.set(`e${i / 40}`, entry);
    }
    const entry = entries.get(`e${Math.floor(i / 40)}`)!;
    const text = entry.get('text') as Y.Text;
    if (i % 10 === 9) entry.set('status', i % 3);
    else text.insert(text.length, 'abcdefghij'[i % 10]!);
  }
  doc.destroy();
  return rows.slice(0, ROWS);
}

/** Longest gap between 1 ms timer ticks, minus the 1 ms asked for. */
function blockProbe(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 1);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    stop() {
      clearTimeout(timer);
      return Math.max(worst, performance.now() - last - 1);
    },
  };
}

export async function benchRelayCompaction(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bitacora-compaction-'));
  const file = path.join(dir, 'bitacora.sqlite');
  const store = createSqliteStorage(file);
  try {
    await store.appendUpdates(keystrokeRows().map((update) => ({ name: NAME, update })));
    const persistence = persistenceExtension(store, createLogger('silent'));
    const probe = blockProbe();
    const started = performance.now();
    await persistence.onStoreDocument!({ documentName: NAME } as never);
    await persistence.idle();
    const totalMs = performance.now() - started;
    const maxBlock = probe.stop();
    const { updates } = await store.loadUpdates(NAME);
    if (updates.length !== 1) throw new Error(`compaction left ${updates.length} rows`);
    await store.close();
    const sizeKiB = (await stat(file)).size / 1024;
    process.stderr.write(`  compaction of ${ROWS} rows: ${Math.round(totalMs)} ms; file ${Math.round(sizeKiB)} KiB\n`);
    return [
      { id: 'relay.compaction.maxBlock.ms', value: Math.round(maxBlock * 10) / 10, unit: 'ms' },
      { id: 'relay.compaction.ms', value: Math.round(totalMs), unit: 'ms' },
      { id: 'relay.compaction.fileKiB', value: Math.round(sizeKiB), unit: 'KiB' },
    ];
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// sync.catchup: an advisor with 30 schools × 5 documents edits all of them offline, then
// reconnects. Runs the app's own sync stack (Workspace + SyncEngine, IndexedDB via fake-indexeddb)
// against the real relay process on loopback, and measures:
// - ms: reconnect → every document confirmed stored by the relay ("al día");
// - roundTrips: sequential round trips on that path, read off the time a 250 ms one-way delay adds
//   (a long round trip, so that the machine's noise is a small part of one);
// - bytesRatio: bytes the client sent ÷ the sum of the Yjs updates made offline.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { DOC_KINDS, docName, toSchoolId, type DocName } from '../src/domain/wire/documentNames.ts';
import { LOCAL_EDIT, Workspace } from '../src/data/workspace.ts';
import { SyncEngine } from '../src/sync/syncEngine.ts';
import { syncStore } from '../src/sync/syncStore.ts';
import { startDelayProxy } from './delayProxy.ts';
import type { BenchResult } from './types.ts';

const SCHOOLS = 30;
const KINDS = DOC_KINDS.slice(0, 5);
const ONE_WAY_MS = 250;

function countingWebSocket(counter: { bytes: number }) {
  return class extends WebSocket {
    override send(data: unknown, ...rest: unknown[]): void {
      counter.bytes += (data as ArrayBufferView).byteLength ?? 0;
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  };
}

function edit(doc: Y.Doc, round: number): void {
  doc.transact(() => {
    const map = doc.getMap('data');
    for (let f = 0; f < 12; f++) map.set(`field${f}`, `valor ${round}-${f}`);
    doc.getText('notes').insert(0, `Acuerdo del taller ${round}: revisar metas y medios de verificación. `);
  }, LOCAL_EDIT);
}

function allConfirmed(names: DocName[]): Promise<void> {
  const done = () =>
    names.every((n) => syncStore.getState().docs[n]?.synced && syncStore.getState().docs[n]?.pending === 0);
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => reject(new Error('catch-up did not finish in 60 s')), 60_000);
    const stop = syncStore.subscribe(() => {
      if (!done()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

async function reconnect(workspace: Workspace, port: number, token: string, names: DocName[]) {
  const counter = { bytes: 0 };
  const start = performance.now();
  const engine = new SyncEngine(workspace, {
    baseUrl: `ws://127.0.0.1:${port}`,
    token: () => token,
    WebSocketPolyfill: countingWebSocket(counter),
  });
  await allConfirmed(names);
  const ms = performance.now() - start;
  // Counted up to "al día": what closing the engine sends afterwards is not part of the catch-up.
  const bytes = counter.bytes;
  engine.destroy();
  return { ms, bytes };
}

function editOffline(docs: Y.Doc[], round: number): number {
  let bytes = 0;
  const count = (u: Uint8Array, origin: unknown) => origin === LOCAL_EDIT && (bytes += u.byteLength);
  for (const doc of docs) {
    doc.on('update', count);
    edit(doc, round);
    doc.off('update', count);
  }
  return bytes;
}

export async function benchSyncCatchup(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create({ env: { LOG_LEVEL: 'warn' } });
  await relay.start();
  try {
    const schools = Array.from({ length: SCHOOLS }, (_, i) => toSchoolId(1000 + i));
    await relay.addUser('bench', 'asesor', 'benchmark-pass', schools);
    const { token, user } = await relay.login('bench', 'benchmark-pass');
    const workspace = new Workspace(user.id);
    const names = schools.flatMap((s) => KINDS.map((k) => docName(s, k)));
    const docs = await Promise.all(names.map((n) => workspace.openDoc(n)));

    // Synced once (as after the last visit to the office), then offline work, then reconnect.
    editOffline(docs, 0);
    await reconnect(workspace, relay.port, token, names);
    const updates = editOffline(docs, 1) + editOffline(docs, 2);
    const direct = await reconnect(workspace, relay.port, token, names);

    // Round trips: the same small catch-up on loopback and through the delay, alternating, the
    // fastest of five each (the least disturbed by a busy machine;
    // the floor is 2, CU-6: the WebSocket upgrade, then the first flight and its answers).
    const proxy = await startDelayProxy(relay.port, ONE_WAY_MS);
    let near = Infinity;
    let far = Infinity;
    for (let r = 0; r < 5; r++) {
      editOffline(docs, 3 + 2 * r);
      near = Math.min(near, (await reconnect(workspace, relay.port, token, names)).ms);
      editOffline(docs, 4 + 2 * r);
      far = Math.min(far, (await reconnect(workspace, proxy.port, token, names)).ms);
    }
    await proxy.close();
    await workspace.close();

    return [
      { id: 'sync.catchup.ms', value: Math.round(direct.ms), unit: 'ms' },
      {
        id: 'sync.catchup.roundTrips',
        value: Math.round(((far - near) / (2 * ONE_WAY_MS)) * 10) / 10,
        unit: 'round trips',
      },
      { id: 'sync.catchup.bytesRatio', value: Math.round((direct.bytes / updates) * 100) / 100, unit: 'ratio' },
    ];
  } finally {
    await relay.destroy();
  }
}

// sync.catchupLarge: a week offline with realistic sizes. An advisor with 30 schools × 5 documents
// (a synced base of ~6 KB each) types ~3 MB of Yjs updates in all while offline, then reconnects
// through a link shaped to 300 ms RTT (bench/delayProxy.ts). Runs the app's own sync stack
// (Workspace + SyncEngine, fake-indexeddb) against the real relay process, and measures:
// - roundTrips: sequential round trips from reconnect to every document "al día" (S-6), read off
//   the time the 300 ms RTT adds over the same catch-up on plain loopback;
// - ms: that catch-up at 300 ms RTT, wall time;
// - downRatio: bytes the relay sent ÷ bytes the client sent (the relay should send only what the
//   client lacks: here nothing but acknowledgements);
// - upRatio: bytes the client sent ÷ the Yjs updates made offline.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { DOC_KINDS, docName, toSchoolId } from '../src/domain/wire/documentNames.ts';
import { LOCAL_EDIT, Workspace } from '../src/data/workspace.ts';
import { startDelayProxy } from './delayProxy.ts';
import { reconnectAndCount, relayIdle, type FrameObserver } from './syncCatchupCounting.ts';
import type { BenchResult } from './types.ts';

const SCHOOLS = 30;
const KINDS = DOC_KINDS.slice(0, 5);
export const ONE_WAY_MS = 150;
/** Per document and offline week: 40 saves of a paragraph and a few fields ≈ 20 KB, 3 MB for 150 documents. */
const SAVES_PER_WEEK = 40;

const PARAGRAPH =
  'Se revisaron las metas del plan con el equipo directivo y se acordó ajustar los medios de verificación ' +
  'de las acciones de acompañamiento al aula; la jefa UTP enviará el calendario de visitas y el registro de ' +
  'asistencia de los talleres antes del próximo corte. Observaciones del asesor sobre la implementación: ';

function save(doc: Y.Doc, week: number, n: number): void {
  doc.transact(() => {
    const map = doc.getMap('data');
    for (let f = 0; f < 6; f++) map.set(`campo${(n + f) % 24}`, `semana ${week}, registro ${n}, valor ${f}`);
    const text = doc.getText('notes');
    text.insert(text.length, `${PARAGRAPH}${week}.${n} `);
  }, LOCAL_EDIT);
}

function workOffline(docs: Y.Doc[], week: number, saves: number): number {
  let bytes = 0;
  const count = (u: Uint8Array, origin: unknown) => origin === LOCAL_EDIT && (bytes += u.byteLength);
  for (const doc of docs) {
    doc.on('update', count);
    for (let n = 0; n < saves; n++) save(doc, week, n);
    doc.off('update', count);
  }
  return bytes;
}

/** The advisor's workspace, synced once at the office, and a relay reachable directly and through the proxy. */
export async function setUpLargeCatchup() {
  const relay = await RelayProcess.create({
    env: {
      LOG_LEVEL: 'warn',
      ...(process.env.RELAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.RELAY_NODE_OPTIONS } : {}),
    },
  });
  await relay.start();
  const proxy = await startDelayProxy(relay.port, ONE_WAY_MS);
  const schools = Array.from({ length: SCHOOLS }, (_, i) => toSchoolId(2000 + i));
  await relay.addUser('bench-large', 'asesor', 'benchmark-pass', schools);
  const { token, user } = await relay.login('bench-large', 'benchmark-pass');
  const workspace = new Workspace(user.id);
  const names = schools.flatMap((s) => KINDS.map((k) => docName(s, k)));
  const docs = await Promise.all(names.map((n) => workspace.openDoc(n)));
  /** A week of offline work, then a reconnect through `port` until every document is "al día". */
  const catchUp = async (week: number, port: number, observe?: FrameObserver) => {
    const updates = workOffline(docs, week, SAVES_PER_WEEK);
    await relayIdle(relay.url);
    return { updates, ...(await reconnectAndCount(workspace, `ws://127.0.0.1:${port}`, token, names, observe)) };
  };
  // The base: synced at the office before the weeks in the field.
  workOffline(docs, 0, 12);
  await reconnectAndCount(workspace, `ws://127.0.0.1:${relay.port}`, token, names);
  const close = async () => {
    await workspace.close();
    await proxy.close();
    // A relay run under a profiler (RELAY_NODE_OPTIONS) writes its profile on a graceful stop.
    if (process.env.RELAY_NODE_OPTIONS) await relay.stop();
    await relay.destroy();
  };
  return { relay, proxy, catchUp, close };
}

/** Each catch-up is run REPEATS times on each link, alternating; the fastest of each counts (the least disturbed). */
const REPEATS = 2;

export async function benchSyncCatchupLarge(): Promise<BenchResult[]> {
  const { relay, proxy, catchUp, close } = await setUpLargeCatchup();
  try {
    const direct: Awaited<ReturnType<typeof catchUp>>[] = [];
    const delayed: Awaited<ReturnType<typeof catchUp>>[] = [];
    for (let r = 0; r < REPEATS; r++) {
      direct.push(await catchUp(2 * r + 1, relay.port));
      delayed.push(await catchUp(2 * r + 2, proxy.port));
    }
    const fastest = <T extends { ms: number }>(runs: T[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const near = fastest(direct);
    const far = fastest(delayed);
    process.stderr.write(
      `catchupLarge: offline updates ${far.updates} B; up ${far.up} B, down ${far.down} B; ` +
        `loopback ${direct.map((d) => Math.round(d.ms)).join('/')} ms, ` +
        `300 ms RTT ${delayed.map((d) => Math.round(d.ms)).join('/')} ms\n`,
    );
    const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
    return [
      {
        id: 'sync.catchupLarge.roundTrips',
        value: round((far.ms - near.ms) / (2 * ONE_WAY_MS), 1),
        unit: 'round trips',
      },
      { id: 'sync.catchupLarge.ms', value: Math.round(far.ms), unit: 'ms' },
      { id: 'sync.catchupLarge.downRatio', value: round(far.down / far.up, 3), unit: 'ratio' },
      { id: 'sync.catchupLarge.upRatio', value: round(far.up / far.updates, 3), unit: 'ratio' },
    ];
  } finally {
    await close();
  }
}

// relay.throughput.ratio: acknowledged updates a second of our relay (durable, its own process) ÷ a
// stock in-memory Hocuspocus of the same version (its own process), 200 saturated writers (each sends
// its next edit when the last is acknowledged), phases interleaved in one run so both see the same
// machine load. relay.p99.ms: 1,000 live clients × 1 edit/s on our relay, edit → acknowledgement p99.
import { spawn, type ChildProcess } from 'node:child_process';
import * as Y from 'yjs';
import { DOC_KINDS } from '../src/domain/wire/documentNames.ts';
import { RelayProcess, freePort } from '../tests/support/serverProcess.ts';
import { NodeSyncClient, waitFor, type ClientDoc } from '../tests/support/nodeClient.ts';
import type { BenchResult } from './types.ts';

const WRITERS = 200;
const PHASE_MS = 2_000;
const PHASES_EACH = 3;
const LIVE_CLIENTS = 1_000;
const LIVE_SCHOOLS = LIVE_CLIENTS / 5;
const LIVE_RUN_MS = 10_000;
// The relay as deployed: the tests' relay stores (and compacts) 200 ms after a document's last edit, which
// with 1,000 documents edited once a second is a compaction per edit, not what a real relay does.
const RELAY_STORE_DEBOUNCE_MS = '2000';
const STOCK_SERVER = `
import { Server } from '@hocuspocus/server';
const server = new Server({ port: Number(process.argv[1]), address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
console.log('listening');`;

const schoolIds = (n: number) => Array.from({ length: n }, (_, k) => String(8000 + k));

/** Stock Hocuspocus, nothing but its defaults: in-memory documents, no authentication hook. */
async function startStock(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', STOCK_SERVER, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`stock server exited with ${code}`)));
  });
  return { url: `ws://127.0.0.1:${port}`, child };
}

/** A writer edits again as soon as its last edit is acknowledged, while `running`. */
function saturatedWriter(entry: ClientDoc) {
  const state = { running: false, acks: 0, i: 0 };
  const edit = () => entry.doc.getMap('fields').set(`k${state.i % 20}`, state.i++);
  entry.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number !== 0) return;
    state.acks++;
    if (state.running) edit();
  });
  return {
    state,
    start: () => {
      state.running = true;
      edit();
    },
  };
}

function openWriters(url: string, token: string, names: string[]) {
  const clients = names.map(() => new NodeSyncClient(url, token));
  const writers = names.map((name, k) => saturatedWriter(clients[k]!.open(name, new Y.Doc())));
  return { clients, writers };
}

async function phase(writers: ReturnType<typeof saturatedWriter>[]): Promise<number> {
  for (const w of writers) w.state.acks = 0;
  const started = performance.now();
  writers.forEach((w) => w.start());
  await new Promise((r) => setTimeout(r, PHASE_MS));
  writers.forEach((w) => (w.state.running = false));
  const acks = writers.reduce((n, w) => n + w.state.acks, 0);
  const seconds = (performance.now() - started) / 1000;
  // Let the edits still in flight land before the other relay's phase starts.
  await new Promise((r) => setTimeout(r, 300));
  return acks / seconds;
}

async function measureRatio(relay: RelayProcess, token: string): Promise<BenchResult[]> {
  const stock = await startStock();
  const names = schoolIds(WRITERS).map((s) => `school:${s}:profile`);
  const ours = openWriters(relay.wsUrl, token, names);
  const theirs = openWriters(stock.url, 'stock', names);
  const all = [...ours.clients, ...theirs.clients];
  try {
    await waitFor(() => all.every((c) => c.isSettled()), 60_000, 'first sync of every writer');
    let oursTotal = 0;
    let stockTotal = 0;
    for (let p = 0; p < PHASES_EACH; p++) {
      oursTotal += await phase(ours.writers);
      stockTotal += await phase(theirs.writers);
    }
    const oursRate = oursTotal / PHASES_EACH;
    const stockRate = stockTotal / PHASES_EACH;
    process.stderr.write(`  ours ${Math.round(oursRate)} acks/s, stock ${Math.round(stockRate)} acks/s\n`);
    return [
      { id: 'relay.throughput.ratio', value: Math.round((oursRate / stockRate) * 100) / 100, unit: '×' },
      { id: 'relay.throughput.acksPerSec', value: Math.round(oursRate), unit: 'acks/s' },
    ];
  } finally {
    all.forEach((c) => c.destroy());
    stock.child.kill('SIGKILL');
  }
}

/** Each client edits once a second (start times spread over the second) and records edit → ack. */
async function measureP99(relay: RelayProcess, token: string): Promise<BenchResult[]> {
  const names = schoolIds(LIVE_SCHOOLS).flatMap((s) => DOC_KINDS.slice(0, 5).map((k) => `school:${s}:${k}`));
  const clients = names.map(() => new NodeSyncClient(relay.wsUrl, token));
  const samples: number[] = [];
  const timers: NodeJS.Timeout[] = [];
  const unanswered: number[][] = [];
  try {
    const entries = names.map((name, k) => clients[k]!.open(name, new Y.Doc()));
    await waitFor(() => clients.every((c) => c.isSettled()), 120_000, 'first sync of every live client');
    entries.forEach((entry, k) => {
      // Acknowledgements come back in order: each decrement of the unsynced count answers the oldest edit.
      const sentAt: number[] = [];
      let unsynced = 0;
      let i = 0;
      entry.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        for (let n = number; n < unsynced && sentAt.length > 0; n++) samples.push(performance.now() - sentAt.shift()!);
        unsynced = number;
      });
      const edit = () => {
        sentAt.push(performance.now());
        entry.doc.getMap('fields').set('live', i++);
      };
      timers.push(setTimeout(() => timers.push(setInterval(edit, 1000)), (k * 1000) / entries.length));
      unanswered.push(sentAt);
    });
    await new Promise((r) => setTimeout(r, LIVE_RUN_MS));
    timers.forEach((t) => clearTimeout(t));
    await waitFor(() => unanswered.every((q) => q.length === 0), 5_000, 'last acknowledgements').catch(() => undefined);
  } finally {
    timers.forEach((t) => clearTimeout(t));
    clients.forEach((c) => c.destroy());
  }
  // An edit not acknowledged by the end counts with how long it had waited by then (a lower bound).
  const end = performance.now();
  const lost = unanswered.reduce((n, q) => n + q.length, 0);
  samples.push(...unanswered.flatMap((q) => q.map((sentAt) => end - sentAt)));
  samples.sort((a, b) => a - b);
  const p99 = samples[Math.floor(0.99 * (samples.length - 1))] ?? NaN;
  process.stderr.write(`  ${samples.length - lost} live edits acknowledged, ${lost} not\n`);
  return [{ id: 'relay.p99.ms', value: Math.round(p99 * 10) / 10, unit: 'ms' }];
}

export async function benchRelayThroughput(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create({
    env: { LOG_LEVEL: 'warn', MAX_SOCKETS_PER_ADDRESS: '5000', STORE_DEBOUNCE_MS: RELAY_STORE_DEBOUNCE_MS },
  });
  await relay.start();
  try {
    await relay.addUser('bench', 'asesor', 'benchmark-pass', schoolIds(Math.max(WRITERS, LIVE_SCHOOLS)));
    const { token } = await relay.login('bench', 'benchmark-pass');
    return [...(await measureRatio(relay, token)), ...(await measureP99(relay, token))];
  } finally {
    await relay.destroy();
  }
}

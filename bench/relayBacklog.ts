// relay.backlog.writesPerSec (docs/spec/sync.md S-24): the highest sustained write rate — updates a
// second across 20 writers on 20 documents, STORE_DEBOUNCE_MS=0 so compaction runs after every
// change — at which every durability checkpoint (sent once a second by each writer) is answered
// `covered` within 2 s. Rates double from 20/s until one fails.
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { NodeSyncClient, waitFor, type ClientDoc } from '../tests/support/nodeClient.ts';
import { bytesToBase64 } from '../src/domain/wire/base64.ts';
import { checkpointReplySchema } from '../src/domain/wire/protocol.ts';
import type { BenchResult } from './types.ts';

const WRITERS = 20;
const STEP_MS = 6_000;
const CHECKPOINT_LIMIT_MS = 2_000;
const RATES = [20, 40, 80, 160, 320, 640, 1280];

/** One writer: edits at its share of the rate and measures how long each checkpoint takes to be covered. */
function writer(entry: ClientDoc) {
  const latencies: number[] = [];
  let open: { id: number; sentAt: number; sv: string } | null = null;
  let seq = 0;
  const send = () =>
    open && entry.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id: open.id, sv: open.sv }));
  entry.provider.on('stateless', ({ payload }: { payload: string }) => {
    const reply = checkpointReplySchema.safeParse(JSON.parse(payload));
    if (!reply.success || !open || reply.data.id !== open.id) return;
    if (!reply.data.covered) return void setTimeout(send, 20);
    latencies.push(Date.now() - open.sentAt);
    open = null;
  });
  return {
    latencies,
    edit: (i: number) => entry.doc.getMap('fields').set(`k${i % 50}`, i),
    checkpoint: () => {
      if (open) return; // still waiting: it counts from its own start
      open = { id: ++seq, sentAt: Date.now(), sv: bytesToBase64(Y.encodeStateVector(entry.doc)) };
      send();
    },
    pendingSince: () => (open ? Date.now() - open.sentAt : 0),
  };
}

async function sustain(writers: ReturnType<typeof writer>[], rate: number): Promise<number> {
  for (const w of writers) w.latencies.length = 0;
  const perWriterMs = (1000 * writers.length) / rate;
  let i = 0;
  const timers = writers.map((w) => setInterval(() => w.edit(i++), perWriterMs));
  const checkpoints = setInterval(() => writers.forEach((w) => w.checkpoint()), 1000);
  await new Promise((r) => setTimeout(r, STEP_MS));
  timers.forEach(clearInterval);
  clearInterval(checkpoints);
  writers.forEach((w) => w.checkpoint());
  await waitFor(() => writers.every((w) => w.pendingSince() === 0), 30_000, 'last checkpoints').catch(() => undefined);
  return Math.max(...writers.flatMap((w) => [...w.latencies, w.pendingSince()]));
}

export async function benchRelayBacklog(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create({ env: { LOG_LEVEL: 'warn', STORE_DEBOUNCE_MS: '0' } });
  await relay.start();
  const clients: NodeSyncClient[] = [];
  try {
    const schools = Array.from({ length: WRITERS }, (_, k) => String(7401 + k));
    await relay.addUser('bench', 'asesor', 'benchmark-pass', schools);
    const { token } = await relay.login('bench', 'benchmark-pass');
    const writers = schools.map((s) => {
      const client = new NodeSyncClient(relay.wsUrl, token);
      clients.push(client);
      return writer(client.open(`school:${s}:profile`, new Y.Doc()));
    });
    await waitFor(() => clients.every((c) => c.isSettled()), 30_000, 'first sync');
    let best = 0;
    for (const rate of RATES) {
      const worst = await sustain(writers, rate);
      process.stderr.write(`  ${rate} writes/s: slowest checkpoint ${worst} ms\n`);
      if (worst > CHECKPOINT_LIMIT_MS) break;
      best = rate;
    }
    return [{ id: 'relay.backlog.writesPerSec', value: best, unit: 'writes/s' }];
  } finally {
    for (const c of clients) c.destroy();
    await relay.destroy();
  }
}

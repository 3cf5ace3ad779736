// Seeded convergence property through the app's own sync client (docs/spec/sync.md S-10, FZ-1):
// 3–4 clients made of src/data + src/sync (one socket per client carrying 3–4 documents) edit while
// going offline and online at random, have sockets cut in the middle of their first flight, and
// see the relay killed with SIGKILL between rounds. After each restart the relay must still hold
// every edit a client was told is stored (FZ-2); at the end every replica and a stock reader hold
// identical documents, and the relay logged nothing malformed or refused (FZ-3). A failure names
// its seed; replay one with TEST_SEED=<seed>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';
import {
  ClientPool,
  openAndWait,
  snapshot,
  startRelayWithUsers,
  tokenOf,
  type TestUser,
} from '../support/relayFixture.ts';
import { AppSyncClient } from '../support/appSyncClient.ts';
import { docName, toSchoolId, type DocName } from '../../src/domain/wire/documentNames.ts';
import { Rng, seedsFromEnv, withSeed } from '../support/random.ts';

const SEEDS = seedsFromEnv([1, 2, 3]);
const SOAK = process.env.TEST_SEED?.includes('-') ?? false;
// Two schools per scenario, never shared between scenarios.
const SCHOOLS = Array.from({ length: Math.max(24, 2 * SEEDS.length + 2) }, (_, i) => String(2100 + i));
const asesor: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: SCHOOLS };
const escuela: TestUser = { username: 'dir', role: 'escuela', password: 'clave-dir-0001', schools: SCHOOLS };
const KEYS = ['nombre', 'director', 'comuna', 'matricula', 'categoria'] as const;

let relay: RelayProcess;
const tokens: string[] = [];
const readers = new ClientPool();
let nextSchool = 0;

beforeAll(async () => {
  relay = await startRelayWithUsers([asesor, escuela]);
  tokens.push(await tokenOf(relay, asesor), await tokenOf(relay, escuela));
});
afterAll(async () => {
  readers.destroyAll();
  await relay?.destroy();
});

type Step =
  | { type: 'toggle'; client: number }
  | { type: 'cut'; client: number; frames: number }
  | { type: 'edit'; client: number; doc: number; kind: number; at: number; word: string; key: string }
  | { type: 'kill' }
  | { type: 'flow'; settle: boolean; turns: number };

interface Plan {
  clients: number;
  docs: number;
  steps: Step[];
}

/** The whole scenario of a seed, drawn up front so a seed always replays the same plan. */
function planScenario(seed: number, rounds: number): Plan {
  const rng = new Rng(seed);
  const plan: Plan = { clients: rng.int(3, 4), docs: rng.int(3, 4), steps: [] };
  const editSome = () => {
    for (let client = 0; client < plan.clients; client++)
      for (let e = rng.int(0, 3); e > 0; e--) {
        const [kind, at, word, key] = [rng.int(0, 3), rng.float(), rng.word(8), rng.pick(KEYS)];
        plan.steps.push({ type: 'edit', client, doc: rng.int(0, plan.docs - 1), kind, at, word, key });
      }
  };
  for (let round = 0; round < rounds; round++) {
    for (let client = 0; client < plan.clients; client++) {
      if (rng.chance(0.3)) plan.steps.push({ type: 'toggle', client });
      if (rng.chance(0.25)) plan.steps.push({ type: 'cut', client, frames: rng.int(1, 8) });
    }
    editSome();
    plan.steps.push({ type: 'flow', settle: rng.chance(0.3), turns: rng.int(0, 12) });
    editSome();
    // Between rounds: the relay dies (kill -9) now and then, with edits made while it is down.
    if (round % 3 === 2) {
      plan.steps.push({ type: 'kill' });
      editSome();
    }
  }
  return plan;
}

function applyEdit(doc: Y.Doc, step: Extract<Step, { type: 'edit' }>): void {
  const [fields, notes] = [doc.getMap('fields'), doc.getText('notes')];
  if (step.kind === 0) fields.set(step.key, step.word);
  else if (step.kind === 1) fields.delete(step.key);
  else if (step.kind === 2 || notes.length === 0) notes.insert(Math.floor(step.at * (notes.length + 1)), step.word);
  else notes.delete(Math.floor(step.at * notes.length), 1);
}

const stateOf = (clients: AppSyncClient[]) => clients.map((c, k) => `client ${k}: ${c.describe()}`).join('\n');

async function settled(clients: AppSyncClient[], timeoutMs: number, what: string): Promise<void> {
  const nudge = setInterval(() => clients.forEach((c) => c.nudge()), 2000);
  try {
    await waitFor(() => clients.every((c) => c.isSettled()), timeoutMs, what);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${stateOf(clients)}\nrelay log:\n${relay.logs.slice(-2000)}`);
  } finally {
    clearInterval(nudge);
  }
}

/** FZ-2: with every client held off, the restarted relay alone holds each confirmed edit. */
async function checkAckedSurvived(clients: AppSyncClient[], names: DocName[]): Promise<void> {
  const reader = readers.client(relay, tokens[0]!);
  for (const name of names) {
    const stored = Y.decodeStateVector(Y.encodeStateVector((await openAndWait(reader, name)).doc));
    for (const [k, client] of clients.entries()) {
      const doc = client.docs.get(name)!;
      const acked = client.acked.get(name) ?? 0;
      expect(stored.get(doc.clientID) ?? 0, `client ${k}, ${name}: confirmed clock kept`).toBeGreaterThanOrEqual(acked);
    }
  }
  reader.destroy();
}

async function killAndRestart(clients: AppSyncClient[], names: DocName[], editWhileDown: () => void) {
  await relay.kill();
  editWhileDown();
  clients.forEach((c) => c.hold(true));
  await relay.start();
  await checkAckedSurvived(clients, names);
  clients.forEach((c) => c.hold(false));
}

function malformedLogLines(): string[] {
  return relay.stdout
    .split('\n')
    .filter((l) => /"level":"(warn|error|fatal)"/.test(l))
    .filter((l) => /invalid|refused|could not|quarantine|malformed|too many/i.test(l));
}

interface Outcome {
  plan: Plan;
  /** Sockets cut after some frames of their first flight went out. */
  cutsFired: number;
  /** Documents whose own edits a client saw confirmed stored (what FZ-2 checks). */
  acked: number;
}

async function runScenario(seed: number, rounds: number): Promise<Outcome> {
  const plan = planScenario(seed, rounds);
  const [a, b] = [toSchoolId(Number(SCHOOLS[nextSchool++])), toSchoolId(Number(SCHOOLS[nextSchool++]))];
  const names = [docName(a, 'pme'), docName(a, 'diagnosis'), docName(b, 'pme'), docName(b, 'monitoring')];
  names.length = plan.docs;
  const clients = Array.from(
    { length: plan.clients },
    (_, k) => new AppSyncClient(`fz-${seed}-${k}`, relay.wsUrl, tokens[k % 2]!),
  );
  try {
    for (const client of clients) for (const name of names) await client.open(name);
    await settled(clients, 30_000, 'every client opened and synced');
    const steps = [...plan.steps];
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.type === 'toggle') clients[step.client]!.setOnline(!clients[step.client]!.online);
      else if (step.type === 'cut') clients[step.client]!.cutMidFlight(step.frames);
      else if (step.type === 'edit') clients[step.client]!.edit(names[step.doc]!, (doc) => applyEdit(doc, step));
      else if (step.type === 'kill') {
        // The edits planned right after a kill are made while the relay is down.
        const whileDown: Step[] = [];
        while (steps[i + 1]?.type === 'edit') whileDown.push(steps[++i]!);
        await killAndRestart(clients, names, () =>
          whileDown.forEach((s) => s.type === 'edit' && clients[s.client]!.edit(names[s.doc]!, (d) => applyEdit(d, s))),
        );
      } else {
        if (step.settle)
          await settled(
            clients.filter((c) => c.online),
            30_000,
            'online clients settled',
          );
        for (let t = step.turns; t > 0; t--) await new Promise((r) => setImmediate(r));
      }
    }

    clients.forEach((c) => c.online || c.setOnline(true));
    await settled(clients, 45_000, 'every client settled');
    const reader = readers.client(relay, tokens[0]!);
    for (const name of names) {
      const readerDoc = (await openAndWait(reader, name)).doc;
      const replicas = clients.map((c) => c.docs.get(name)!);
      const same = () => replicas.every((d) => JSON.stringify(snapshot(d)) === JSON.stringify(snapshot(readerDoc)));
      await waitFor(same, 15_000, `${name} converged`).catch(() => undefined); // the assertions show the difference
      const expected = snapshot(readerDoc);
      for (const [k, doc] of replicas.entries()) expect(snapshot(doc), `client ${k}, ${name}`).toEqual(expected);
    }
    await checkAckedSurvived(clients, names);
    expect(malformedLogLines()).toEqual([]);
    reader.destroy();
    const sum = (f: (c: AppSyncClient) => number) => clients.reduce((n, c) => n + f(c), 0);
    return {
      plan,
      cutsFired: sum((c) => c.cutsFired),
      acked: sum((c) => [...c.acked.values()].filter(Boolean).length),
    };
  } finally {
    for (const c of clients) await c.destroy();
  }
}

const count = (plan: Plan, type: Step['type']) => plan.steps.filter((s) => s.type === type).length;

describe('S-10 / FZ-1 convergence through the app sync client (offline edits, cuts mid-flight, relay kills)', () => {
  it.each(SEEDS)(
    'seed %i: every replica ends identical; FZ-2 confirmed edits survive kill -9 (6 rounds)',
    async (seed) => {
      const { plan, cutsFired, acked } = await withSeed(seed, () => runScenario(seed, 6));
      // The scenario did what it is for: edits, sockets cut mid-flight, confirmed edits, two kills. Checked for
      // the seeds kept here; a soak over a range (TEST_SEED=a-b) also draws seeds where no cut lands mid-flight.
      if (!SOAK)
        expect([count(plan, 'edit') > 0, cutsFired > 0, acked > 0, count(plan, 'kill')]).toEqual([true, true, true, 2]);
    },
    90_000,
  );
});

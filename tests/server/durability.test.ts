// Kill -9 durability of the relay (docs/spec/sync.md S-5, S-6, S-7, S-9): whatever a client was
// told is acknowledged (SyncStatus) or covered (checkpoint) survives a SIGKILL and a restart on the
// same data directory and port. The writer is destroyed before the restart, so it cannot resend.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';
import {
  ClientPool,
  openAndWait,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';
import { Rng, withSeed } from '../support/random.ts';
import { bytesToBase64 } from '../../src/domain/wire/base64.ts';
import { checkpointReplySchema, type CheckpointReply } from '../../src/domain/wire/protocol.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['801', '802', '803'] };
const SEED = Number(process.env.TEST_SEED ?? 20261124);

const pool = new ClientPool();
const relays: RelayProcess[] = [];
afterEach(() => pool.destroyAll());
afterAll(async () => {
  for (const r of relays) await r.destroy();
});

async function relayWith(storeDebounceMs: number): Promise<RelayProcess> {
  const relay = await startRelayWithUsers([ana], { env: { STORE_DEBOUNCE_MS: String(storeDebounceMs) } });
  relays.push(relay);
  return relay;
}

/** Resolves true at the relay's next acknowledgement that leaves nothing unsynced, false when `abort` fires first. */
function nextFullAck(provider: HocuspocusProvider, abort: Promise<void>): Promise<boolean> {
  return new Promise((resolve) => {
    const onChange = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off('unsyncedChanges', onChange);
      resolve(true);
    };
    provider.on('unsyncedChanges', onChange);
    void abort.then(() => {
      provider.off('unsyncedChanges', onChange);
      resolve(!provider.hasUnsyncedChanges);
    });
  });
}

async function download(relay: RelayProcess, name: string): Promise<Y.Doc> {
  const entry = await openAndWait(pool.client(relay, await tokenOf(relay, ana)), name);
  expect(entry.denied).toBeNull();
  return entry.doc;
}

describe('S-7 kill -9 right after the acknowledgement', () => {
  it('a restarted relay has every acknowledged update (append log only, no compaction yet)', async () => {
    const relay = await relayWith(600_000);
    const name = 'school:801:profile';
    const entry = await openAndWait(pool.client(relay, await tokenOf(relay, ana)), name);
    const N = 40;
    for (let i = 0; i < N; i++) {
      if (i % 2 === 0) entry.doc.getMap('fields').set(`campo${i}`, i);
      else entry.doc.getText('notes').insert(entry.doc.getText('notes').length, `<${i}>`);
      await waitAcked(entry);
    }
    await relay.kill();
    pool.destroyAll();
    await relay.start();

    const doc = await download(relay, name);
    for (let i = 0; i < N; i += 2) expect(doc.getMap('fields').get(`campo${i}`), `campo${i}`).toBe(i);
    expect(doc.getText('notes').toString()).toBe(Array.from({ length: N / 2 }, (_, k) => `<${2 * k + 1}>`).join(''));
  });
});

describe('S-7/S-9 kill -9 at random moments while a client writes and the relay compacts', () => {
  it(`loses nothing acknowledged (seed ${SEED}; rerun with TEST_SEED=<seed>)`, async () => {
    const relay = await relayWith(0); // compaction after every change: kills also land inside it
    const name = 'school:802:profile';
    const rng = new Rng(SEED);
    const acked = new Map<string, number>();
    const ackedNotes: string[] = [];

    await withSeed(SEED, async () => {
      for (let round = 0; round < 6; round++) {
        const entry = await openAndWait(pool.client(relay, await tokenOf(relay, ana)), name);
        const killAfterAcks = rng.int(0, 40);
        const killDelayMs = rng.int(0, 4);
        let killing: Promise<void> | null = null;
        let signalKilled = () => {};
        const killed = new Promise<void>((resolve) => (signalKilled = resolve));

        for (let i = 0; ; i++) {
          if (!killing && i >= killAfterAcks) {
            killing = new Promise<void>((r) => setTimeout(r, killDelayMs)).then(() => relay.kill()).then(signalKilled);
          }
          const key = `r${round}-${i}`;
          const value = rng.int(0, 1_000_000);
          const note = rng.chance(0.3) ? `[${key}]` : null;
          entry.doc.transact(() => {
            entry.doc.getMap('fields').set(key, value);
            if (note) entry.doc.getText('notes').insert(entry.doc.getText('notes').length, note);
          });
          if (!(await nextFullAck(entry.provider, killed))) break;
          acked.set(key, value);
          if (note) ackedNotes.push(note);
        }
        await killing;
        pool.destroyAll();
        await relay.start();

        const doc = await download(relay, name);
        const fields = doc.getMap('fields').toJSON();
        const missing = [...acked].filter(([k, v]) => fields[k] !== v).map(([k]) => k);
        expect(missing, `round ${round}: acknowledged but lost`).toEqual([]);
        const notes = doc.getText('notes').toString();
        expect(
          ackedNotes.filter((n) => !notes.includes(n)),
          `round ${round}: notes lost`,
        ).toEqual([]);
        pool.destroyAll();
      }
      expect(acked.size).toBeGreaterThan(6);
    });
  });
});

describe('S-6 durability checkpoint', () => {
  it('covers the acknowledged state, not a state vector ahead of the relay, and stays covered after kill -9', async () => {
    const relay = await relayWith(600_000);
    const name = 'school:803:profile';
    const client = pool.client(relay, await tokenOf(relay, ana));
    const entry = await openAndWait(client, name);
    const replies: CheckpointReply[] = [];
    entry.provider.on('stateless', ({ payload }: { payload: string }) =>
      replies.push(checkpointReplySchema.parse(JSON.parse(payload))),
    );
    const checkpoint = async (id: number, doc: Y.Doc): Promise<boolean> => {
      entry.provider.sendStateless(
        JSON.stringify({ type: 'checkpoint', id, sv: bytesToBase64(Y.encodeStateVector(doc)) }),
      );
      await waitFor(() => replies.some((r) => r.id === id), 10_000, `checkpoint-ack ${id}`);
      return replies.find((r) => r.id === id)!.covered;
    };

    entry.doc.getMap('fields').set('nombre', 'Escuela 803');
    entry.doc.getText('notes').insert(0, 'primera visita');
    await waitAcked(entry);
    expect(await checkpoint(1, entry.doc)).toBe(true);
    expect(await checkpoint(2, new Y.Doc())).toBe(true);

    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(entry.doc));
    ahead.getMap('fields').set('director', 'no enviado');
    expect(await checkpoint(3, ahead)).toBe(false);
    entry.provider.sendStateless('{"type":"checkpoint","id":4,"sv":"%%%"}');
    await waitFor(() => replies.some((r) => r.id === 4), 10_000, 'checkpoint-ack 4');
    expect(replies.find((r) => r.id === 4)!.covered).toBe(false);

    const coveredState = Y.encodeStateVector(entry.doc);
    await relay.kill();
    pool.destroyAll();
    await relay.start();
    const fresh = await openAndWait(pool.client(relay, await tokenOf(relay, ana)), name);
    const again: CheckpointReply[] = [];
    fresh.provider.on('stateless', ({ payload }: { payload: string }) =>
      again.push(checkpointReplySchema.parse(JSON.parse(payload))),
    );
    fresh.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id: 5, sv: bytesToBase64(coveredState) }));
    await waitFor(() => again.length > 0, 10_000, 'checkpoint-ack after restart');
    expect(again[0]).toEqual({ type: 'checkpoint-ack', id: 5, covered: true });
    expect(fresh.doc.getMap('fields').toJSON()).toEqual({ nombre: 'Escuela 803' });
  });
});

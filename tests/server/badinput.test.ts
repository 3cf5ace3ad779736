// Attacks on the relay's WebSocket with raw, hand-built frames (docs/spec/sync.md S-5, S-12):
// the attacked socket (or document) is closed, nothing bad is stored, the relay stays up and
// other clients keep syncing meanwhile.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';
import {
  ClientPool,
  api,
  openAndWait,
  snapshot,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';
import { SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, authFrame, syncFrame } from '../support/frames.ts';
import { Rng, withSeed } from '../support/random.ts';
import { DOC_KINDS } from '../../src/domain/wire/documentNames.ts';
import { MAX_FRAME_BYTES, WS_PATH } from '../../src/domain/wire/protocol.ts';

const ana: TestUser = {
  username: 'ana',
  role: 'asesor',
  password: 'clave-ana-0001',
  schools: ['901', '902', '903', '904'],
};
const SEED = Number(process.env.TEST_SEED ?? 9001);

let relay: RelayProcess;
let token: string;
const pool = new ClientPool();
const raw: WebSocket[] = [];

beforeAll(async () => {
  relay = await startRelayWithUsers([ana]);
  token = await tokenOf(relay, ana);
});
afterEach(() => {
  pool.destroyAll();
  for (const ws of raw.splice(0)) ws.terminate();
});
afterAll(async () => {
  await relay?.destroy();
});

interface RawSocket {
  ws: WebSocket;
  /** Close code once the socket closed, else null. */
  closeCode(): number | null;
  received: number;
}

/** A plain `ws` socket: resolves 'open', or 'refused' when the upgrade fails. */
async function rawSocket(path: string = WS_PATH): Promise<RawSocket | 'refused'> {
  const ws = new WebSocket(`${relay.wsUrl}${path}`);
  raw.push(ws);
  let code: number | null = null;
  const socket: RawSocket = { ws, closeCode: () => code, received: 0 };
  ws.on('close', (c) => (code = c));
  ws.on('message', () => socket.received++);
  ws.on('error', () => undefined); // the close code is what the tests look at
  return new Promise((resolve) => {
    ws.once('open', () => resolve(socket));
    ws.once('close', () => resolve('refused'));
  });
}

async function openRaw(): Promise<RawSocket> {
  const socket = await rawSocket();
  if (socket === 'refused') throw new Error('the relay refused /sync');
  return socket;
}

async function relayIsHealthy(): Promise<void> {
  expect(relay.child).not.toBeNull();
  expect((await api(relay, '/healthz')).body).toMatchObject({ status: 'ok' });
}

/** A writer and a reader on one document; `step(i)` makes one more edit and waits until the reader has it. */
async function liveSync(name: string) {
  const writer = await openAndWait(pool.client(relay, token), name);
  const readerClient = pool.client(relay, token);
  const reader = await openAndWait(readerClient, name);
  let drops = 0;
  writer.provider.configuration.websocketProvider.on('disconnect', () => drops++);
  readerClient.socket.on('disconnect', () => drops++);
  return {
    writer,
    reader,
    drops: () => drops,
    async step(i: number) {
      writer.doc.getMap('fields').set(`paso${i}`, i);
      await waitAcked(writer);
      await waitFor(() => reader.doc.getMap('fields').get(`paso${i}`) === i, 10_000, `reader sees paso${i}`);
    },
  };
}

describe('S-12 garbage and oversized frames', () => {
  it('random garbage closes that socket; the relay stays up and another client keeps syncing', async () => {
    await withSeed(SEED, async () => {
      const rng = new Rng(SEED);
      const live = await liveSync('school:901:profile');
      for (let i = 0; i < 10; i++) {
        const attacker = await openRaw();
        for (let f = 0; f < 3; f++) attacker.ws.send(rng.bytes(rng.int(1, 300)));
        await live.step(i);
        await waitFor(() => attacker.closeCode() !== null, 10_000, `garbage socket ${i} closed`);
        expect([4401, 4205], `close code of garbage socket ${i}`).toContain(attacker.closeCode());
      }
      await relayIsHealthy();
      expect(live.drops()).toBe(0);
    });
  });

  it(`a frame over MAX_FRAME_BYTES (${MAX_FRAME_BYTES}) closes the socket with 1009`, async () => {
    const live = await liveSync('school:902:profile');
    const attacker = await openRaw();
    attacker.ws.send(Buffer.alloc(MAX_FRAME_BYTES + 1, 7));
    await live.step(0);
    await waitFor(() => attacker.closeCode() !== null, 15_000, 'oversized socket closed');
    expect(attacker.closeCode()).toBe(1009);
    await live.step(1);
    await relayIsHealthy();
    expect(live.drops()).toBe(0);
  });
});

describe('S-5 a malformed Yjs update after a legitimate authentication', () => {
  const zeroLengthDeletion = Uint8Array.from([0, 1, 179, 253, 40, 1, 217, 1, 0, 1]);
  const hugeStructCount = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]);

  it('is refused (invalid-update) and never stored; the writer goes on; a restart loads the clean document', async () => {
    const name = 'school:903:profile';
    const rng = new Rng(SEED);
    const garbage = Array.from({ length: 50 }, () => rng.bytes(rng.int(3, 40))).find((b) => !decodes(b));
    expect(garbage, 'some random bytes that do not decode').toBeDefined();
    expect(decodes(hugeStructCount)).toBe(false);
    // Decodes as an update, yet Yjs cannot apply it: the relay must not store it either.
    expect(decodes(zeroLengthDeletion)).toBe(true);
    expect(() => Y.applyUpdate(new Y.Doc(), zeroLengthDeletion)).toThrow();

    const live = await liveSync(name);
    live.writer.doc.getText('notes').insert(0, 'texto legítimo');
    let step = 0;
    for (const payload of [garbage!, hugeStructCount, zeroLengthDeletion]) {
      for (const syncType of [SYNC_UPDATE, SYNC_STEP_2]) {
        const attacker = pool.client(relay, token);
        const entry = await openAndWait(attacker, name);
        const reasons: string[] = [];
        entry.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
        attacker.socket.send(syncFrame(name, syncType, payload));
        await live.step(step++);
        await waitFor(
          () => reasons.includes('invalid-update'),
          10_000,
          `invalid-update for type ${syncType}, ${payload.length} bytes`,
        );
        expect(attacker.socket.status, 'only the document is closed, not the socket').toBe('connected');
      }
    }
    const expected = snapshot(live.reader.doc);
    expect(snapshot(live.writer.doc)).toEqual(expected);
    expect(live.drops()).toBe(0);

    await relay.kill();
    pool.destroyAll();
    await relay.start();
    const fresh = await openAndWait(pool.client(relay, token), name);
    expect(snapshot(fresh.doc)).toEqual(expected);
    expect(relay.logs).not.toContain('stored update could not be applied');
  });
});

describe('S-12 other abuse of the socket', () => {
  it('refuses a WebSocket on any path other than /sync', async () => {
    for (const path of ['/', '/sync/', '/syncx', '/api/sync', '/sync/school:1:profile', '/SYNC']) {
      expect(await rawSocket(path), path).toBe('refused');
    }
    expect(await rawSocket('/sync?v=1'), 'the real path still opens').not.toBe('refused');
    await relayIsHealthy();
  });

  it('survives 2000 random document names on one unauthenticated socket', async () => {
    await withSeed(SEED, async () => {
      const rng = new Rng(SEED);
      const live = await liveSync('school:904:profile');
      const distinct = new Set<string>(); // a repeated name in flight is queued, not answered
      while (distinct.size < 2000) distinct.add(randomName(rng));
      const names = [...distinct];
      const denials = await openRaw(); // every name refused: in batches, to stay under maxPendingDocuments
      for (let i = 0; i < names.length; i += 200) {
        names.slice(i, i + 200).forEach((n) => denials.ws.send(authFrame(n, 'v1.bogus.token')));
        await waitFor(() => denials.received >= Math.min(i + 200, names.length), 10_000, `refusals up to ${i + 200}`);
      }
      expect(denials.closeCode()).toBeNull();
      const pending = await openRaw(); // never authenticates: closed past 1000 waiting documents
      names.forEach((n) => pending.ws.send(syncFrame(n, SYNC_STEP_1, Y.encodeStateVector(new Y.Doc()))));
      await live.step(0);
      await waitFor(() => pending.closeCode() !== null, 10_000, 'socket over maxPendingDocuments closed');
      expect(pending.closeCode()).toBe(4205);
      await live.step(1);
      await relayIsHealthy();
      expect(live.drops()).toBe(0);
    });
  });
});

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

function randomName(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `school:${rng.int(0, 2 ** 31)}:${rng.pick(DOC_KINDS)}`;
    case 1:
      return `school:${rng.word(8)}:${rng.word(10)}`;
    case 2:
      return rng.word(rng.int(1, 200));
    default:
      return String.fromCharCode(...Array.from({ length: rng.int(1, 60) }, () => rng.int(1, 0xd7ff)));
  }
}

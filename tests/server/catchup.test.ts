// Catch-up on the wire, against the real relay (docs/spec/sync.md CU-1..CU-5): one token per
// socket with every document still authorized on its own, a first flight that needs no
// answer before it is complete, no echo of a client’s own updates, and a new device gets the state once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '../../src/domain/wire/base64.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { startRelayWithUsers, tokenOf, type TestUser } from '../support/relayFixture.ts';
import { waitFor } from '../support/nodeClient.ts';
import { SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, authFrame, syncFrame } from '../support/frames.ts';
import {
  MESSAGE_STATELESS,
  MESSAGE_SYNC,
  MESSAGE_SYNC_STATUS,
  RawSocket,
  statelessFrame,
} from '../support/rawSocket.ts';

const ana: TestUser = { username: 'cu-ana', role: 'escuela', password: 'clave-cu-ana-01', schools: ['7101', '7102'] };
const beto: TestUser = { username: 'cu-beto', role: 'escuela', password: 'clave-cu-beto-1', schools: ['7101'] };

function edit(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array = new Uint8Array();
  doc.once('update', (u: Uint8Array) => (update = u));
  doc.getMap('fields').set('nombre', text);
  return update;
}

let relay: RelayProcess;
beforeAll(async () => {
  relay = await startRelayWithUsers([ana, beto]);
});
afterAll(async () => {
  await relay?.destroy();
});

describe('CU-1 one token per socket, every document authorized on the relay', () => {
  it('documents attach under the token the socket sent first; another school is still refused (A-5)', async () => {
    const socket = new RawSocket(relay);
    await socket.open;
    const token = await tokenOf(relay, ana);
    socket.send(authFrame('school:7101:profile', token));
    socket.send(authFrame('school:7102:profile', ''), authFrame('school:7103:profile', ''));
    expect(await socket.authOf('school:7101:profile')).toBe('ok');
    expect(await socket.authOf('school:7102:profile')).toBe('ok');
    expect(await socket.authOf('school:7103:profile')).toBe('not-authorized');
    socket.close();
  });

  it('an empty token on a socket that sent none is refused (token-invalid)', async () => {
    const socket = new RawSocket(relay);
    await socket.open;
    socket.send(authFrame('school:7101:profile', ''));
    expect(await socket.authOf('school:7101:profile')).toBe('token-invalid');
    socket.close();
  });

  it('after the token is revoked (user passwd), a document attached under the session is refused', async () => {
    const socket = new RawSocket(relay);
    await socket.open;
    socket.send(authFrame('school:7101:diagnosis', await tokenOf(relay, beto)));
    expect(await socket.authOf('school:7101:diagnosis')).toBe('ok');
    await relay.cli(['user', 'passwd', beto.username], 'otra-clave-cu-beto\n');
    socket.send(authFrame('school:7101:pme', ''));
    expect(await socket.authOf('school:7101:pme')).toBe('token-invalid');
    socket.close();
  });
});

describe('CU-2 first flight: backlog, SyncStep1 and checkpoint in one go', () => {
  it('the relay stores the backlog, answers with only what the client lacks and confirms the checkpoint', async () => {
    const name = 'school:7101:monitoring';
    const device = new Y.Doc();
    device.getText('notes').insert(0, 'registro de la semana en terreno '.repeat(50));
    edit(device, 'Escuela Rural El Peñón');
    const backlog = Y.encodeStateAsUpdate(device);
    const sv = Y.encodeStateVector(device);

    const socket = new RawSocket(relay);
    await socket.open;
    socket.send(
      authFrame(name, await tokenOf(relay, ana)),
      syncFrame(name, SYNC_UPDATE, backlog),
      syncFrame(name, SYNC_STEP_1, sv),
      statelessFrame(name, JSON.stringify({ type: 'checkpoint', id: 1, sv: bytesToBase64(sv) })),
    );
    await waitFor(() => socket.of(name, MESSAGE_STATELESS).length > 0, 15_000, 'checkpoint answer');
    expect(socket.of(name, MESSAGE_STATELESS)[0]!.stateless).toEqual({ type: 'checkpoint-ack', id: 1, covered: true });
    expect(socket.of(name, MESSAGE_SYNC_STATUS).length).toBeGreaterThanOrEqual(1);
    const step2 = socket.of(name, MESSAGE_SYNC).find((r) => r.step === SYNC_STEP_2)!;
    // What the client lacks: no structs at all (it wrote the only ones).
    expect(Y.parseUpdateMeta(step2.payload!).to.size).toBe(0);
    // The relay's own SyncStep1 already covers the backlog: the client has nothing more to send.
    const relayVector = Y.decodeStateVector(
      socket.of(name, MESSAGE_SYNC).find((r) => r.step === SYNC_STEP_1)!.payload!,
    );
    expect(relayVector.get(device.clientID)).toBe(Y.decodeStateVector(sv).get(device.clientID));
    socket.close();
  });
});

describe('CU-3 no echo of a client’s own updates', () => {
  it('the sender gets only the acknowledgement; another client of the document gets the update', async () => {
    const name = 'school:7101:programme';
    const token = await tokenOf(relay, ana);
    const sender = new RawSocket(relay);
    const other = new RawSocket(relay);
    await Promise.all([sender.open, other.open]);
    for (const s of [sender, other]) s.send(authFrame(name, token), syncFrame(name, SYNC_STEP_1, new Uint8Array([0])));
    await waitFor(() => [sender, other].every((s) => s.of(name, MESSAGE_SYNC).length >= 2), 15_000, 'handshakes');
    const syncFramesBefore = sender.of(name, MESSAGE_SYNC).length;

    const update = edit(new Y.Doc(), 'x'.repeat(2000));
    sender.send(syncFrame(name, SYNC_UPDATE, update));
    await waitFor(() => other.of(name, MESSAGE_SYNC).some((r) => r.step === SYNC_UPDATE), 15_000, 'broadcast');
    await waitFor(() => sender.of(name, MESSAGE_SYNC_STATUS).length > 0, 15_000, 'acknowledgement');
    // A round trip later on the same socket: an echo would have arrived by now.
    sender.send(
      statelessFrame(name, JSON.stringify({ type: 'checkpoint', id: 7, sv: bytesToBase64(new Uint8Array([0])) })),
    );
    await waitFor(() => sender.of(name, MESSAGE_STATELESS).length > 0, 15_000, 'checkpoint answer');
    expect(sender.of(name, MESSAGE_SYNC).length).toBe(syncFramesBefore);
    expect(other.of(name, MESSAGE_SYNC).find((r) => r.step === SYNC_UPDATE)!.payload).toEqual(update);
    sender.close();
    other.close();
  });

  it('an update that completes structs the relay held pending reaches its sender with what the others sent', async () => {
    // Device A built on device B's text (a transfer file) and its update reached the relay before B's:
    // the relay keeps A's insert pending. When B sends its text, one transaction integrates both, so
    // leaving B (the sender) out of that broadcast would leave B without A's insert until it reconnects.
    const name = 'school:7101:pme';
    const token = await tokenOf(relay, ana);
    const deviceB = new Y.Doc();
    deviceB.clientID = 20;
    deviceB.getText('notes').insert(0, 'texto de B ');
    const deviceA = new Y.Doc();
    deviceA.clientID = 10;
    Y.applyUpdate(deviceA, Y.encodeStateAsUpdate(deviceB));
    deviceA.getText('notes').insert(11, 'y lo que agregó A');
    const onlyA = Y.encodeStateAsUpdate(deviceA, Y.encodeStateVector(deviceB));

    const b = new RawSocket(relay);
    const a = new RawSocket(relay);
    await Promise.all([a.open, b.open]);
    b.send(authFrame(name, token), syncFrame(name, SYNC_STEP_1, new Uint8Array([0])));
    await waitFor(() => b.of(name, MESSAGE_SYNC).length >= 2, 15_000, 'B handshake');
    a.send(authFrame(name, token), syncFrame(name, SYNC_UPDATE, onlyA));
    await waitFor(() => a.of(name, MESSAGE_SYNC_STATUS).length > 0, 15_000, 'A acknowledged (held pending)');
    b.send(syncFrame(name, SYNC_UPDATE, Y.encodeStateAsUpdate(deviceB)));
    await waitFor(() => b.of(name, MESSAGE_SYNC_STATUS).length > 0, 15_000, 'B acknowledged');

    const onB = new Y.Doc();
    Y.applyUpdate(onB, Y.encodeStateAsUpdate(deviceB));
    const bHasAll = () => {
      for (const r of b.of(name, MESSAGE_SYNC)) if (r.step !== SYNC_STEP_1 && r.payload) Y.applyUpdate(onB, r.payload);
      return onB.getText('notes').toString() === 'texto de B y lo que agregó A';
    };
    await waitFor(bHasAll, 5_000, 'B receives A’s insert').catch(() => undefined);
    expect(onB.getText('notes').toString()).toBe('texto de B y lo que agregó A');
    a.close();
    b.close();
  });
});

describe('CU-4 every document’s checkpoint in one frame', () => {
  it('each document answers its own checkpoint from the batch, after the frames sent before it', async () => {
    const names = ['school:7102:pme', 'school:7102:monitoring'];
    const socket = new RawSocket(relay);
    await socket.open;
    const token = await tokenOf(relay, ana);
    const items = names.map((doc, i) => {
      const device = new Y.Doc();
      socket.send(
        authFrame(doc, i === 0 ? token : ''),
        syncFrame(doc, SYNC_UPDATE, edit(device, `plan ${i} `.repeat(300))),
      );
      return [doc, 10 + i, bytesToBase64(Y.encodeStateVector(device))];
    });
    socket.send(statelessFrame('#checkpoints', 'not json'));
    socket.send(statelessFrame('#checkpoints', JSON.stringify({ type: 'checkpoints', items })));
    await waitFor(() => names.every((n) => socket.of(n, MESSAGE_STATELESS).length > 0), 15_000, 'both answers');
    names.forEach((doc, i) =>
      expect(socket.of(doc, MESSAGE_STATELESS).map((r) => r.stateless)).toEqual([
        { type: 'checkpoint-ack', id: 10 + i, covered: true },
      ]),
    );
    socket.close();
  });
});

describe('CU-5 a new device receives the state once', () => {
  it('a socket with nothing of a stored document receives about its compacted state, not the base twice', async () => {
    const name = 'school:7102:diagnosis';
    const writer = new Y.Doc();
    for (let i = 0; i < 40; i++) writer.getText('notes').insert(0, `observación ${i} del consejo escolar; `.repeat(30));
    edit(writer, 'Escuela Básica Los Aromos');
    const state = Y.encodeStateAsUpdate(writer);
    const token = await tokenOf(relay, ana);
    const checkpoint = (sv: Uint8Array) =>
      statelessFrame(name, JSON.stringify({ type: 'checkpoint', id: 1, sv: bytesToBase64(sv) }));

    const first = new RawSocket(relay);
    await first.open;
    const sv = Y.encodeStateVector(writer);
    first.send(authFrame(name, token), syncFrame(name, SYNC_UPDATE, state), checkpoint(sv));
    await waitFor(() => first.of(name, MESSAGE_STATELESS).length > 0, 15_000, 'writer checkpoint');
    first.close();
    // The relay stores and unloads the document once its last connection is gone; the new device loads it again.
    await waitFor(
      async () => {
        const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { backlog: { compacting: number } };
        return health.backlog.compacting === 0;
      },
      15_000,
      'relay idle',
    );

    const fresh = new RawSocket(relay);
    await fresh.open;
    const empty = Y.encodeStateVector(new Y.Doc());
    fresh.send(authFrame(name, token), syncFrame(name, SYNC_STEP_1, empty), checkpoint(empty));
    await waitFor(() => fresh.of(name, MESSAGE_STATELESS).length > 0, 15_000, 'new device checkpoint');
    const step2s = fresh.of(name, MESSAGE_SYNC).filter((r) => r.step === SYNC_STEP_2 || r.step === SYNC_UPDATE);
    expect(step2s).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, step2s[0]!.payload!);
    expect(copy.getText('notes').toString()).toBe(writer.getText('notes').toString());
    expect(fresh.receivedBytes).toBeLessThanOrEqual(1.1 * state.byteLength);
    fresh.close();
  });
});

// Who may sync which document, checked on a real relay (docs/spec/access.md;
// docs/spec/sync.md S-1). A refused client must not change anything stored.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayProcess } from '../support/serverProcess.ts';
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
import { SYNC_STEP_2, SYNC_UPDATE, authFrame, syncFrame } from '../support/frames.ts';

const admin: TestUser = { username: 'admin', role: 'admin', password: 'clave-admin-01' };
const coord: TestUser = { username: 'coord', role: 'coordinador', password: 'clave-coord-01' };
const dirA: TestUser = { username: 'dir-a', role: 'escuela', password: 'clave-dir-a-01', schools: ['501'] };
const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001' };
const beto: TestUser = { username: 'beto', role: 'asesor', password: 'clave-beto-001' };

let relay: RelayProcess;
const pool = new ClientPool();

beforeAll(async () => {
  relay = await startRelayWithUsers([admin, coord, dirA, ana, beto]);
});
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

/** A Yjs update that would rename the school, made on a doc of its own. */
function foreignUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('fields').set('nombre', text);
  doc.getText('notes').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

async function serverView(token: string, name: string) {
  const entry = await openAndWait(pool.client(relay, token), name);
  expect(entry.denied).toBeNull();
  return snapshot(entry.doc);
}

describe('A-3/A-5 an escuela user syncs only its own school', () => {
  it('syncs school A, is refused school B (not-authorized) even by a hand-made client, and B is unchanged', async () => {
    const A = 'school:501:profile';
    const B = 'school:502:profile';
    const adminToken = await tokenOf(relay, admin);

    const watcher = await openAndWait(pool.client(relay, adminToken), B);
    watcher.doc.getMap('fields').set('nombre', 'Escuela B');
    watcher.doc.getText('notes').insert(0, 'notas de B');
    await waitAcked(watcher);
    const before = await serverView(adminToken, B);
    expect(before.fields).toEqual({ nombre: 'Escuela B' });

    const attacker = pool.client(relay, await tokenOf(relay, dirA));
    const own = await openAndWait(attacker, A);
    expect(own.denied).toBeNull();
    own.doc.getMap('fields').set('nombre', 'Escuela A');
    await waitAcked(own);

    // The provider sends its update for B before the refusal arrives; then more edits, then raw frames.
    const forged = new Y.Doc();
    forged.getMap('fields').set('nombre', 'hackeada');
    const other = await openAndWait(attacker, B, forged);
    expect(other.denied).toBe('not-authorized');
    forged.getText('notes').insert(0, 'texto intruso');
    attacker.socket.send(syncFrame(B, SYNC_UPDATE, foreignUpdate('por update')));
    attacker.socket.send(syncFrame(B, SYNC_STEP_2, foreignUpdate('por step 2')));
    attacker.socket.send(authFrame(B, await tokenOf(relay, dirA)));
    attacker.socket.send(syncFrame(B, SYNC_UPDATE, foreignUpdate('tras otro auth')));
    // A round trip on the same socket: everything sent before it has been handled by the relay.
    own.doc.getMap('fields').set('matricula', 120);
    await waitAcked(own);

    expect(snapshot(watcher.doc)).toEqual(before);
    expect(await serverView(adminToken, B)).toEqual(before);
    expect((await serverView(adminToken, A)).fields).toEqual({ nombre: 'Escuela A', matricula: 120 });
    expect((await api(relay, '/api/me', { token: await tokenOf(relay, dirA) })).body.schools).toEqual(['501']);
  });
});

describe('A-4 an asesor claims a school nobody holds', () => {
  it('the first asesor to open it holds it; a second asesor is refused (school-held-by-other)', async () => {
    const name = 'school:601:profile';
    const anaToken = await tokenOf(relay, ana);
    expect((await api(relay, '/api/me', { token: anaToken })).body.schools).toEqual([]);

    const first = await openAndWait(pool.client(relay, anaToken), name);
    expect(first.denied).toBeNull();
    first.doc.getMap('fields').set('nombre', 'Escuela de Ana');
    await waitAcked(first);
    expect((await api(relay, '/api/me', { token: anaToken })).body.schools).toEqual(['601']);

    const betoToken = await tokenOf(relay, beto);
    const second = await openAndWait(pool.client(relay, betoToken), name);
    expect(second.denied).toBe('school-held-by-other');
    expect(second.doc.getMap('fields').toJSON()).toEqual({});
    expect((await api(relay, '/api/me', { token: betoToken })).body.schools).toEqual([]);
  });
});

describe('S-1 unknown document names', () => {
  it.each([
    'school:abc:profile',
    'foo',
    'school:1:unknownkind',
    'school:0:profile',
    'school:1:profile:x',
    `school:1:${'p'.repeat(80)}`,
  ])('%s is refused with unknown-document', async (name) => {
    for (const user of [admin, ana]) {
      const entry = await openAndWait(pool.client(relay, await tokenOf(relay, user)), name);
      expect(entry.denied, user.username).toBe('unknown-document');
    }
  });
});

describe('A-3 a coordinador opens any school', () => {
  it('syncs a school held by an asesor, one held by an escuela and an unheld one, without claiming it', async () => {
    const client = pool.client(relay, await tokenOf(relay, coord));
    for (const name of ['school:601:pme', 'school:501:diagnosis', 'school:701:profile']) {
      const entry = await openAndWait(client, name);
      expect(entry.denied, name).toBeNull();
      entry.doc.getMap('fields').set('visitado', true);
      await waitAcked(entry);
    }
    // 701 is still free: an asesor can claim it.
    const beto701 = await openAndWait(pool.client(relay, await tokenOf(relay, beto)), 'school:701:profile');
    expect(beto701.denied).toBeNull();
  });
});

// The schools a user may read, asked of a real relay (docs/spec/access.md A-7), and the sync
// socket's liveness probe (docs/spec/sync.md S-22).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';
import {
  ClientPool,
  api,
  openAndWait,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';
import {
  LIVENESS_PING,
  LIVENESS_PONG,
  SCHOOLS_PATH,
  schoolLookupSchema,
  schoolsResponseSchema,
  WS_PATH,
} from '../../src/domain/wire/protocol.ts';

const admin: TestUser = { username: 'admin', role: 'admin', password: 'clave-admin-01' };
const coord: TestUser = { username: 'coord', role: 'coordinador', password: 'clave-coord-01' };
const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001' };
/** Granted 602 by the administrator; nobody has written its profile yet. */
const beto: TestUser = { username: 'beto', role: 'asesor', password: 'clave-beto-001', schools: ['602'] };
const dir: TestUser = { username: 'dir', role: 'escuela', password: 'clave-dir-0001', schools: ['601'] };
const dirB: TestUser = { username: 'dir-b', role: 'escuela', password: 'clave-dir-b-01', schools: ['603'] };

let relay: RelayProcess;
const pool = new ClientPool();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  relay = await startRelayWithUsers([admin, coord, ana, beto, dir, dirB]);
  for (const u of [admin, coord, ana, beto, dir, dirB]) tokens[u.username] = await tokenOf(relay, u);
  // ana registers 601 (and claims it, A-4); the coordinador writes 701's profile (no claim) and
  // 801's PME only (no profile: not a school the relay can name).
  const written: [string, string][] = [
    [tokens.ana as string, 'school:601:profile'],
    [tokens.coord as string, 'school:701:profile'],
    [tokens.coord as string, 'school:801:pme'],
  ];
  for (const [token, name] of written) {
    const entry = await openAndWait(pool.client(relay, token), name);
    entry.doc.getMap('fields').set('nombre', name);
    await waitAcked(entry);
  }
  pool.destroyAll();
});
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

async function schoolsOf(user: TestUser) {
  const res = await api(relay, SCHOOLS_PATH, { token: tokens[user.username] });
  expect(res.status, user.username).toBe(200);
  const parsed = schoolsResponseSchema.parse(res.body);
  return [...parsed.schools].sort((a, b) => a.schoolId.localeCompare(b.schoolId));
}

async function lookup(user: TestUser, rbd: string) {
  const res = await api(relay, `${SCHOOLS_PATH}/${rbd}`, { token: tokens[user.username] });
  expect(res.status, `${user.username} ${rbd}`).toBe(200);
  return schoolLookupSchema.parse(res.body);
}

describe('A-7 GET /api/schools lists the schools the user may read', () => {
  it('admin and coordinador: every school with a stored profile, and only those', async () => {
    for (const user of [admin, coord]) {
      expect(await schoolsOf(user), user.username).toEqual([
        { schoolId: '601', stored: true },
        { schoolId: '701', stored: true },
      ]);
    }
  });

  it('asesor: the schools granted or claimed, stored or not yet', async () => {
    expect(await schoolsOf(ana)).toEqual([{ schoolId: '601', stored: true }]);
    expect(await schoolsOf(beto)).toEqual([{ schoolId: '602', stored: false }]);
  });

  it("escuela: its own school only, never another school's RBD", async () => {
    expect(await schoolsOf(dir)).toEqual([{ schoolId: '601', stored: true }]);
    expect(await schoolsOf(dirB)).toEqual([{ schoolId: '603', stored: false }]);
  });

  it('refuses requests without a valid token (401) and other methods (405)', async () => {
    expect((await api(relay, SCHOOLS_PATH)).status).toBe(401);
    expect((await api(relay, SCHOOLS_PATH, { token: 'not-a-token' })).status).toBe(401);
    expect((await api(relay, `${SCHOOLS_PATH}/601`)).status).toBe(401);
    expect((await api(relay, SCHOOLS_PATH, { token: tokens.admin, method: 'POST', body: {} })).status).toBe(405);
  });
});

describe('A-7 GET /api/schools/<rbd> says whether the relay holds the school and whether the user may read it', () => {
  it('a stored school: readable by its asesor, its escuela and the coordinador; held by another for a second asesor', async () => {
    expect(await lookup(ana, '601')).toEqual({ schoolId: '601', stored: true, access: 'readable' });
    expect(await lookup(dir, '601')).toEqual({ schoolId: '601', stored: true, access: 'readable' });
    expect(await lookup(coord, '601')).toEqual({ schoolId: '601', stored: true, access: 'readable' });
    expect(await lookup(beto, '601')).toEqual({ schoolId: '601', stored: true, access: 'school-held-by-other' });
    expect(await lookup(dirB, '601')).toEqual({ schoolId: '601', stored: true, access: 'not-authorized' });
  });

  it('a stored school nobody holds is claimable, and asking does not claim it', async () => {
    expect(await lookup(beto, '701')).toEqual({ schoolId: '701', stored: true, access: 'claimable' });
    expect(await lookup(ana, '701')).toEqual({ schoolId: '701', stored: true, access: 'claimable' });
    expect(await schoolsOf(beto)).toEqual([{ schoolId: '602', stored: false }]);
  });

  it('an unknown school, and a granted one with no profile yet', async () => {
    expect(await lookup(ana, '999')).toEqual({ schoolId: '999', stored: false, access: 'claimable' });
    expect(await lookup(dir, '999')).toEqual({ schoolId: '999', stored: false, access: 'not-authorized' });
    expect(await lookup(beto, '602')).toEqual({ schoolId: '602', stored: false, access: 'readable' });
    // 801 has documents but no profile: not a stored school.
    expect(await lookup(admin, '801')).toEqual({ schoolId: '801', stored: false, access: 'readable' });
  });

  it.each(['abc', '0', '0601', '123456789', '601/x', '601:profile', ''])('an invalid RBD %j is 400', async (rbd) => {
    const path = rbd === '' ? `${SCHOOLS_PATH}/` : `${SCHOOLS_PATH}/${rbd}`;
    const res = await api(relay, path, { token: tokens.ana });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'bad-request' });
  });
});

describe('S-22 liveness probe on the sync socket', () => {
  it('the relay answers each one-byte ping with a pong, and the socket goes on syncing documents', async () => {
    const ws = new WebSocket(`${relay.wsUrl}${WS_PATH}`);
    try {
      const received: Uint8Array[] = [];
      ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      for (let i = 0; i < 3; i++) ws.send(Uint8Array.of(LIVENESS_PING));
      await waitFor(() => received.length >= 3, 10_000, 'three pongs');
      expect(received.map((m) => [...m])).toEqual([[LIVENESS_PONG], [LIVENESS_PONG], [LIVENESS_PONG]]);
      expect(ws.readyState).toBe(WebSocket.OPEN);
    } finally {
      ws.terminate();
    }
    // A provider on a fresh socket still syncs (the probe is outside the document protocol).
    const entry = await openAndWait(pool.client(relay, tokens.ana as string), 'school:601:profile');
    expect(entry.doc.getMap('fields').get('nombre')).toBe('school:601:profile');
  });
});

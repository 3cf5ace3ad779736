// Withdrawn access cuts open sockets (docs/spec/access.md A-8, issue 16 §2): `user disable`,
// `user revoke`, `user passwd` (CLI, another process) and a token-version bump close that user's
// affected document connections within 5 s, on one relay and on every instance of a scaled-out
// relay (PostgreSQL + Redis); writes sent afterwards never land; other documents stay open.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RelayProcess } from '../support/serverProcess.ts';
import { startScaledOutRelays, type ScaledOutRelays } from '../support/scaledOutRelays.ts';
import { NodeSyncClient, waitFor, type ClientDoc } from '../support/nodeClient.ts';
import {
  ClientPool,
  openAndWait,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';
import { createSqliteStorage } from '../../sync-server/src/storage/sqlite.ts';

const LIMIT_MS = 5_000;
const users: TestUser[] = [
  { username: 'esLive', role: 'asesor', password: 'clave-eslive-01', schools: ['8101'] },
  { username: 'asRvk', role: 'asesor', password: 'clave-asrvk-001', schools: ['8103', '8104'] },
  { username: 'pwUser', role: 'escuela', password: 'clave-pwuser-01', schools: ['8105'] },
  { username: 'tvUser', role: 'escuela', password: 'clave-tvuser-01', schools: ['8106'] },
  { username: 'coord', role: 'coordinador', password: 'clave-coord-001' },
];
const byName = (n: string) => users.find((u) => u.username === n)!;

/** Records the reasons the relay gave when it closed this document. */
function closeReasons(entry: ClientDoc): string[] {
  const reasons: string[] = [];
  entry.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
  return reasons;
}

async function closedWithin(reasons: string[], what: string): Promise<number> {
  const start = Date.now();
  await waitFor(() => reasons.includes('access-revoked'), LIMIT_MS + 2_000, `${what}: access-revoked`);
  const elapsed = Date.now() - start;
  expect(elapsed, `${what} closed after ${elapsed} ms`).toBeLessThanOrEqual(LIMIT_MS);
  return elapsed;
}

describe('A-8 withdrawn access closes open document connections (one relay, SQLite)', () => {
  let relay: RelayProcess;
  const pool = new ClientPool();
  beforeAll(async () => {
    relay = await startRelayWithUsers(users);
  });
  afterEach(() => pool.destroyAll());
  afterAll(async () => {
    await relay?.destroy();
  });

  /** A coordinador's fresh view of the document on the relay. */
  async function adminView(name: string): Promise<Record<string, unknown>> {
    const entry = await openAndWait(pool.client(relay, await tokenOf(relay, byName('coord'))), name);
    return entry.doc.getMap('fields').toJSON();
  }

  it('user disable: the open socket is closed within 5 s, its later writes never land and it no longer receives changes', async () => {
    const name = 'school:8101:profile';
    const victim = await openAndWait(pool.client(relay, await tokenOf(relay, byName('esLive'))), name);
    const coord = await openAndWait(pool.client(relay, await tokenOf(relay, byName('coord'))), name);
    victim.doc.getMap('fields').set('antes', 'sí');
    await waitAcked(victim);
    const reasons = closeReasons(victim);
    await relay.cli(['user', 'disable', 'esLive']);
    await closedWithin(reasons, 'disable');

    victim.doc.getMap('fields').set('despues', 'no debe llegar');
    coord.doc.getMap('fields').set('coordinador', 'sí');
    await waitAcked(coord);
    expect(await adminView(name)).toEqual({ antes: 'sí', coordinador: 'sí' });
    expect(victim.doc.getMap('fields').get('coordinador'), 'the closed document receives nothing more').toBeUndefined();
    expect(victim.doc.getMap('fields').get('despues'), 'the device keeps its local data (A-6)').toBe('no debe llegar');
  });

  it('user revoke: only the revoked school closes; another school on the same socket keeps syncing', async () => {
    const client = pool.client(relay, await tokenOf(relay, byName('asRvk')));
    const revoked = await openAndWait(client, 'school:8103:profile');
    const kept = await openAndWait(client, 'school:8104:profile');
    const keptReasons = closeReasons(kept);
    const reasons = closeReasons(revoked);
    await relay.cli(['user', 'revoke', 'asRvk', '8103']);
    await closedWithin(reasons, 'revoke');
    kept.doc.getMap('fields').set('sigue', 'sí');
    await waitAcked(kept);
    expect(keptReasons).toEqual([]);
    expect(await adminView('school:8104:profile')).toEqual({ sigue: 'sí' });
    // Nobody else holds 8103, yet the asesor cannot claim it back on the next connection.
    const again = await openAndWait(pool.client(relay, await tokenOf(relay, byName('asRvk'))), 'school:8103:profile');
    expect(again.denied).toBe('not-authorized');
  });

  it('user passwd and a token-version bump close the sessions opened with the old token', async () => {
    const pw = await openAndWait(pool.client(relay, await tokenOf(relay, byName('pwUser'))), 'school:8105:profile');
    const pwReasons = closeReasons(pw);
    await relay.cli(['user', 'passwd', 'pwUser'], 'otra-clave-segura-1\n');
    await closedWithin(pwReasons, 'passwd');

    const tv = await openAndWait(pool.client(relay, await tokenOf(relay, byName('tvUser'))), 'school:8106:profile');
    const tvReasons = closeReasons(tv);
    const storage = createSqliteStorage(path.join(relay.dataDir, 'bitacora.sqlite')); // what an operator tool would do
    try {
      const user = (await storage.findUserByUsername('tvUser'))!;
      await storage.updateUser(user.id, { tokenVersion: user.tokenVersion + 1 });
    } finally {
      await storage.close();
    }
    await closedWithin(tvReasons, 'token-version bump');
  });
});

const DB = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;

describe.skipIf(!DB || !REDIS)('A-8 on two relays sharing PostgreSQL + Redis', () => {
  let relays: ScaledOutRelays | undefined;
  let a: RelayProcess;
  let b: RelayProcess;
  const clients: NodeSyncClient[] = [];

  beforeAll(async () => {
    relays = await startScaledOutRelays(DB as string, REDIS as string, 'revocation');
    ({ a, b } = relays);
    await a.addUser('esLive', 'asesor', 'clave-eslive-01', ['8101']);
    await a.addUser('asRvk', 'asesor', 'clave-asrvk-001', ['8103', '8104']);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await relays?.dispose();
  });

  it('disable and revoke run by the CLI close the connections open on both instances within 5 s', async () => {
    const open = async (relay: RelayProcess, user: string, password: string, name: string) => {
      const client = new NodeSyncClient(relay.wsUrl, (await relay.login(user, password)).token);
      clients.push(client);
      const entry = await openAndWait(client, name);
      expect(entry.denied).toBeNull();
      return closeReasons(entry);
    };
    const liveOnA = await open(a, 'esLive', 'clave-eslive-01', 'school:8101:profile');
    const liveOnB = await open(b, 'esLive', 'clave-eslive-01', 'school:8101:profile');
    const rvkOnB = await open(b, 'asRvk', 'clave-asrvk-001', 'school:8103:profile');
    const keptOnA = await open(a, 'asRvk', 'clave-asrvk-001', 'school:8104:profile');

    await a.cli(['user', 'disable', 'esLive']);
    await Promise.all([closedWithin(liveOnA, 'disable on A'), closedWithin(liveOnB, 'disable on B')]);
    await a.cli(['user', 'revoke', 'asRvk', '8103']);
    await closedWithin(rvkOnB, 'revoke on B');
    expect(keptOnA).toEqual([]);
  });
});

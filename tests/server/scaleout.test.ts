// Scale-out path (docs/spec/sync.md S-8): two relay processes sharing one PostgreSQL database and
// one Redis. An edit acknowledged by instance A reaches a client of instance B; after both are
// killed with SIGKILL, a restarted instance still has it. Runs when npm test could start
// PostgreSQL and Redis (TEST_DATABASE_URL, TEST_REDIS_URL); otherwise reported as skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayProcess } from '../support/serverProcess.ts';
import { startScaledOutRelays, type ScaledOutRelays } from '../support/scaledOutRelays.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';

const DB = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;

describe.skipIf(!DB || !REDIS)('S-8 two relays on PostgreSQL + Redis', () => {
  let relays: ScaledOutRelays | undefined;
  let a: RelayProcess;
  let b: RelayProcess;
  const clients: NodeSyncClient[] = [];

  beforeAll(async () => {
    relays = await startScaledOutRelays(DB as string, REDIS as string, 'scaleout');
    ({ a, b } = relays);
    await a.addUser('ana', 'asesor', 'clave-segura-1', ['7423']);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await relays?.dispose();
  });

  it('an edit made through A reaches a client of B, and survives both being killed', async () => {
    expect((await (await fetch(`${a.url}/healthz`)).json()).storage).toBe('postgres');
    const { token } = await b.login('ana', 'clave-segura-1'); // users are shared through PostgreSQL
    const onA = new NodeSyncClient(a.wsUrl, token);
    const onB = new NodeSyncClient(b.wsUrl, token);
    clients.push(onA, onB);
    const docA = onA.open('school:7423:profile').doc;
    const docB = onB.open('school:7423:profile').doc;
    await waitFor(() => onA.isSettled() && onB.isSettled(), 15_000, 'both synced');

    docA.getMap('profile').set('director', 'María Pérez');
    await waitFor(() => docB.getMap('profile').get('director') === 'María Pérez', 10_000, 'fan-out through Redis');
    docB.getText('profile.notes').insert(0, 'Desde B');
    await waitFor(() => docA.getText('profile.notes').toString() === 'Desde B', 10_000, 'fan-out back');
    await waitFor(async () => (await onA.relayHoldsAll()) && (await onB.relayHoldsAll()), 10_000, 'acknowledged');

    await a.kill();
    await b.kill();
    await a.start();
    const fresh = new NodeSyncClient(a.wsUrl, token);
    clients.push(fresh);
    const docFresh = fresh.open('school:7423:profile', new Y.Doc()).doc;
    await waitFor(() => fresh.isSettled(), 15_000, 'fresh sync');
    expect(docFresh.getMap('profile').get('director')).toBe('María Pérez');
    expect(docFresh.getText('profile.notes').toString()).toBe('Desde B');
  });
});

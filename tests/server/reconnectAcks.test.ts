// RW-5: a provider's unsynced count does not say what the relay holds. On reconnect the Hocuspocus
// provider restarts its count at 1 while the socket sends, one frame each, the updates it queued
// offline; the relay acknowledges each once stored (one grouped commit per event-loop turn, RW-1), so
// the count reaches 0 at the first acknowledgement with the rest still on their way. Tests (and the
// app, S-6) judge "stored" by a covering checkpoint, answered behind every frame the socket sent first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketStatus } from '@hocuspocus/provider';
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

const user: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['1200'] };
const NAME = 'school:1200:profile';
const OFFLINE_EDITS = 8;

let relay: RelayProcess;
let token: string;
const pool = new ClientPool();

beforeAll(async () => {
  relay = await startRelayWithUsers([user]);
  token = await tokenOf(relay, user);
});
afterAll(async () => {
  pool.destroyAll();
  await relay?.destroy();
});

describe('RW-5 acknowledgements after a reconnect', () => {
  it('RW-5: the provider counts nothing unsynced before the relay holds its queued updates; a checkpoint waits for them', async () => {
    const client = pool.client(relay, token);
    const entry = await openAndWait(client, NAME);
    client.disconnect();
    await waitFor(() => client.socket.status === WebSocketStatus.Disconnected, 10_000, 'socket closed');
    for (let i = 0; i < OFFLINE_EDITS; i++) entry.doc.getMap('fields').set(`campo-${i}`, i); // one frame each

    const counts: number[] = [];
    entry.provider.on('unsyncedChanges', ({ number }: { number: number }) => counts.push(number));
    void client.connect();
    await waitFor(() => client.relayHoldsAll(), 20_000, 'relay holds the offline edits');

    // The relay holds everything: a reader that connects now gets every offline edit.
    const reader = pool.client(relay, token);
    expect(snapshot((await openAndWait(reader, NAME)).doc)).toEqual(snapshot(entry.doc));
    // And the provider had claimed "nothing unsynced" while acknowledgements were still arriving.
    const firstZero = counts.indexOf(0);
    expect(firstZero).toBeGreaterThan(-1);
    expect(counts.length - 1 - firstZero).toBeGreaterThanOrEqual(OFFLINE_EDITS - 1);
  });
});

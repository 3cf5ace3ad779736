// PV-1 (docs/spec/sync.md): the relay checks the protocol version the app sends on the sync socket
// (/sync?v=) and on API calls (x-bitacora-protocol), refuses any other one with a named code, and
// still serves clients built before the version was sent (none sent = version 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';
import { startRelayWithUsers, type TestUser } from '../support/relayFixture.ts';
import {
  LIVENESS_PING,
  LIVENESS_PONG,
  OUTDATED_CLOSE_CODE,
  PROTOCOL_HEADER,
  PROTOCOL_OUTDATED,
  PROTOCOL_VERSION,
  WS_PATH,
} from '../../src/domain/wire/protocol.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['901'] };
let relay: RelayProcess;

beforeAll(async () => {
  relay = await startRelayWithUsers([ana]);
});
afterAll(async () => {
  await relay?.destroy();
});

interface Outcome {
  closeCode: number | null;
  closeReason: string;
  pongs: number;
}

/** Opens /sync with `query`, sends three liveness pings, and reports how the socket ended up. */
async function socketWith(query: string): Promise<Outcome> {
  const ws = new WebSocket(`${relay.wsUrl}${WS_PATH}${query}`);
  const outcome: Outcome = { closeCode: null, closeReason: '', pongs: 0 };
  ws.on('message', (data: Buffer) => data.length === 1 && data[0] === LIVENESS_PONG && outcome.pongs++);
  ws.on('close', (code, reason) => Object.assign(outcome, { closeCode: code, closeReason: reason.toString() }));
  ws.on('error', () => undefined);
  try {
    await new Promise((resolve) => {
      ws.once('open', resolve);
      ws.once('close', resolve);
    });
    if (ws.readyState === WebSocket.OPEN) for (let i = 0; i < 3; i++) ws.send(Uint8Array.of(LIVENESS_PING));
    await waitFor(() => outcome.pongs >= 3 || outcome.closeCode !== null, 10_000, 'pongs or a close');
    return outcome;
  } finally {
    ws.terminate();
  }
}

async function me(headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${relay.url}/api/me`, { headers });
  return { status: res.status, body: await res.json() };
}

describe('PV-1 protocol version on the sync socket', () => {
  it('a socket of another version is closed at once with 4426 protocol-outdated', async () => {
    for (const v of [String(PROTOCOL_VERSION + 1), '0', 'x']) {
      const refused = { closeCode: OUTDATED_CLOSE_CODE, closeReason: PROTOCOL_OUTDATED, pongs: 0 };
      expect(await socketWith(`?v=${v}`)).toEqual(refused);
    }
  });

  it('a socket of this version, or of a client that sends none (version 1), stays open and answered', async () => {
    expect(await socketWith(`?v=${PROTOCOL_VERSION}`)).toEqual({ closeCode: null, closeReason: '', pongs: 3 });
    expect(await socketWith('')).toEqual({ closeCode: null, closeReason: '', pongs: 3 });
  });
});

describe('PV-1 protocol version on the API', () => {
  it('a call of another version gets 426 protocol-outdated, before anything else is looked at', async () => {
    const refused = { status: 426, body: { error: PROTOCOL_OUTDATED } };
    expect(await me({ [PROTOCOL_HEADER]: String(PROTOCOL_VERSION + 1) })).toEqual(refused);
    const login = await fetch(`${relay.url}/api/login`, {
      method: 'POST',
      headers: { [PROTOCOL_HEADER]: '0', 'content-type': 'application/json' },
      body: JSON.stringify({ username: ana.username, password: ana.password }),
    });
    expect(login.status).toBe(426);
  });

  it('a call of this version, or with no version, is served as before', async () => {
    expect((await me({ [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) })).status).toBe(401);
    expect((await me({})).status).toBe(401);
    expect((await fetch(`${relay.url}/healthz`, { headers: { [PROTOCOL_HEADER]: '0' } })).status).toBe(200);
  });
});

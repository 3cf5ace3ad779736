// Limits on what one socket and one address may hold (docs/spec/sync.md S-23, issue 16 §3), against
// real relay processes: the WebSocket Origin, a deadline to authenticate, sockets per address and
// the time allowed for HTTP headers (slowloris). The defaults must let a school behind one NAT
// address (40 tablets) through.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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
import { WS_PATH } from '../../src/domain/wire/protocol.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['911'] };
const pool = new ClientPool();
const sockets: { destroy(): void }[] = [];
afterEach(() => {
  pool.destroyAll();
  for (const s of sockets.splice(0)) s.destroy();
});

interface Opened {
  ws: WebSocket;
  closeCode(): number | null;
}

/** Resolves the open socket, or the HTTP status of the refused upgrade (0 when the connection was just closed). */
function openWs(relay: RelayProcess, headers: Record<string, string> = {}): Promise<Opened | number> {
  const ws = new WebSocket(`${relay.wsUrl}${WS_PATH}`, { headers });
  sockets.push({ destroy: () => ws.terminate() });
  let code: number | null = null;
  ws.on('close', (c) => (code = c));
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ ws, closeCode: () => code }));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('close', () => resolve(0));
  });
}

describe('S-23 defaults', () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    relay = await startRelayWithUsers([ana]);
  });
  afterAll(async () => {
    await relay?.destroy();
  });

  it('the WebSocket upgrade accepts the same origin and no origin, and refuses another origin with 403', async () => {
    expect(await openWs(relay, { origin: 'http://evil.example' })).toBe(403);
    expect(await openWs(relay, { origin: `http://127.0.0.1:${relay.port}` })).toMatchObject({ ws: expect.anything() });
    expect(await openWs(relay)).toMatchObject({ ws: expect.anything() });
    expect(relay.logs).toContain('origin not allowed');
  });

  it('a socket that authenticates no document within 10 s is closed; an authenticated one stays', async () => {
    const idle = await openWs(relay);
    if (typeof idle === 'number') throw new Error(`refused: ${idle}`);
    const opened = Date.now();
    const client = pool.client(relay, await tokenOf(relay, ana));
    const entry = await openAndWait(client, 'school:911:profile');
    await waitFor(() => idle.closeCode() !== null, 20_000, 'idle socket closed');
    expect(idle.closeCode()).toBe(4408);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(9_000);
    entry.doc.getMap('fields').set('sigue', 'conectado');
    await waitAcked(entry);
    expect(client.socket.status).toBe('connected');
  });

  it('a school behind one address: 60 sockets at once are all accepted', async () => {
    const opened = await Promise.all(Array.from({ length: 60 }, () => openWs(relay)));
    expect(opened.filter((o) => typeof o === 'number')).toEqual([]);
  });

  it('slow HTTP headers (slowloris) are cut after HEADERS_TIMEOUT_MS (10 s by default)', async () => {
    const started = Date.now();
    const socket = net.connect(relay.port, '127.0.0.1');
    sockets.push(socket);
    let closed = false;
    socket.on('close', () => (closed = true));
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => !closed && socket.write('X-Slow: a\r\n'), 500);
    try {
      await waitFor(() => closed, 20_000, 'slow connection closed');
    } finally {
      clearInterval(drip);
    }
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('S-23 configured limits', () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    relay = await startRelayWithUsers([ana], {
      env: { ALLOWED_ORIGINS: 'https://app.example, https://otra.example', MAX_SOCKETS_PER_ADDRESS: '20' },
    });
  });
  afterAll(async () => {
    await relay?.destroy();
  });

  it('ALLOWED_ORIGINS lists the origins that may open the socket', async () => {
    expect(await openWs(relay, { origin: 'https://app.example' })).toMatchObject({ ws: expect.anything() });
    expect(await openWs(relay, { origin: 'https://otra.example' })).toMatchObject({ ws: expect.anything() });
    expect(await openWs(relay, { origin: `http://127.0.0.1:${relay.port}` })).toBe(403);
  });

  it('MAX_SOCKETS_PER_ADDRESS: sockets beyond the cap are refused, and accepted again once others close', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => openWs(relay)));
    const accepted = results.filter((o): o is Opened => typeof o !== 'number');
    // This process may also hold a keep-alive HTTP connection or two (fetch): they count too.
    expect(accepted.length).toBeLessThanOrEqual(20);
    expect(accepted.length).toBeGreaterThanOrEqual(17);
    expect(typeof (await openWs(relay))).toBe('number');
    accepted[0]!.ws.terminate();
    await waitFor(async () => typeof (await openWs(relay)) !== 'number', 10_000, 'a socket accepted after one closed');
    expect(relay.logs).toContain('too many sockets from one address');
  });
});

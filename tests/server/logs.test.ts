// Logs of a real relay process (docs/spec/operations.md LOG-1..LOG-3): stdout is JSON lines only,
// each request and WebSocket upgrade is one line with a request id, and no password, token, cookie
// or Authorization header ever appears; LOG_LEVEL=silent writes nothing.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WS_PATH } from '../../src/domain/wire/protocol.ts';
import { createLogger } from '../../sync-server/src/log.ts';
import { RelayProcess } from '../support/serverProcess.ts';
import { ClientPool, openAndWait, startRelayWithUsers, type TestUser } from '../support/relayFixture.ts';
import { waitFor } from '../support/nodeClient.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-secreta-ana-77', schools: ['7423'] };
const COOKIE = 'session=galleta-secreta-99';
const QUERY_SECRET = 'consulta-secreta-55';

type Line = Record<string, unknown> & { msg?: string; req?: { id?: string; method?: string; path?: string } };

let relay: RelayProcess;
const pool = new ClientPool();
const lines = (): Line[] =>
  relay.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
const requestLine = (id: string) => lines().find((l) => l.msg === 'request completed' && l.req?.id === id);

beforeAll(async () => {
  relay = await startRelayWithUsers([ana], { env: { LOG_LEVEL: 'debug' } });
});
afterAll(async () => {
  pool.destroyAll();
  await relay?.destroy();
});

/** Opens a raw WebSocket on `path` and resolves with the X-Request-Id of the 101 answer, or null when refused. */
function upgrade(path: string, requestId: string): Promise<string | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${relay.wsUrl}${path}`, { headers: { 'x-request-id': requestId } });
    ws.on('upgrade', (res) => {
      resolve(String(res.headers['x-request-id']));
      ws.close();
    });
    ws.on('error', () => resolve(null));
  });
}

describe('LOG-2 request lines', () => {
  it('logs id, method, path without the query string, status and time, and echoes a sane X-Request-Id', async () => {
    const res = await fetch(`${relay.url}/api/me?token=${QUERY_SECRET}`, {
      headers: { 'x-request-id': 'prueba-req-42' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe('prueba-req-42');
    await waitFor(() => requestLine('prueba-req-42') !== undefined, 10_000, 'request line');
    expect(requestLine('prueba-req-42')).toMatchObject({
      level: 'info',
      req: { id: 'prueba-req-42', method: 'GET', path: '/api/me' },
      res: { statusCode: 401 },
      responseTime: expect.any(Number),
    });
    expect(relay.logs).not.toContain(QUERY_SECRET);
  });

  it('replaces an unusable X-Request-Id by a fresh UUID', async () => {
    const res = await fetch(`${relay.url}/healthz`, { headers: { 'x-request-id': 'con espacios y "comillas"' } });
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await waitFor(() => requestLine(id) !== undefined, 10_000, 'healthz line');
    expect(requestLine(id)).toMatchObject({ req: { path: '/healthz' }, res: { statusCode: 200 } });
  });

  it('logs one line per WebSocket upgrade, accepted or refused, with its id', async () => {
    expect(await upgrade(WS_PATH, 'ws-aceptado-1')).toBe('ws-aceptado-1');
    expect(await upgrade('/otra-ruta', 'ws-rechazado-1')).toBeNull();
    await waitFor(() => lines().some((l) => l.req?.id === 'ws-rechazado-1'), 10_000, 'refused upgrade line');
    const accepted = lines().filter((l) => l.req?.id === 'ws-aceptado-1');
    const refused = lines().filter((l) => l.req?.id === 'ws-rechazado-1');
    expect(accepted.map((l) => l.msg)).toEqual(['websocket accepted']);
    expect(accepted[0]?.req).toEqual({ id: 'ws-aceptado-1', method: 'GET', path: WS_PATH });
    expect(refused.map((l) => l.msg)).toEqual(['websocket refused: unknown path']);
  });
});

describe('LOG-3 no secrets in the logs', () => {
  it('a sign-in, an authenticated API call and a WebSocket authentication leave no password, token or cookie', async () => {
    const upgradesBefore = lines().filter((l) => l.msg === 'websocket accepted').length;
    await fetch(`${relay.url}/api/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'ana', password: 'clave-equivocada-13' }),
    });
    const login = await fetch(`${relay.url}/api/login`, {
      method: 'POST',
      headers: { cookie: COOKIE },
      body: JSON.stringify({ username: 'ana', password: ana.password }),
    });
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${relay.url}/api/me`, { headers: { authorization: `Bearer ${token}`, cookie: COOKIE } });
    expect(me.status).toBe(200);
    const entry = await openAndWait(pool.client(relay, token), 'school:7423:profile');
    expect(entry.denied).toBeNull();
    await waitFor(
      () => lines().filter((l) => l.msg === 'websocket accepted').length > upgradesBefore,
      10_000,
      'upgrade logged',
    );
    await waitFor(
      () => lines().some((l) => l.req?.path === '/api/me' && (l.res as { statusCode?: number })?.statusCode === 200),
      10_000,
      'me logged',
    );

    expect(lines().some((l) => l.msg === 'login')).toBe(true);
    for (const secret of [
      ana.password,
      'clave-equivocada-13',
      token,
      token.split('.')[2] ?? token,
      'galleta-secreta-99',
    ]) {
      expect(relay.logs).not.toContain(secret);
    }
  });

  it('redacts secret fields should a call site ever pass one', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
    const log = createLogger('info', sink);
    log.info('careless', {
      password: 'p-secreta',
      user: { token: 't-secreto' },
      req: { headers: { authorization: 'Bearer x-secreto' } },
    });
    expect(JSON.parse(out)).toMatchObject({ msg: 'careless', password: '[redacted]', user: { token: '[redacted]' } });
    expect(out).not.toMatch(/p-secreta|t-secreto|x-secreto/);
  });
});

describe('LOG-1 stdout is JSON lines only', () => {
  it('every line a real relay wrote to stdout from start to stop parses as JSON with level, time and msg', async () => {
    await relay.stop('SIGTERM');
    const all = relay.stdout.split('\n').filter((l) => l !== '');
    expect(all.length).toBeGreaterThan(5);
    for (const line of all) {
      const parsed = JSON.parse(line) as Line;
      expect(parsed).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
    expect(all.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    expect(relay.stdout).not.toContain('Bitácora PME está corriendo');
  });

  it('LOG_LEVEL=silent writes nothing to stdout', async () => {
    const silent = await RelayProcess.create({ env: { LOG_LEVEL: 'silent' } });
    try {
      await silent.start();
      await fetch(`${silent.url}/api/login`, {
        method: 'POST',
        body: JSON.stringify({ username: 'x', password: 'y' }),
      });
      await silent.stop('SIGTERM');
      expect(silent.stdout).toBe('');
    } finally {
      await silent.destroy();
    }
  });
});

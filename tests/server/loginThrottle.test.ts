// Sign-in throttling against a real relay (docs/spec/operations.md TH-1..TH-5). Requests leave from
// different loopback addresses (127.0.0.x) so "another address" is a real other peer; the shared
// counters are checked on two relays on one Redis when PostgreSQL and Redis are available.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooManyAttemptsSchema } from '../../src/domain/wire/loginThrottle.ts';
import { clientAddress } from '../../sync-server/src/http/clientAddress.ts';
import { USERNAME_FAILURES, lockoutSeconds } from '../../sync-server/src/auth/loginThrottle.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { startRelayWithUsers, type TestUser } from '../support/relayFixture.ts';
import { startScaledOutRelays, type ScaledOutRelays } from '../support/scaledOutRelays.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-2026' };
const beto: TestUser = { username: 'beto', role: 'asesor', password: 'clave-beto-2026' };
const carla: TestUser = { username: 'carla', role: 'asesor', password: 'clave-carla-2026' };
const dora: TestUser = { username: 'dora', role: 'asesor', password: 'clave-dora-2026' };

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: Record<string, unknown>;
}

/** POST /api/login from the given local address (node:http, since fetch cannot choose it). */
function loginFrom(relay: RelayProcess, localAddress: string, username: string, password: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${relay.url}/api/login`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            body: JSON.parse(text) as Record<string, unknown>,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ username, password }));
  });
}

function expectThrottled(answer: Answer): number {
  expect(answer.status).toBe(429);
  const body = tooManyAttemptsSchema.parse(answer.body);
  expect(answer.retryAfter).toBe(String(body.retryAfterSeconds));
  return body.retryAfterSeconds;
}

describe('TH-1..TH-4 one relay, in memory', () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    relay = await startRelayWithUsers([ana, beto, carla, dora]);
  });
  afterAll(async () => {
    await relay?.destroy();
  });

  it('TH-1 TH-4: 12 wrong passwords get 401 up to the limit and 429 with Retry-After after; the right one waits too', async () => {
    const statuses: number[] = [];
    const answers: Answer[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await loginFrom(relay, '127.0.0.1', 'ana', `equivocada-${i}`);
      statuses.push(answer.status);
      answers.push(answer);
    }
    expect(statuses).toEqual([
      ...Array(USERNAME_FAILURES - 1).fill(401),
      ...Array(12 - USERNAME_FAILURES + 1).fill(429),
    ]);
    const wait = expectThrottled(answers[USERNAME_FAILURES - 1] as Answer);
    expect(wait).toBe(lockoutSeconds(1));
    expect(expectThrottled(answers[11] as Answer)).toBeLessThanOrEqual(wait);

    expectThrottled(await loginFrom(relay, '127.0.0.1', 'ana', ana.password));
    expectThrottled(await loginFrom(relay, '127.0.0.9', 'ANA', ana.password)); // the username, from anywhere, any case
  });

  it('TH-1: another user from another address, and from the same one, is not affected', async () => {
    expect((await loginFrom(relay, '127.0.0.2', 'beto', beto.password)).status).toBe(200);
    expect((await loginFrom(relay, '127.0.0.1', 'beto', beto.password)).status).toBe(200);
  });

  it('TH-1: a successful sign-in clears the username failures', async () => {
    for (let i = 0; i < USERNAME_FAILURES - 1; i++)
      expect((await loginFrom(relay, '127.0.0.3', 'carla', 'mala')).status).toBe(401);
    expect((await loginFrom(relay, '127.0.0.3', 'carla', carla.password)).status).toBe(200);
    for (let i = 0; i < USERNAME_FAILURES - 1; i++)
      expect((await loginFrom(relay, '127.0.0.3', 'carla', 'mala')).status).toBe(401);
    expectThrottled(await loginFrom(relay, '127.0.0.3', 'carla', 'mala'));
  });

  it('TH-2: 30 failures from one address with many usernames block that address only', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await loginFrom(relay, '127.0.0.4', `nadie-${i}`, 'mala')).status);
    expect(statuses.slice(0, 29).every((s) => s === 401)).toBe(true);
    expect(statuses[29]).toBe(429);
    expect(expectThrottled(await loginFrom(relay, '127.0.0.4', 'dora', dora.password))).toBeGreaterThan(14 * 60);
    expect((await loginFrom(relay, '127.0.0.5', 'dora', dora.password)).status).toBe(200);
  });
});

describe('TH-5 client address', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    }) as unknown as IncomingMessage;

  it('is the socket peer unless TRUST_PROXY is on, then the first X-Forwarded-For hop', () => {
    expect(clientAddress(request('::ffff:10.0.0.8', '203.0.113.7, 10.0.0.1'), false)).toBe('10.0.0.8');
    expect(clientAddress(request('10.0.0.8', '203.0.113.7, 10.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.8', ''), true)).toBe('10.0.0.8');
    expect(clientAddress(request('10.0.0.8'), true)).toBe('10.0.0.8');
  });
});

const DB = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;

describe.skipIf(!DB || !REDIS)('TH-3 two relays on one Redis share the counters', () => {
  let relays: ScaledOutRelays | undefined;
  // The counters outlive the relays in Redis: a name of its own keeps a rerun on the same Redis clean.
  const eva = `eva-${randomBytes(3).toString('hex')}`;
  beforeAll(async () => {
    relays = await startScaledOutRelays(DB as string, REDIS as string, 'throttle');
    await relays.a.addUser(eva, 'asesor', 'clave-eva-2026');
  });
  afterAll(async () => {
    await relays?.dispose();
  });

  it('failures on A and on B add up, and both then refuse the right password', async () => {
    const { a, b } = relays as ScaledOutRelays;
    for (let i = 0; i < 3; i++) expect((await loginFrom(a, '127.0.0.6', eva, 'mala')).status).toBe(401);
    expect((await loginFrom(b, '127.0.0.6', eva, 'mala')).status).toBe(401);
    expectThrottled(await loginFrom(b, '127.0.0.6', eva, 'mala'));
    expectThrottled(await loginFrom(a, '127.0.0.7', eva, 'clave-eva-2026'));
  });
});

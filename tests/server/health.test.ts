// /healthz against real dependencies (docs/spec/operations.md HL-1..HL-3): a relay on its own
// PostgreSQL cluster and its own redis-server, which the tests stop, hang (SIGSTOP) and bring back.
// The PostgreSQL and Redis parts are skipped when their binaries are not installed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs, { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPostgresAvailable, startPostgres } from '../support/postgres.mjs';
import { RelayProcess, freePort } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';

const REDIS = '/usr/bin/redis-server';
/** A hung dependency must not hang /healthz (HL-3); this bound only keeps a broken relay from hanging the test. */
const ANSWER_BOUND_MS = 5000;

interface Health {
  status: number;
  body: { status?: string; reasons?: string[]; storage?: string; backlog?: unknown };
}

async function health(relay: RelayProcess): Promise<Health> {
  const res = await fetch(`${relay.url}/healthz`, { signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
  return { status: res.status, body: (await res.json()) as Health['body'] };
}

async function waitForHealth(relay: RelayProcess, status: number): Promise<Health> {
  let last: Health | undefined;
  await waitFor(async () => (last = await health(relay)).status === status, 20_000, `/healthz ${status}`);
  return last as Health;
}

class RedisServer {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn(
      REDIS,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const sock = net.connect(this.port, '127.0.0.1', () => (sock.end(), resolve(true)));
          sock.once('error', () => resolve(false));
        }),
      10_000,
      'redis-server listening',
    );
  }
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('HL-1 healthy', () => {
  it('answers 200 with the storage kind and the backlog when SQLite answers', async () => {
    const relay = await RelayProcess.create();
    cleanups.push(() => relay.destroy());
    await relay.start();
    const ok = await health(relay);
    expect(ok).toMatchObject({ status: 200, body: { status: 'ok', storage: 'sqlite', backlog: { pendingWrites: 0 } } });
  });
});

describe.skipIf(!fs.existsSync(REDIS))('HL-2/HL-3 Redis', () => {
  it('answers 503 naming Redis while it is hung or stopped, within the bound, and 200 once it is back', async () => {
    const redis = new RedisServer(await freePort());
    await redis.start();
    cleanups.push(() => redis.stop());
    const relay = await RelayProcess.create({ env: { REDIS_URL: redis.url } });
    cleanups.push(() => relay.destroy());
    await relay.start();
    expect((await health(relay)).status).toBe(200);

    redis.signal('SIGSTOP'); // accepts nothing and answers nothing: a hung dependency
    const hung = await health(relay);
    expect(hung.status).toBe(503);
    expect(hung.body).toMatchObject({ status: 'unavailable', storage: 'sqlite', backlog: expect.any(Object) });
    expect(hung.body.reasons).toEqual([expect.stringMatching(/^redis: /)]);
    // The login counters live in that Redis too (TH-3): a sign-in still gets its answer.
    const login = await fetch(`${relay.url}/api/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'nadie', password: 'equivocada' }),
      signal: AbortSignal.timeout(ANSWER_BOUND_MS),
    });
    expect(login.status).toBe(401);
    redis.signal('SIGCONT');
    await waitForHealth(relay, 200);

    await redis.stop();
    const down = await waitForHealth(relay, 503);
    expect(down.body.reasons).toEqual([expect.stringMatching(/^redis: /)]);
    await redis.start();
    const back = await waitForHealth(relay, 200);
    expect(back.body).toMatchObject({ status: 'ok' });
  });
});

describe.skipIf(!isPostgresAvailable())('HL-2 PostgreSQL', () => {
  it('answers 503 naming storage while PostgreSQL is stopped and 200 once it is back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bitacora-health-pg-'));
    const pg = await startPostgres(dir);
    cleanups.push(() => pg.stop().finally(() => rm(dir, { recursive: true, force: true })));
    const relay = await RelayProcess.create({ env: { DATABASE_URL: pg.url } });
    cleanups.push(() => relay.destroy());
    await relay.start();
    expect(await health(relay)).toMatchObject({ status: 200, body: { storage: 'postgres' } });

    await pg.stop();
    const down = await waitForHealth(relay, 503);
    expect(down.body).toMatchObject({ status: 'unavailable', storage: 'postgres' });
    expect(down.body.reasons).toEqual([expect.stringMatching(/^storage: /)]);
    await pg.restart();
    await waitForHealth(relay, 200);
  });
});

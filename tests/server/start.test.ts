// The real `npm start` (docs/spec/operations.md, "Running the server"): it runs the built relay,
// builds only what is missing or stale, and a SIGTERM or SIGINT sent to the npm process stops the
// server gracefully — sockets closed with 1001, storage closed, exit 0, no orphan, data kept.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import { freePort, ROOT } from '../support/serverProcess.ts';
import {
  NpmStart,
  commandLines,
  isListening,
  npmCli,
  stillRunning,
  type NpmStartOptions,
} from '../support/npmStart.ts';

const USER = { username: 'ana', password: 'clave-ana-0001', school: '801' };
const DOC = 'school:801:profile';
/** What a supervisor is promised (OP-4). */
const STOP_WITHIN_MS = 10_000;

const clients: NodeSyncClient[] = [];
const running: NpmStart[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  // A failed test must not leave a relay behind: kill npm and whatever ran under it.
  for (const r of running.splice(0)) {
    for (const pid of await stillRunning(r.processesAtStart)) process.kill(pid, 'SIGKILL');
    if (!r.exit) (r.child.kill('SIGKILL'), await r.exited);
  }
});
afterAll(async () => {
  for (const d of dataDirs) await rm(d, { recursive: true, force: true });
});

async function freshOptions(): Promise<NpmStartOptions> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bitacora-start-'));
  dataDirs.push(dataDir);
  return { cwd: ROOT, dataDir, port: await freePort() };
}

async function start(options: NpmStartOptions): Promise<NpmStart> {
  const npm = await NpmStart.start(options);
  running.push(npm);
  return npm;
}

async function login(npm: NpmStart): Promise<string> {
  const res = await fetch(`${npm.url}/api/login`, {
    method: 'POST',
    body: JSON.stringify({ username: USER.username, password: USER.password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function openDoc(npm: NpmStart) {
  const client = new NodeSyncClient(npm.wsUrl, await login(npm));
  clients.push(client);
  const entry = client.open(DOC);
  await waitFor(() => entry.denied !== null || entry.provider.synced, 30_000, `${DOC} synced`);
  expect(entry.denied).toBeNull();
  return { client, entry };
}

async function mtimes(): Promise<number[]> {
  return Promise.all(
    ['dist/index.html', 'dist-server/main.js', 'dist-server/cli.js'].map(
      async (f) => (await stat(path.join(ROOT, f))).mtimeMs,
    ),
  );
}

/**
 * Connections that must not hold the stop (OP-4): a keep-alive one after a full request/response,
 * and one that sent half a request's headers. Resolves once the first has its response.
 */
async function lingeringConnections(port: number): Promise<net.Socket[]> {
  const idle = net.connect(port, '127.0.0.1');
  const answered = new Promise<void>((resolve) => idle.once('data', () => resolve()));
  idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  const halfSent = net.connect(port, '127.0.0.1');
  halfSent.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  await answered;
  return [idle, halfSent];
}

/** Sends `signal` to npm and checks the whole stop: 1001 seen, exit 0 in time, port free, no process left. */
async function stopWith(npm: NpmStart, signal: NodeJS.Signals, client: NodeSyncClient): Promise<void> {
  const lingering = await lingeringConnections(npm.options.port);
  const lingeringClosed = lingering.map(
    (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
  );
  lingering.forEach((socket) => socket.on('error', () => undefined));
  const closeCodes: number[] = [];
  client.socket.on('close', ({ event }: { event: { code: number } }) => closeCodes.push(event.code));
  const processes = await npm.descendants();
  expect(processes.length).toBeGreaterThan(0);

  const sentAt = Date.now();
  process.kill(npm.pid, signal);
  await Promise.race([npm.exited, new Promise((r) => setTimeout(r, STOP_WITHIN_MS))]);
  const tookMs = Date.now() - sentAt;

  expect(npm.exit, `npm still running ${tookMs} ms after ${signal}:\n${npm.output}`).not.toBeNull();
  expect(npm.exit).toEqual({ code: 0, signal: null });
  expect(closeCodes[0], 'first close code the client saw').toBe(1001);
  expect(npm.output).toContain(`"signal":"${signal}"`);
  expect(npm.output).toContain('"msg":"stopped"');
  expect(await isListening(npm.options.port)).toBe(false);
  expect(await stillRunning(processes), `processes left after npm exited: ${processes.join(',')}`).toEqual([]);
  await Promise.all(lingeringClosed); // closed by the server (the test would time out otherwise)
}

describe('OP-1..OP-4 npm start runs the built relay and stops gracefully on a signal to npm', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`OP-3/OP-4 ${signal}: client sees 1001, npm exits 0 within 10 s, no orphan; OP-2 the restart rebuilds nothing and has the edit`, async () => {
      const options = await freshOptions();
      await npmCli(
        options,
        ['user', 'add', USER.username, '--role', 'asesor', '--school', USER.school],
        `${USER.password}\n`,
      );

      const first = await start(options);
      // OP-1: the process npm runs is Node on the built files, not a TypeScript loader.
      const processes = (await commandLines(await first.descendants())).join('\n');
      expect(processes).toContain('scripts/start.mjs');
      expect(processes).not.toMatch(/tsx|sync-server\/src/);
      const { client, entry } = await openDoc(first);
      entry.doc.getMap('fields').set('stoppedBy', signal);
      await waitFor(() => entry.provider.synced && !entry.provider.hasUnsyncedChanges, 15_000, 'edit acknowledged');
      // RW-3, RW-7: the built relay finds its worker threads' entries (dist-server/*.js).
      expect(first.output).not.toContain('writer thread unavailable');
      const builtBefore = await mtimes();
      await stopWith(first, signal, client);

      const second = await start(options);
      expect(second.output).toContain('pwa: build is up to date');
      expect(second.output).toContain('server: build is up to date');
      expect(second.output).not.toContain('building');
      expect(await mtimes()).toEqual(builtBefore);
      const reopened = await openDoc(second);
      expect(reopened.entry.doc.getMap('fields').get('stoppedBy')).toBe(signal);
      await stopWith(second, 'SIGTERM', reopened.client);
    });
  }
});

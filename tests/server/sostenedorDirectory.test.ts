// A sostenedor bound by RUT reads the schools Mineduc's directory lists for it (docs/spec/access.md
// the relay runs in this process with an in-memory directory (the real one is
// loaded elsewhere, behind the same SchoolDirectory interface).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, type Config } from '../../sync-server/src/config.ts';
import type { Storage } from '../../sync-server/src/storage/types.ts';
import { hashPassword } from '../../sync-server/src/auth/password.ts';
import type { DirectoryEntry, SchoolDirectory } from '../../sync-server/src/directoryLookup.ts';
import { stillAllowed } from '../../sync-server/src/revocation.ts';
import { NO_DIRECTORY } from '../../sync-server/src/noDirectory.ts';
import { NodeSyncClient, waitFor, type ClientDoc } from '../support/nodeClient.ts';

const PASSWORD = 'clave-directorio-01';
const ENTRIES: DirectoryEntry[] = [
  { rbd: 9301, dv: '0', name: 'Escuela Los Aromos', sostenedorRut: '62000660' },
  { rbd: 9302, dv: '0', name: 'Liceo Bicentenario', sostenedorRut: '62000660' },
  { rbd: 9401, dv: '0', name: 'Colegio del Valle', sostenedorRut: '69070100' },
];
const directory: SchoolDirectory = {
  find: (rbd) => ENTRIES.find((e) => e.rbd === rbd),
  rbdsOfSostenedor: (rut) => ENTRIES.filter((e) => e.sostenedorRut === rut).map((e) => e.rbd),
};

interface RunningServer {
  port: number;
  storage: Storage;
  close(): Promise<void>;
}
type CreateServer = (config: Config, log: undefined, directory: SchoolDirectory) => Promise<RunningServer>;
// Imported by a computed path: under this (bundler) tsconfig, server.ts's Redis extension resolves a
// second copy of ioredis and fails to type-check; the relay is type-checked by sync-server/tsconfig.json.
const SERVER_MODULE = '../../sync-server/src/server.ts';

let server: RunningServer;
let dataDir: string;
const clients: NodeSyncClient[] = [];
const tokens: Record<string, string> = {};

const url = () => `http://127.0.0.1:${server.port}`;

async function login(username: string): Promise<string> {
  const res = await fetch(`${url()}/api/login`, {
    method: 'POST',
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function get(pathname: string, token: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${url()}${pathname}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, pathname).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

async function open(token: string, name: string): Promise<ClientDoc> {
  const client = new NodeSyncClient(`ws://127.0.0.1:${server.port}`, token);
  clients.push(client);
  const entry = client.open(name);
  await waitFor(() => entry.denied !== null || entry.provider.synced, 15_000, `${name} synced or denied`);
  return entry;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bitacora-directory-'));
  const config = configFromEnv({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    STORE_DEBOUNCE_MS: '200',
    ACCESS_POLL_MS: '200',
  });
  const { createServer } = (await import(/* @vite-ignore */ SERVER_MODULE)) as { createServer: CreateServer };
  server = await createServer(config, undefined, directory);
  const passwordHash = await hashPassword(PASSWORD);
  const users = [
    { username: 'slep', role: 'sostenedor', sostenedorRut: '62000660' },
    { username: 'valle', role: 'sostenedor', sostenedorRut: '69070100' },
    { username: 'ana', role: 'asesor', sostenedorRut: null },
  ] as const;
  for (const u of users) {
    await server.storage.createUser({ ...u, displayName: u.username, passwordHash });
    tokens[u.username] = await login(u.username);
  }
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('A-9 a sostenedor bound by RUT', () => {
  it("reads every school the directory lists for the RUT, read-only but for review, and no other sostenedor's", async () => {
    for (const name of ['school:9301:pme', 'school:9302:profile']) {
      const entry = await open(tokens.slep!, name);
      expect(entry.denied, name).toBeNull();
      expect(entry.provider.authorizedScope, name).toBe('readonly');
    }
    const review = await open(tokens.slep!, 'school:9302:review');
    expect(review.provider.authorizedScope).toBe('read-write');
    expect((await open(tokens.slep!, 'school:9401:pme')).denied).toBe('not-authorized');
    expect((await open(tokens.valle!, 'school:9301:review')).denied).toBe('not-authorized');
    expect((await open(tokens.valle!, 'school:9401:evaluation')).denied).toBeNull();
  });

  it('A-7 lists those schools (and a granted one) and answers the lookup without claiming', async () => {
    await server.storage.grant((await server.storage.findUserByUsername('slep'))!.id, '9501');
    const listed = (await get('/api/schools', tokens.slep!)).schools as { schoolId: string }[];
    expect(listed.map((s) => s.schoolId).sort()).toEqual(['9301', '9302', '9501']);
    expect((await get('/api/me', tokens.slep!)).schools).toEqual(['9301', '9302', '9501']);
    expect((await get('/api/schools/9302', tokens.slep!)).access).toBe('readable');
    expect((await get('/api/schools/9401', tokens.slep!)).access).toBe('not-authorized');
    expect((await open(tokens.ana!, 'school:9301:profile')).denied, 'the sostenedor did not claim it').toBeNull();
  });

  it('A-11 a new RUT closes the connections to schools it no longer covers; the others stay open', async () => {
    const lost = await open(tokens.valle!, 'school:9401:review');
    const reasons: string[] = [];
    lost.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
    const valle = (await server.storage.findUserByUsername('valle'))!;
    await server.storage.updateUser(valle.id, { sostenedorRut: '62000660' });
    await waitFor(() => reasons.includes('access-revoked'), 7_000, '9401 closed');
    const gained = await open(tokens.valle!, 'school:9301:review');
    expect(gained.denied).toBeNull();
  });

  it('A-8 stillAllowed re-checks by RUT and closes on a changed role', async () => {
    const user = (await server.storage.findUserByUsername('slep'))!;
    const ctx = { userId: user.id, role: user.role, tokenVersion: user.tokenVersion, schoolId: '9302' };
    expect(stillAllowed(directory, user, [], ctx)).toBe(true);
    expect(stillAllowed(NO_DIRECTORY, user, [], ctx)).toBe(false);
    expect(stillAllowed(NO_DIRECTORY, user, ['9302'], ctx)).toBe(true);
    expect(stillAllowed(directory, { ...user, role: 'escuela' }, ['9302'], ctx)).toBe(false);
    expect(stillAllowed(directory, { ...user, sostenedorRut: null }, [], ctx)).toBe(false);
  });
});

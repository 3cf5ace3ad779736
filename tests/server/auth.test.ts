// Sign-in, tokens and the user CLI against a real relay process (docs/spec/access.md ).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RelayProcess } from '../support/serverProcess.ts';
import {
  ClientPool,
  api,
  openAndWait,
  startRelayWithUsers,
  tokenOf,
  waitAcked,
  type TestUser,
} from '../support/relayFixture.ts';

const admin: TestUser = { username: 'admin', role: 'admin', password: 'clave-admin-01' };
const coord: TestUser = { username: 'coord', role: 'coordinador', password: 'clave-coord-01' };
const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['101', '102'] };
const dir: TestUser = { username: 'dir', role: 'escuela', password: 'clave-dir-0001', schools: ['201'] };
const pablo: TestUser = { username: 'pablo', role: 'asesor', password: 'clave-pablo-01' };
const eva: TestUser = { username: 'eva', role: 'escuela', password: 'clave-eva-0001', schools: ['301'] };
const USERS = [admin, coord, ana, dir, pablo, eva];

let relay: RelayProcess;
const pool = new ClientPool();

beforeAll(async () => {
  relay = await startRelayWithUsers(USERS);
});
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

/** The same token with its payload rewritten and the original signature kept. */
function forge(token: string, patch: Record<string, unknown>): string {
  const [version, payload, signature] = token.split('.') as [string, string, string];
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), ...patch };
  return [version, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

async function deniedReason(token: string, docName: string): Promise<string | null> {
  const entry = await openAndWait(pool.client(relay, token), docName);
  return entry.denied;
}

describe('A-2 sign-in', () => {
  it('returns a token and the public user for the right password', async () => {
    const res = await api(relay, '/api/login', { body: { username: 'ana', password: ana.password } });
    expect(res.status).toBe(200);
    expect(res.body.token).toEqual(expect.stringMatching(/^v1\./));
    expect(res.body.expiresAt).toBeGreaterThan(Date.now());
    expect(res.body.user).toMatchObject({ username: 'ana', role: 'asesor' });
    expect(JSON.stringify(res.body)).not.toContain('scrypt');
  });

  it('answers 401 invalid-credentials alike for a wrong password and an unknown user', async () => {
    const wrong = await api(relay, '/api/login', { body: { username: 'ana', password: 'not-her-password' } });
    const unknown = await api(relay, '/api/login', { body: { username: 'nadie', password: ana.password } });
    expect(wrong).toEqual({ status: 401, body: { error: 'invalid-credentials' } });
    expect(unknown).toEqual({ status: 401, body: { error: 'invalid-credentials' } });
  });
});

describe('A-3 /api/me', () => {
  it('lists the granted schools of an asesor and of an escuela user', async () => {
    const asesor = await api(relay, '/api/me', { token: await tokenOf(relay, ana) });
    expect(asesor.status).toBe(200);
    expect(asesor.body).toMatchObject({
      user: { username: 'ana', role: 'asesor' },
      schools: ['101', '102'],
      allSchools: false,
    });
    const escuela = await api(relay, '/api/me', { token: await tokenOf(relay, dir) });
    expect(escuela.body).toMatchObject({ user: { username: 'dir' }, schools: ['201'], allSchools: false });
  });

  it('lists every school that holds a document for a coordinador (none granted)', async () => {
    const coordToken = await tokenOf(relay, coord);
    expect((await api(relay, '/api/me', { token: coordToken })).body).toMatchObject({ schools: [], allSchools: true });

    const writes: [TestUser, string][] = [
      [ana, 'school:101:profile'],
      [dir, 'school:201:pme'],
    ];
    for (const [user, name] of writes) {
      const entry = await openAndWait(pool.client(relay, await tokenOf(relay, user)), name);
      entry.doc.getMap('fields').set('nombre', `escrito por ${user.username}`);
      await waitAcked(entry);
    }
    const me = await api(relay, '/api/me', { token: coordToken });
    expect(me.body).toMatchObject({ user: { role: 'coordinador' }, schools: ['101', '201'], allSchools: true });
  });

  it('refuses a missing token', async () => {
    expect(await api(relay, '/api/me')).toEqual({ status: 401, body: { error: 'token-invalid' } });
  });
});

describe('A-2 tokens', () => {
  it('refresh issues a new working token', async () => {
    const first = await relay.login('ana', ana.password);
    const refreshed = await api(relay, '/api/refresh', { method: 'POST', token: first.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.token).toEqual(expect.any(String));
    expect(refreshed.body.token).not.toBe(first.token);
    expect((await api(relay, '/api/me', { token: refreshed.body.token as string })).body).toMatchObject({
      user: { username: 'ana' },
    });
    expect((await api(relay, '/api/refresh', { method: 'POST' })).status).toBe(401);
  });

  it('refuses a tampered token on the API and on the WebSocket (token-invalid)', async () => {
    const adminId = (await relay.login('admin', admin.password)).user.id;
    const dirToken = await tokenOf(relay, dir);
    expect(await deniedReason(dirToken, 'school:201:profile')).toBeNull();

    const tampered = [
      forge(dirToken, { sub: adminId }), // escalate to the admin, keep dir's signature
      forge(dirToken, { exp: Date.now() + 10 * 365 * 24 * 3600 * 1000 }),
      `${dirToken.slice(0, -4)}AAAA`,
      'not-a-token',
    ];
    for (const token of tampered) {
      expect(await api(relay, '/api/me', { token })).toEqual({ status: 401, body: { error: 'token-invalid' } });
      expect(await deniedReason(token, 'school:201:profile')).toBe('token-invalid');
    }
  });

  it('user passwd revokes every earlier token; only the new password signs in', async () => {
    const old = await tokenOf(relay, pablo);
    expect((await api(relay, '/api/me', { token: old })).status).toBe(200);

    await relay.cli(['user', 'passwd', 'pablo'], 'otra-clave-pablo\n');

    expect(await api(relay, '/api/me', { token: old })).toEqual({ status: 401, body: { error: 'token-invalid' } });
    expect(await deniedReason(old, 'school:401:profile')).toBe('token-invalid');
    expect((await api(relay, '/api/login', { body: { username: 'pablo', password: pablo.password } })).status).toBe(
      401,
    );
    const fresh = await relay.login('pablo', 'otra-clave-pablo');
    expect((await api(relay, '/api/me', { token: fresh.token })).status).toBe(200);
  });

  it('user disable refuses sign-in and earlier tokens', async () => {
    const old = await tokenOf(relay, eva);
    await relay.cli(['user', 'disable', 'eva']);
    expect((await api(relay, '/api/login', { body: { username: 'eva', password: eva.password } })).status).toBe(401);
    expect((await api(relay, '/api/me', { token: old })).status).toBe(401);
    expect(await deniedReason(old, 'school:301:profile')).toBe('token-invalid');
  });
});

describe('A-1 passwords', () => {
  it('the SQLite files hold scrypt hashes, never a clear password', async () => {
    const files = (await readdir(relay.dataDir)).filter((f) => f.startsWith('bitacora.sqlite'));
    const bytes = Buffer.concat(await Promise.all(files.map((f) => readFile(path.join(relay.dataDir, f)))));
    expect(bytes.includes('scrypt$')).toBe(true); // we are reading the file that holds the users
    for (const user of USERS) {
      expect(bytes.includes(Buffer.from(user.password, 'utf8')), user.username).toBe(false);
      expect(bytes.includes(Buffer.from(user.password, 'utf16le')), user.username).toBe(false);
    }
    expect(relay.logs).not.toContain(ana.password);
  });

  it('the CLI refuses a password shorter than 8 characters and creates no user', async () => {
    await expect(relay.cli(['user', 'add', 'corto', '--role', 'asesor'], '1234567\n')).rejects.toThrow(/at least 8/);
    expect(await relay.cli(['user', 'list'])).not.toContain('corto');
    expect((await api(relay, '/api/login', { body: { username: 'corto', password: '1234567' } })).status).toBe(401);
  });
});

// CLI-7: `user set-rut` changes or removes a sostenedor's RUT on a real relay process and its real
// directory (RUT 60910000 holds 9267-3 and 11766-8; 61102023 holds 41092-6 and 41093-4): the RUT is
// checked (módulo 11), an unknown one is warned about, the user's open connections to schools the
// new RUT no longer covers close while the others stay open, and nothing changes on a refusal.
// On PostgreSQL too when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { adminQuery } from '../support/pgAdmin.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cliProcess.ts';
import { waitFor, type ClientDoc } from '../support/nodeClient.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { ClientPool, openAndWait, startRelayWithUsers, type TestUser } from '../support/relayFixture.ts';

const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001' };
const PASSWORD = 'clave-slep-001';

let relay: RelayProcess;
const pool = new ClientPool();
const cli = (args: string[], stdin?: string) => runCli(args, { env: { DATA_DIR: relay.dataDir }, stdin });
const listLine = async (username: string) =>
  (await cli(['user', 'list'])).stdout.split('\n').find((l) => l.startsWith(`${username} `));

function closeReasons(entry: ClientDoc): string[] {
  const reasons: string[] = [];
  entry.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
  return reasons;
}

beforeAll(async () => {
  relay = await startRelayWithUsers([ana], { env: { ACCESS_POLL_MS: '200' } });
  const add = await cli(['user', 'add', 'slep', '--role', 'sostenedor', '--sostenedor-rut', '60910000'], PASSWORD);
  expect(add.code, add.stderr).toBe(0);
  expect(add.stderr).toContain('the directory lists 2 school(s) for RUT 60910000: 9267-3, 11766-8');
}, 120_000);
afterEach(() => pool.destroyAll());
afterAll(async () => {
  await relay?.destroy();
});

describe('CLI-7 user set-rut', () => {
  it('A-11 a new RUT closes the connections to schools it no longer covers and opens the new ones', async () => {
    const token = (await relay.login('slep', PASSWORD)).token;
    const client = pool.client(relay, token);
    const old = await openAndWait(client, 'school:9267:review');
    expect(old.denied).toBeNull();
    expect((await openAndWait(client, 'school:41092:review')).denied).toBe('not-authorized');
    const reasons = closeReasons(old);

    const changed = await cli(['user', 'set-rut', 'slep', '61.102.023-6']);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout.trim()).toBe('slep: RUT 61102023 (was 60910000)');
    expect(changed.stderr).toContain('the directory lists 2 school(s) for RUT 61102023: 41092-6, 41093-4');
    await waitFor(() => reasons.includes('access-revoked'), 10_000, '9267 closed');

    // The same token: a RUT change signs nobody out, it only changes which schools they read.
    const fresh = pool.client(relay, token);
    expect((await openAndWait(fresh, 'school:41092:review')).denied).toBeNull();
    expect((await openAndWait(fresh, 'school:9267:pme')).denied).toBe('not-authorized');
    expect(await listLine('slep')).toMatch(/\ssostenedor, RUT 61102023\s+active\s/);
  }, 180_000);

  it('refuses a wrong check digit, a user who is not a sostenedor and --none without a granted school', async () => {
    const wrong = await cli(['user', 'set-rut', 'slep', '61.102.023-7']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('RUT 61.102.023-7: the check digit does not match');
    expect(wrong.stderr).toContain('nothing was changed');
    const asesor = await cli(['user', 'set-rut', 'ana', '60910000']);
    expect(asesor.code).toBe(1);
    expect(asesor.stderr).toContain('ana has the role asesor: only a sostenedor has a RUT');
    const none = await cli(['user', 'set-rut', 'slep', '--none']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('slep has no granted school');
    expect(await listLine('slep')).toMatch(/\ssostenedor, RUT 61102023\s+active\s/);
  }, 180_000);

  it('CLI-2 a RUT and --none together, or neither, is a usage error; help names the command', async () => {
    const neither = await cli(['user', 'set-rut', 'slep']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('missing <RUT> (or --none to remove it)');
    expect((await cli(['user', 'set-rut', 'slep', '60910000', '--none'])).code).toBe(2);
    const help = await cli(['help', 'set-rut']);
    expect(help.stdout).toMatch(/^Usage: npm run server -- user set-rut <username> \[<RUT>\] \[--none\]/);
    expect((await cli(['--help'])).stdout).toContain('  user set-rut');
  }, 180_000);

  it('warns about a RUT the directory does not list, and --none keeps only the granted schools', async () => {
    const token = (await relay.login('slep', PASSWORD)).token;
    const unlisted = await cli(['user', 'set-rut', 'slep', '12.345.678-5']);
    expect(unlisted.code).toBe(0);
    expect(unlisted.stderr).toContain("warning: Mineduc's school directory lists no school for RUT 12345678");

    expect((await cli(['user', 'grant', 'slep', '9267-3'])).code).toBe(0);
    const client = pool.client(relay, token);
    const granted = await openAndWait(client, 'school:9267:review');
    expect(granted.denied).toBeNull();
    const removed = await cli(['user', 'set-rut', 'slep', '--none']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout.trim()).toBe('slep: RUT none (was 12345678)');
    expect(await listLine('slep')).toMatch(/\ssostenedor\s+active\s+9267-3$/);
    expect((await openAndWait(pool.client(relay, token), 'school:9267:pme')).denied).toBeNull();
    expect((await openAndWait(pool.client(relay, token), 'school:41092:pme')).denied).toBe('not-authorized');
  }, 180_000);
});

const DB = process.env.TEST_DATABASE_URL;

describe.skipIf(!DB)('CLI-7 user set-rut on PostgreSQL (TEST_DATABASE_URL)', () => {
  let schema: string;
  let env: Record<string, string>;

  const admin = (sql: string) => adminQuery(DB as string, sql);

  beforeAll(async () => {
    schema = `cli_rut_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    const url = new URL(DB as string);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env = { DATABASE_URL: url.toString() };
  });
  afterAll(async () => {
    if (schema) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('changes, refuses and removes the RUT', async () => {
    const run = (args: string[], stdin?: string) => runCli(args, { env, stdin });
    expect((await run(['user', 'add', 'slep', '--role', 'sostenedor', '--school', '9267-3'], PASSWORD)).code).toBe(0);
    const set = await run(['user', 'set-rut', 'slep', '60.910.000-1']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout.trim()).toBe('slep: RUT 60910000 (was none)');
    expect((await run(['user', 'set-rut', 'slep', '60.910.000-2'])).code).toBe(1);
    expect((await run(['user', 'list'])).stdout).toMatch(/^slep\s.*sostenedor, RUT 60910000\s+active\s+9267-3$/m);
    expect((await run(['user', 'set-rut', 'slep', '--none'])).code).toBe(0);
    expect((await run(['user', 'list'])).stdout).toMatch(/^slep\s.*sostenedor\s+active\s+9267-3$/m);
  }, 180_000);
});

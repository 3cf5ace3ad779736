// The administration CLI as an operator runs it: a real process per command, on SQLite and (when
// npm test started one, TEST_DATABASE_URL) PostgreSQL. docs/spec/operations.md CLI-1…CLI-4.
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cliProcess.ts';
import { adminQuery } from '../support/pgAdmin.ts';
import { RelayProcess } from '../support/serverProcess.ts';
import { waitFor } from '../support/nodeClient.ts';

const PASSWORD = 'clave-segura-1\n';

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

describe('CLI on SQLite', () => {
  let dir: string;
  let env: Record<string, string>;
  let sqliteFile: string;
  const cli = (args: string[], stdin?: string) => runCli(args, { env, stdin });

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(path.join(tmpdir(), 'bitacora-cli-')));
    env = { DATA_DIR: dir };
    sqliteFile = path.join(dir, 'bitacora.sqlite');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([['--help'], ['-h'], ['help']])(
    'CLI-2 %s prints the usage with every command and the shared variables, exit 0, no database opened',
    async (flag) => {
      const result = await cli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npm run server -- <command>/);
      for (const command of [
        'user add',
        'user grant',
        'user revoke',
        'user passwd',
        'user disable',
        'user list',
        'quarantine list',
      ]) {
        expect(result.stdout).toContain(`  ${command}`);
      }
      expect(result.stdout).toMatch(/DATABASE_URL/);
      expect(result.stdout).toMatch(/DATA_DIR/);
      expect(result.stderr).not.toContain('database:');
      expect(existsSync(sqliteFile)).toBe(false);
    },
  );

  it.each([[['help', 'grant']], [['help', 'user', 'grant']], [['user', 'grant', '--help']]])(
    'CLI-2 %j prints the usage of user grant',
    async (args) => {
      const result = await cli(args);
      expect(result.code).toBe(0);
      expect(firstLine(result.stdout)).toBe('Usage: npm run server -- user grant <username> <RBD>...');
      expect(result.stdout).toMatch(/check digit/);
      expect(result.stdout).not.toContain('user revoke');
    },
  );

  it('CLI-2 an unknown command prints the usage and exits 2', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toBe('unknown command: frobnicate');
    expect(result.stderr).toContain('Usage: npm run server -- <command>');
    expect((await cli(['user', 'delete', 'ana'])).stderr).toMatch(/^unknown command: user delete/);
    expect((await cli(['help', 'frobnicate'])).code).toBe(2);
  });

  it('CLI-2 a missing argument is named, exit 2, nothing opened', async () => {
    const noUser = await cli(['user', 'grant']);
    expect(noUser.code).toBe(2);
    expect(firstLine(noUser.stderr)).toBe('missing <username>');
    expect(noUser.stderr).toContain('Usage: npm run server -- user grant <username> <RBD>...');
    expect(firstLine((await cli(['user', 'grant', 'ana'])).stderr)).toBe('missing <RBD>');
    expect(firstLine((await cli(['user', 'list', 'extra'])).stderr)).toBe('unexpected argument: extra');
    const unknownOption = await cli(['user', 'list', '--all']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/'--all'/);
    expect(existsSync(sqliteFile)).toBe(false);
  });

  it('CLI-1 every command names the SQLite file it writes to, as an absolute path, first on stderr', async () => {
    const expected = `database: SQLite ${sqliteFile}`;
    const results: CliResult[] = [
      await cli(['user', 'add', 'ana', '--role', 'asesor', '--name', 'Ana Pérez Soto'], PASSWORD),
      await cli(['user', 'grant', 'ana', '7423-3']),
      await cli(['user', 'revoke', 'ana', '7423-3']),
      await cli(['user', 'passwd', 'ana'], 'otra-clave-segura\n'),
      await cli(['user', 'disable', 'ana']),
      await cli(['user', 'list']),
      await cli(['quarantine', 'list']),
      await cli(['user', 'grant', 'nadie', '7423']), // refused: still says where it looked
    ];
    for (const result of results) expect(firstLine(result.stderr)).toBe(expected);
    expect(results.slice(0, -1).map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(results.at(-1)?.stderr).toContain('no such user: nadie');
    expect(results.at(-1)?.code).toBe(1);
  });

  it('CLI-1 a relative DATA_DIR is shown resolved, and the relay on the same DATA_DIR names the same database', async () => {
    const parent = path.dirname(dir);
    const result = await runCli(['user', 'list'], { env: { DATA_DIR: path.basename(dir) }, cwd: parent });
    expect(firstLine(result.stderr)).toBe(`database: SQLite ${sqliteFile}`);
    const relay = await RelayProcess.create({ dataDir: dir });
    try {
      await relay.start();
      await waitFor(() => relay.logs.includes('listening'), 10_000, 'listening logged');
      expect(relay.logs).toContain(`SQLite ${sqliteFile}`);
    } finally {
      await relay.destroy();
    }
  });

  describe('with users', () => {
    beforeAll(async () => {
      expect(
        (await cli(['user', 'add', 'bruno', '--role', 'coordinador', '--name', 'Bruno Díaz'], PASSWORD)).code,
      ).toBe(0);
      expect(
        (
          await cli(
            [
              'user',
              'add',
              'carla',
              '--role',
              'asesor',
              '--name',
              'Carla Muñoz Rojas',
              '--school',
              '8104-3',
              '--school',
              '7423',
            ],
            PASSWORD,
          )
        ).code,
      ).toBe(0);
      expect((await cli(['user', 'grant', 'carla', '13208-8'])).code).toBe(0);
      expect(
        (
          await cli(
            ['user', 'add', 'elena', '--role', 'escuela', '--name', 'Elena Soto', '--school', '5834-3'],
            PASSWORD,
          )
        ).code,
      ).toBe(0);
      expect((await cli(['user', 'disable', 'elena'])).code).toBe(0);
    });

    it('CLI-3 user list shows username, display name, role, state and schools in aligned columns', async () => {
      const { stdout, code } = await cli(['user', 'list']);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      const [header = '', ...rows] = lines;
      expect(header.split(/\s{2,}/)).toEqual(['USERNAME', 'NAME', 'ROLE', 'STATE', 'SCHOOLS']);
      const carla = rows.find((l) => l.startsWith('carla '));
      expect(carla?.split(/\s{2,}/)).toEqual([
        'carla',
        'Carla Muñoz Rojas',
        'asesor',
        'active',
        '7423-3,8104-3,13208-8',
      ]);
      expect(rows.find((l) => l.startsWith('bruno '))?.split(/\s{2,}/)).toEqual([
        'bruno',
        'Bruno Díaz',
        'coordinador',
        'active',
        '-',
      ]);
      expect(rows.find((l) => l.startsWith('elena '))?.split(/\s{2,}/)).toEqual([
        'elena',
        'Elena Soto',
        'escuela',
        'disabled',
        '5834-3',
      ]);
      const starts = [...header.matchAll(/\S+/g)].map((m) => m.index).slice(1);
      expect(starts).toHaveLength(4);
      for (const at of starts) {
        for (const row of rows)
          expect(row[at - 1] === ' ' && row[at] !== ' ', `column at ${at} aligned in "${row}"`).toBe(true);
      }
    });

    it('CLI-4 7423-9 is refused naming the right check digit, and nothing of the list is granted', async () => {
      const result = await cli(['user', 'grant', 'bruno', '8104-3', '7423-9']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('7423-9: wrong check digit; RBD 7423 has check digit 3 (7423-3)');
      expect(result.stderr).toContain('nothing was changed');
      expect(result.stdout).toBe('');
      const list = await cli(['user', 'list']);
      expect(list.stdout.split('\n').find((l) => l.startsWith('bruno '))).toMatch(/\s-$/);
    });

    it('CLI-4 user add with a wrong RBD creates no user; revoke checks RBDs too', async () => {
      const add = await cli(
        ['user', 'add', 'dora', '--role', 'asesor', '--school', '7423-3', '--school', '123456789'],
        PASSWORD,
      );
      expect(add.code).toBe(1);
      expect(add.stderr).toContain('123456789: an RBD is a number between 1 and 99,999,999');
      expect((await cli(['user', 'list'])).stdout).not.toMatch(/^dora /m);
      const revoke = await cli(['user', 'revoke', 'carla', 'siete']);
      expect(revoke.code).toBe(1);
      expect(revoke.stderr).toContain('siete: not an RBD');
      expect((await cli(['user', 'list'])).stdout).toMatch(/^carla .*7423-3,8104-3,13208-8$/m);
    });

    it('CLI-4 a bare RBD is accepted and the granted RBD-DV is printed for the operator to compare', async () => {
      const result = await cli(['user', 'grant', 'bruno', '7423']);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe('granted bruno: 7423-3');
      expect(result.stderr).toContain('compare 7423-3');
      expect((await cli(['user', 'list'])).stdout).toMatch(/^bruno .*\s7423-3$/m);
    });
  });
});

const DB = process.env.TEST_DATABASE_URL;

describe.skipIf(!DB)('CLI on PostgreSQL (TEST_DATABASE_URL)', () => {
  let schema: string;
  let databaseUrl: string;
  let expected: string;

  const admin = (sql: string) => adminQuery(DB as string, sql);

  beforeAll(async () => {
    schema = `cli_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    const url = new URL(DB as string);
    // A password the server does not ask for under trust auth, so we can see it is never printed.
    url.password = 'never-printed-pw';
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
    expected = `database: PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname} (schema ${schema})`;
  });
  afterAll(async () => {
    if (schema) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('CLI-1 every command names the PostgreSQL database, never the password', async () => {
    // DATA_DIR set too: DATABASE_URL wins, and the line says so.
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: '/nonexistent-data-dir' };
    const results = [
      await runCli(['user', 'add', 'eva', '--role', 'escuela', '--name', 'Eva Núñez', '--school', '5834'], {
        env,
        stdin: PASSWORD,
      }),
      await runCli(['user', 'grant', 'eva', '8104-3'], { env }),
      await runCli(['user', 'revoke', 'eva', '8104'], { env }),
      await runCli(['user', 'list'], { env }),
      await runCli(['quarantine', 'list'], { env }),
    ];
    for (const result of results) {
      expect(result.code).toBe(0);
      expect(firstLine(result.stderr)).toBe(expected);
      expect(result.stderr + result.stdout).not.toContain('never-printed-pw');
    }
    expect(results[3]?.stdout).toMatch(/^eva\s+Eva Núñez\s+escuela\s+active\s+5834-3$/m);
  });
});

// DIR-6: the real CLI process warns about an RBD that Mineduc's directory does not list, and grants it
// all the same; a listed RBD draws no warning; a wrong check digit is still refused (CLI-4).
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cliProcess.ts';

describe('DIR-6 CLI and the school directory', () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = (args: string[], stdin?: string) => runCli(args, { env, stdin });

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(path.join(tmpdir(), 'bitacora-cli-directory-')));
    env = { DATA_DIR: dir };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('user add --school and user grant warn about unlisted RBDs only, and grant them', async () => {
    const add = await cli(['user', 'add', 'ana', '--role', 'asesor', '--school', '7423-3'], 'clave-segura-1\n');
    expect(add.code).toBe(0);
    expect(add.stderr).not.toContain('warning');

    const grant = await cli(['user', 'grant', 'ana', '21', '13512-7']);
    expect(grant.code).toBe(0);
    expect(grant.stdout.trim()).toBe('granted ana: 21-3, 13512-7');
    expect(grant.stderr).toContain("warning: 21-3 is not in Mineduc's school directory");
    expect(grant.stderr).not.toContain('13512-7 is not');

    const refused = await cli(['user', 'grant', 'ana', '13512-8']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('13512-8: wrong check digit');
    const list = await cli(['user', 'list']);
    expect(list.stdout).toMatch(/^ana .* 21-3,7423-3,13512-7$/m);
    // Five CLI processes, each compiling the CLI with tsx: slow on a shared machine.
  }, 240_000);
});

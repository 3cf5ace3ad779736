// OP-5: the built relay runs with only the production dependencies. A folder is made as a production
// install leaves it — package.json, the start scripts, the builds (`dist/`, `dist-server/`) and a
// node_modules holding only what `npm ls --omit=dev --all` lists (hard links, no devDependency, no
// vite, no tsx) — then the real `npm run server` and `npm start` run there.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../support/serverProcess.ts';
import { NpmStart, npmCli, stillRunning, type NpmStartOptions } from '../support/npmStart.ts';

const run = promisify(execFile);
let folder = '';
const started: NpmStart[] = [];

/** Hard-links every file of `from` into `to`, leaving out nested node_modules (listed on their own). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, path.join(to, entry.name));
    else if (entry.isFile()) linkSync(source, path.join(to, entry.name));
  }
}

async function productionPackages(): Promise<string[]> {
  // npm ls exits non-zero on tree warnings; its list is still complete.
  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT }).catch(
    (e: { stdout: string }) => e,
  );
  return stdout
    .trim()
    .split('\n')
    .filter((dir) => dir.startsWith(path.join(ROOT, 'node_modules')));
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  folder = mkdtempSync(path.join(tmpdir(), 'bitacora-prod-'));
  for (const item of ['package.json', 'scripts', 'dist', 'dist-server'])
    cpSync(path.join(ROOT, item), path.join(folder, item), { recursive: true });
  for (const dir of await productionPackages()) linkTree(dir, path.join(folder, path.relative(ROOT, dir)));
}, 120_000);

afterAll(async () => {
  for (const npm of started) if (!npm.exit) (npm.child.kill('SIGKILL'), await npm.exited);
  for (const npm of started) for (const pid of await stillRunning(npm.processesAtStart)) process.kill(pid, 'SIGKILL');
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function options(): Promise<NpmStartOptions> {
  return { cwd: folder, dataDir: mkdtempSync(path.join(folder, 'data-')), port: await freePort() };
}

describe('OP-5 a production install (only production dependencies) runs the built relay', () => {
  it('has no build tool and no devDependency in its node_modules', () => {
    for (const dev of ['vite', 'tsx', 'typescript', 'vitest', 'playwright-core'])
      expect(existsSync(path.join(folder, 'node_modules', dev)), dev).toBe(false);
    for (const prod of ['@hocuspocus/server', 'better-sqlite3', 'ws', 'zod'])
      expect(existsSync(path.join(folder, 'node_modules', prod)), prod).toBe(true);
  });

  it('the built CLI creates a user, npm start serves /healthz and signs them in, and SIGTERM stops it with exit 0', async () => {
    const o = await options();
    await npmCli(o, ['user', 'add', 'ana', '--role', 'asesor', '--school', '801'], 'clave-ana-0001\n');
    expect(await npmCli(o, ['user', 'list'])).toMatch(/^ana\s+ana\s+asesor\s+active\s+801-\w$/m);

    const npm = await NpmStart.start(o);
    started.push(npm);
    expect(npm.output).not.toContain('building');
    const health = await fetch(`${npm.url}/healthz`);
    expect(health.status).toBe(200);
    const login = await fetch(`${npm.url}/api/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'ana', password: 'clave-ana-0001' }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { token?: string }).token).toEqual(expect.any(String));

    process.kill(npm.pid, 'SIGTERM');
    await npm.exited;
    expect(npm.exit).toEqual({ code: 0, signal: null });
  });

  it('OP-2 with nothing built and no build tools, npm start stops with exit 1 and says how to build', async () => {
    rmSync(path.join(folder, 'dist-server'), { recursive: true });
    const o = await options();
    const result = spawnSync('npm', ['start'], {
      cwd: folder,
      env: { ...process.env, DATA_DIR: o.dataDir, PORT: String(o.port), HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'dist-server/main.js is missing and the build tools (devDependencies) are not installed',
    );
    expect(result.stderr).toContain('npm ci && npm run build');
  });
});

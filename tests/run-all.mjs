#!/usr/bin/env node
// `npm test`: everything, in order — system prerequisites (Chromium; PostgreSQL and Redis for the
// scale-out tests), type checks, lint, the production builds (PWA and relay), then every vitest
// project (unit, server, e2e). Exits non-zero on the first failure.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { isPostgresAvailable, startPostgres } from './support/postgres.mjs';
import { CHROMIUM, installMissing } from '../scripts/systemPackages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REDIS = '/usr/bin/redis-server';
const PDFTOTEXT = '/usr/bin/pdftotext';

function step(title) {
  process.stdout.write(`\n▶ ${title}\n`);
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stdout.write(`\n✗ failed: ${cmd} ${args.join(' ')}\n`);
    throw Object.assign(new Error('step failed'), { exitCode: r.status ?? 1 });
  }
}

function ensureSystemPackages() {
  const missing = installMissing([
    ['chromium', () => fs.existsSync(CHROMIUM)],
    ['postgresql', isPostgresAvailable],
    ['redis-server', () => fs.existsSync(REDIS)],
    ['poppler-utils', () => fs.existsSync(PDFTOTEXT)],
  ]);
  if (missing.length === 0) return;
  if (missing.includes('chromium') || missing.includes('poppler-utils')) {
    process.stderr.write(
      `\nThe end-to-end tests need Chromium (${CHROMIUM}) and poppler-utils (pdftotext, pdftoppm, to read the PDF reports).\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install chromium poppler-utils) or set CHROMIUM_PATH, then run npm test again.\n`,
    );
    throw Object.assign(new Error('missing prerequisites'), { exitCode: 1 });
  }
  process.stdout.write(
    `\nNote: ${missing.join(', ')} not installed and cannot be installed here; the PostgreSQL/Redis scale-out tests will be skipped.\n`,
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  if (!fs.existsSync(REDIS)) return null;
  const port = await freePort();
  const child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.end();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (up) return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not start');
}

try {
  ensureSystemPackages();
} catch (e) {
  process.exit(e.exitCode ?? 1);
}

try {
  step('Type check (app, tests, server)');
  run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  run('npx', ['tsc', '-p', 'sync-server/tsconfig.json', '--noEmit']);
  step('Lint: ESLint, Prettier, knip (scripts/lint.mjs; LINT_SCOPE lists the folders checked)');
  run('node', ['scripts/lint.mjs']);
  step(
    'Production builds when missing or stale: the PWA (served by the relay in the e2e tests), the relay (npm start tests)',
  );
  run('node', ['scripts/build.mjs']);
} catch (e) {
  process.exit(e.exitCode ?? 1);
}

const services = [];
const env = { CHROMIUM_PATH: CHROMIUM };
try {
  if (isPostgresAvailable()) {
    const pg = await startPostgres(fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-pg-')));
    services.push(pg);
    env.TEST_DATABASE_URL = pg.url;
  }
  const redis = await startRedis();
  if (redis) {
    services.push(redis);
    env.TEST_REDIS_URL = redis.url;
  }
  step('Tests: unit, server (real relay processes, SQLite and PostgreSQL), end-to-end (real Chromium)');
  run('npx', ['vitest', 'run'], env);
} catch (e) {
  process.exitCode = e.exitCode ?? 1;
  if (!e.exitCode) console.error(e);
} finally {
  for (const s of services) await s.stop();
}

// What `npm start`, `npm run server` and `npm run build` share: the two builds (the PWA in `dist/`,
// the relay in `dist-server/`), whether each is fresh, and how to run one. A build is fresh when its
// output exists and the stamp written after it holds the hash of its current inputs (sources,
// configs, lockfile). Plain Node, no dependency: it must run in a production install too.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Stamps live outside `dist/`: the relay serves every file there. */
export const STAMP_DIR = path.join(ROOT, '.build-stamps');
const VITE_BIN = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** @typedef {{ name: 'pwa' | 'server', inputs: string[], output: string, viteArgs: string[] }} Part */

/** @type {Record<'pwa' | 'server', Part>} */
export const PARTS = {
  pwa: {
    name: 'pwa',
    inputs: ['index.html', 'vite.config.ts', 'build', 'public', 'src', 'package.json', 'package-lock.json'],
    output: 'dist/index.html',
    viteArgs: ['build', '--logLevel', 'warn'],
  },
  server: {
    name: 'server',
    inputs: ['vite.server.config.ts', 'sync-server/src', 'src/domain', 'package.json', 'package-lock.json'],
    output: 'dist-server/main.js',
    viteArgs: ['build', '--config', 'vite.server.config.ts'],
  },
};

function listFiles(root, relative) {
  const full = path.join(root, relative);
  const st = fs.statSync(full, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [relative];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((entry) => listFiles(root, path.join(relative, entry)));
}

/** sha256 over every input file's path and bytes, in a stable order. */
export function inputsHash(inputs, root = ROOT) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => listFiles(root, input))) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stampFile = (part) => path.join(STAMP_DIR, `${part.name}.sha256`);

/** 'fresh', 'stale' (built from other sources, or unknown) or 'missing' (no output at all). */
export function buildStatus(part) {
  if (!fs.existsSync(path.join(ROOT, part.output))) return 'missing';
  let stamp = '';
  try {
    stamp = fs.readFileSync(stampFile(part), 'utf8').trim();
  } catch {
    return 'stale';
  }
  return stamp === inputsHash(part.inputs) ? 'fresh' : 'stale';
}

/** The build tools are devDependencies: a production install (`npm ci --omit=dev`) has none. */
export function hasBuildTools() {
  return fs.existsSync(VITE_BIN);
}

/**
 * Builds one part in a child process (its output goes to stderr, so `npm run server` keeps stdout
 * for the CLI). SIGTERM/SIGINT during the build stop the build, then this process.
 */
export async function build(part) {
  const hash = inputsHash(part.inputs);
  const child = spawn(process.execPath, [VITE_BIN, ...part.viteArgs], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  let interrupted = null;
  const forward = (signal) => {
    interrupted = signal;
    child.kill(signal);
  };
  process.on('SIGTERM', forward).on('SIGINT', forward);
  const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
  process.off('SIGTERM', forward).off('SIGINT', forward);
  if (interrupted) {
    process.stderr.write(`Build of the ${part.name} interrupted by ${interrupted}.\n`);
    process.exit(1);
  }
  if (code !== 0) throw new Error(`the ${part.name} build failed (exit code ${code})`);
  fs.mkdirSync(STAMP_DIR, { recursive: true });
  fs.writeFileSync(stampFile(part), `${hash}\n`);
}

/**
 * Makes the given parts runnable: builds the missing or stale ones when the build tools are there;
 * without them, runs what is built (warning when it looks stale) or stops with a clear message.
 * Returns false when something needed is missing and cannot be built.
 */
export async function ensureBuilt(parts, log = (line) => process.stderr.write(`${line}\n`)) {
  const tools = hasBuildTools();
  for (const part of parts) {
    const status = buildStatus(part);
    if (status === 'fresh') {
      log(`${part.name}: build is up to date (${part.output})`);
      continue;
    }
    if (tools) {
      log(`${part.name}: build is ${status}, building…`);
      await build(part);
      log(`${part.name}: built (${part.output})`);
      continue;
    }
    if (status === 'missing') {
      log(
        `Cannot start: ${part.output} is missing and the build tools (devDependencies) are not installed.\n` +
          'Build first with the full install: `npm ci && npm run build`; then `npm ci --omit=dev` may remove the build tools.',
      );
      return false;
    }
    log(
      `${part.name}: ${part.output} may be older than the sources, but the build tools are not installed: running it as built.`,
    );
  }
  return true;
}

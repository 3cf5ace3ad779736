#!/usr/bin/env node
// `npm run lint`: ESLint (eslint.config.js), Prettier's check (.prettierrc.json) and knip (knip.json),
// over LINT_SCOPE only. `npm run format` (--fix): Prettier writes, then ESLint fixes, over the same scope.
// Exits non-zero if any tool reports a problem; tests/run-all.mjs runs it right after the type check.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The folders and root files the lint step checks: the whole project.
export const LINT_SCOPE = [
  'src',
  'sync-server',
  'tests',
  'bench',
  'scripts',
  'build',
  'eslint.config.js',
  'vite.config.ts',
  'vite.server.config.ts',
  'vitest.config.ts',
  'tsconfig.json',
  'knip.json',
  'package.json',
  '.prettierrc.json',
];

// Files whose exports only tests (or nothing) use, still to decide: delete the export with its tests, or wire
// it in. Until then `knip --production` leaves them out; the whole-project knip still checks them. Do not add to it.
const KNIP_PRODUCTION_PENDING = [
  // Whole-file SIMCE parse: its test runs every row of the Agencia's real files through parseRecord.
  'src/domain/results/agencyFiles.ts', // parseAgencySimceFile
  // Whole-record schemas of the sistematización and the engagement: the data layer reads field by field.
  'src/domain/evaluation/close.ts', // sistematizacionSchema
  'src/domain/programme/engagement.ts', // engagementSchema, plannedHoursTotal
];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const fix = process.argv.includes('--fix');

function run(tool, args) {
  const started = Date.now();
  const r = spawnSync(path.join(BIN, tool), args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout ?? '');
  process.stdout.write(
    `  ${tool}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return { ok: r.status === 0, stdout: r.stdout ?? '' };
}

/** knip analyses the whole project (an export is unused only if nothing anywhere imports it), so its
 * report is filtered to LINT_SCOPE. `--production` leaves tests out: an export only tests use is dead. */
function knip(production) {
  const args = ['--no-progress', '--reporter', 'json', ...(production ? ['--production'] : [])];
  const started = Date.now();
  const r = spawnSync(path.join(BIN, 'knip'), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    process.stderr.write(r.stdout + r.stderr);
    return false;
  }
  const inScope = (file) =>
    LINT_SCOPE.some((s) => file === s || file.startsWith(`${s}/`)) &&
    !(production && KNIP_PRODUCTION_PENDING.includes(file));
  const problems = [];
  for (const row of report.issues.filter((i) => inScope(i.file) || i.file === 'package.json')) {
    for (const [kind, list] of Object.entries(row)) {
      if (!Array.isArray(list) || list.length === 0 || kind === 'owners') continue;
      for (const item of list) {
        const where = item.line ? `:${item.line}:${item.col ?? 0}` : '';
        problems.push(`${row.file}${where}  ${kind}  ${item.name ?? ''}`.trimEnd());
      }
    }
  }
  const took = ((Date.now() - started) / 1000).toFixed(1);
  for (const p of problems) process.stdout.write(`${p}\n`);
  process.stdout.write(
    `  knip${production ? ' --production' : ''}: ${problems.length === 0 ? 'ok' : 'FAILED'} (${took} s)\n`,
  );
  return problems.length === 0;
}

// Both caches (node_modules/.cache/) skip unchanged files. ESLint's cache keys on each file's own content:
// a type-aware finding caused by a change in another file can hide until that file changes (CI starts clean).
const CACHE = ['--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/'];
// ESLint reads code only; Prettier and knip also read the JSON files.
const code = LINT_SCOPE.filter((s) => !s.endsWith('.json'));
const results = fix
  ? [
      run('prettier', ['--write', '--cache', '--log-level', 'warn', ...LINT_SCOPE]).ok,
      run('eslint', ['--fix', ...CACHE, ...code]).ok,
    ]
  : [
      run('eslint', ['--max-warnings', '0', ...CACHE, ...code]).ok,
      run('prettier', ['--check', '--cache', '--log-level', 'warn', ...LINT_SCOPE]).ok,
      knip(false),
      knip(true),
    ];
process.exit(results.every(Boolean) ? 0 : 1);

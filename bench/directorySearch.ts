// directory.search.ms: p95 of 1,000 searches of the official directory (12,898 schools) as a person
// types them, in Debian's Chromium, through searchDirectory (bundled from src/ by vite for the page)
// over the index the registration screen builds. The queries are seeded: name prefixes growing keystroke
// by keystroke (with and without accents), RBD prefixes, RBD-DV pairs and names within a comuna (DIR-3).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { Rng } from '../tests/support/random.ts';
import { readCompactDirectory, type DirectorySchool } from '../src/domain/schools/compactDirectory.ts';
import type { DirectoryQuery } from '../src/domain/schools/directorySearch.ts';
import type { BenchResult } from './types.ts';

const QUERIES = 1000;

async function bundleSearch(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.resolve('src/domain/schools/directorySearch.ts'),
        formats: ['iife'],
        name: 'benchDirectory',
        fileName: 'benchDirectory',
      },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle for directorySearch');
  return chunk.code;
}

/** Keystroke-by-keystroke queries for random schools, RBDs and comunas. */
function typedQueries(schools: readonly DirectorySchool[], rng: Rng): DirectoryQuery[] {
  const queries: DirectoryQuery[] = [];
  while (queries.length < QUERIES) {
    const school = rng.pick(schools);
    const kind = rng.int(0, 3);
    const typed =
      kind === 0
        ? school.name.toLowerCase().split(' ').slice(-2).join(' ')
        : kind === 1
          ? String(school.rbd)
          : kind === 2
            ? `${school.rbd}-${school.dv}`
            : school.name.split(' ').slice(-1).join(' ').normalize('NFD').replace(/\p{M}/gu, '');
    const comunaCode = kind === 3 ? school.comunaCode : '';
    for (let n = 1; n <= typed.length && queries.length < QUERIES; n++) {
      queries.push({ text: typed.slice(0, n), comunaCode });
    }
  }
  return queries;
}

export async function benchDirectorySearch(): Promise<BenchResult[]> {
  const read = readCompactDirectory(JSON.parse(await readFile('public/directory/directorio-oficial.json', 'utf8')));
  if (!read.ok) throw new Error(read.problem);
  const queries = typedQueries(read.directory.schools, new Rng(15));
  const code = await bundleSearch();
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    await page.addScriptTag({ content: code });
    const times = await page.evaluate(
      ({ schools, queries: qs }) => {
        const api = (self as unknown as { benchDirectory: typeof import('../src/domain/schools/directorySearch.ts') })
          .benchDirectory;
        const index = api.buildDirectoryIndex(schools);
        return qs.map((q) => {
          const t0 = performance.now();
          api.searchDirectory(index, q);
          return performance.now() - t0;
        });
      },
      { schools: read.directory.schools, queries },
    );
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(times.length * 0.95) - 1] ?? NaN;
    process.stderr.write(`  ${times.length} queries: median ${times[times.length >> 1]?.toFixed(2)} ms\n`);
    return [{ id: 'directory.search.ms', value: Math.round(p95 * 100) / 100, unit: 'ms (p95, 1,000 queries)' }];
  } finally {
    await browser.close();
  }
}

// The spec and the code cite each other by rule id (style: tldraw's SPEC.md). This keeps both ends
// honest: every id a test title or a source comment cites is defined in docs/spec/ (a table row's first
// cell or a bullet that opens with the bold id), every file a spec row names exists, and no tracked file
// names an absolute path of one machine (tests use os.tmpdir(); data comes from SHARED_DATA_DIR).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SPEC_DIR = join(ROOT, 'docs/spec');
const SCANNED_DIRS = ['src', 'tests', 'sync-server', 'bench', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|mjs|js)$/;
const ID = /\b[A-Z]{1,6}-\d+[a-z]?\b/g;
/** Names of standards that look like rule ids. */
const STANDARDS = new Set(['SHA-256', 'UTF-8', 'UTF-16', 'ISO-8601', 'CRC-32', 'ECMA-376']);

function specFiles(): string[] {
  return readdirSync(SPEC_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(SPEC_DIR, f));
}

/** Ids a markdown text defines: a table row's first cell, or a bullet opening with the bold id. */
export function definedIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markdown.matchAll(/^\|\s*([A-Z]{1,6}-\d+[a-z]?)\s*\|/gm)) ids.add(m[1]!);
  for (const m of markdown.matchAll(/^\s*-\s+\*\*([A-Z]{1,6}-\d+[a-z]?)\b/gm)) ids.add(m[1]!);
  return ids;
}

/** The MGE subdimension codes (LID-1 … GR-3) are data codes, defined in docs/domain.md §3's table. */
function mgeCodes(): Set<string> {
  const section = readFileSync(join(ROOT, 'docs/domain.md'), 'utf8')
    .split(/^## /m)
    .find((s) => s.startsWith('3.'));
  return definedIds(section ?? '');
}

/** The text a file cites ids in: its comments and the titles of its describe/it/test calls. */
export function citingText(source: string): string {
  const parts: string[] = [];
  for (const m of source.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)) parts.push(m[0]);
  for (const m of source.matchAll(/\b(?:describe|it|test)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g)) {
    parts.push(m[2]!);
  }
  return parts.join('\n');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist') return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path) : SOURCE_FILE.test(e.name) ? [path] : [];
  });
}

/** Repository paths a spec text names in backticks (`src/…`, `tests/…`), placeholders left out. */
export function namedPaths(markdown: string): string[] {
  const paths = [...markdown.matchAll(/`((?:src|tests|sync-server|docs|bench|scripts)\/[^`\s]+)`/g)].map((m) => m[1]!);
  return paths.filter((p) => !/[<>*{}…]/.test(p));
}

describe('definedIds and citingText', () => {
  it('read table rows, bold bullets, comments and test titles, not string data', () => {
    // Sample ids sit in plain strings and are put into place at run time: this file cites none itself.
    const [rowId, bulletId, passingId, commentId, titleId, dataId] = ['AB-1', 'CD-2', 'EF-3', 'GH-4', 'IJ-5', 'KL-6'];
    const ids = definedIds(`| ${rowId} | rule |\n- **${bulletId} Title.** text\nsee ${passingId} in passing`);
    expect([...ids].sort()).toEqual([rowId, bulletId]);
    const source = `// ${commentId} rule\ndescribe('${titleId}: proposals', () => {});\nconst x = '${dataId}';\n`;
    expect(citingText(source).match(ID)).toEqual([commentId, titleId]);
  });
});

describe('rule ids', () => {
  const defined = new Set([...specFiles().flatMap((f) => [...definedIds(readFileSync(f, 'utf8'))]), ...mgeCodes()]);

  it('every id cited by a test title or a source comment is defined in docs/spec/', () => {
    const undefinedCitations = SCANNED_DIRS.flatMap((d) => walk(join(ROOT, d))).flatMap((file) => {
      const cited = citingText(readFileSync(file, 'utf8')).match(ID) ?? [];
      const missing = [...new Set(cited)].filter((id) => !defined.has(id) && !STANDARDS.has(id));
      return missing.map((id) => `${relative(ROOT, file)}: ${id}`);
    });
    expect(defined.size).toBeGreaterThan(100);
    expect(undefinedCitations).toEqual([]);
  });

  it('no id is defined twice across docs/spec/', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of specFiles()) {
      for (const id of definedIds(readFileSync(file, 'utf8'))) {
        if (seen.has(id)) twice.push(`${id}: ${seen.get(id)} and ${relative(ROOT, file)}`);
        seen.set(id, relative(ROOT, file));
      }
    }
    expect(twice).toEqual([]);
  });

  it('every file or folder a spec or docs/domain.md names exists', () => {
    const missing = [...specFiles(), join(ROOT, 'docs/domain.md')].flatMap((file) =>
      namedPaths(readFileSync(file, 'utf8'))
        .filter((p) => !existsSync(join(ROOT, p)))
        .map((p) => `${relative(ROOT, file)}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('no absolute machine path in the repository', () => {
  // Built from parts so that this file does not match itself.
  const machinePath = new RegExp(`/(?:${['work', 'home', 'root'].join('|')})/`);
  const GENERATED_LOCKFILES = new Set(['package-lock.json', 'sync-server/package-lock.json']);

  it('no tracked file names one (generated lockfiles aside)', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
    const offenders = tracked
      .filter((f) => f && !GENERATED_LOCKFILES.has(f) && existsSync(join(ROOT, f)))
      .filter((f) => {
        const text = readFileSync(join(ROOT, f), 'latin1');
        return !text.includes('\0') && machinePath.test(text);
      });
    expect(tracked.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

// D-1, enforced on the source: a calendar date is never cut from an instant outside
// src/domain/shared/localDates.ts. Slicing "2026-06-15T01:30:00Z" to ten characters gives UTC's
// date — tomorrow in Chile after 20:00 or 21:00 — so every such cut must go through that module.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const ALLOWED = new Set(['src/domain/shared/localDates.ts']);
const SCANNED = ['src', 'sync-server/src'];

const FORBIDDEN: { re: RegExp; what: string }[] = [
  { re: /\.(?:slice|substring|substr)\(\s*0\s*,\s*10\s*\)/, what: 'cuts ten characters (a UTC date) from a string' },
  { re: /toISOString\(\)\s*\.\s*(?:split|slice|substring|substr)\(/, what: 'takes the date part of toISOString()' },
  { re: /\.getUTC[A-Za-z]*\(/, what: 'reads a UTC calendar field' },
];

/** Comments blanked (line numbers kept), so a comment may name the patterns it warns about. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every forbidden use in `text`, as "path:line: what — code". */
function localDateViolations(path: string, text: string): string[] {
  if (ALLOWED.has(path)) return [];
  const out: string[] = [];
  withoutComments(text)
    .split('\n')
    .forEach((line, i) => {
      for (const f of FORBIDDEN) if (f.re.test(line)) out.push(`${path}:${i + 1}: ${f.what} — ${line.trim()}`);
    });
  return out;
}

function sources(): { path: string; text: string }[] {
  return SCANNED.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
      .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
      .filter((p) => !p.includes('node_modules/'))
      .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') })),
  );
}

describe('D-1 calendar dates come from one module', () => {
  it('the matcher catches each way of cutting a UTC date, names file and line, and spares comments and the module', () => {
    const sample = [
      'const a = 1;',
      'const d = at.slice(0, 10);',
      "const e = new Date().toISOString().split('T')[0];",
      'const f = s.substring(0,10);',
      'const g = now.getUTCDate();',
      '// a comment may say x.slice(0, 10) or getUTCDate()',
      'const h = s.slice(0, 7);',
    ].join('\n');
    const found = localDateViolations('src/x.ts', sample);
    expect(found.map((v) => v.split(':').slice(0, 2).join(':'))).toEqual([
      'src/x.ts:2',
      'src/x.ts:3',
      'src/x.ts:4',
      'src/x.ts:5',
    ]);
    expect(found[1]).toContain("toISOString().split('T')");
    expect(localDateViolations('src/domain/shared/localDates.ts', sample)).toEqual([]);
  });

  it('no file under src/ or sync-server/src/ cuts a date from an instant outside src/domain/shared/localDates.ts', () => {
    const files = sources();
    expect(files.some((f) => ALLOWED.has(f.path))).toBe(true);
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((f) => localDateViolations(f.path, f.text));
    expect(
      violations,
      `use calendarDateOf / formatCalendarDate / localIsoDate from src/domain/shared/localDates.ts:\n${violations.join('\n')}`,
    ).toEqual([]);
  });
});

// EX-1, enforced on the source: only src/domain/export/csv.ts turns cells into CSV text. A module that
// joins cells with a field separator and lines with line ends, or doubles quotes the RFC 4180 way,
// is building CSV by hand — and skipping the formula guard (EX-2) and the dialect.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const WRITER = 'src/domain/export/csv.ts';

/** Joining cells with ";", ",", tab or the writer's separator constant. */
const JOINS_FIELDS = /\.join\(\s*(?:(['"`])(?:;|,|\\t)\1|CSV_SEPARATOR)\s*\)/;
/** Ending lines: a CRLF literal, or joining with "\n". */
const ENDS_LINES = /\\r\\n|\.join\(\s*(['"`])\\n\1\s*\)/;
/** RFC 4180 quote doubling: .replace(/"/g, '""'). */
const DOUBLES_QUOTES = /\.replace(?:All)?\(\s*(?:\/"\/g|(['"`])"\1)\s*,\s*(['"`])""\2\s*\)/;

/** Comments blanked, so a comment may describe what it warns about. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Why `path` looks like a hand-built CSV, or null. */
function handBuiltCsv(path: string, source: string): string | null {
  if (path === WRITER) return null;
  const code = withoutComments(source);
  if (DOUBLES_QUOTES.test(code)) return `${path}: doubles quotes like a CSV writer`;
  if (JOINS_FIELDS.test(code) && ENDS_LINES.test(code))
    return `${path}: joins fields with a separator and lines with line ends`;
  return null;
}

function sources(): { path: string; text: string }[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

describe('EX-1 CSV is written by one module', () => {
  it('the matcher catches the ways CSV is built by hand and spares the writer, prose lists and comments', () => {
    const cases: [string, boolean][] = [
      ["lines.push(cells.join(';')); return lines.join('\\r\\n');", true],
      ['const row = cells.join(","); const text = `${head}\\r\\n${row}`;', true],
      ["out = rows.map((r) => r.join('\\t')).join('\\n');", true],
      ['const q = (v) => `"${v.replace(/"/g, \'""\')}"`;', true],
      ["x.replaceAll('\"', '\"\"')", true],
      ["const who = names.join(', '); const text = lines.join('\\r\\n');", false],
      ["const header = columns.join(',');", false],
      ["// cells.join(';') then lines.join('\\r\\n')", false],
    ];
    for (const [code, flagged] of cases) expect(handBuiltCsv('src/x.ts', code) !== null, code).toBe(flagged);
    expect(handBuiltCsv(WRITER, cases[0]![0])).toBeNull();
  });

  it(`no module under src/ builds CSV outside ${WRITER}`, () => {
    const files = sources();
    expect(files.some((f) => f.path === WRITER)).toBe(true);
    expect(files.length).toBeGreaterThan(100);
    const found = files.map((f) => handBuiltCsv(f.path, f.text)).filter((v) => v !== null);
    expect(found, `write CSV with toCsv / csvText from ${WRITER}:\n${found.join('\n')}`).toEqual([]);
  });
});

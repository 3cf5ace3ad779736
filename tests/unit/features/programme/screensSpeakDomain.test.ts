// PGH-4: the asesoría's screens get the programme handle and plain data; Yjs, the LOCAL_EDIT origin
// and the old write functions stay in the data layer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const FOLDERS = ['src/features/programme', 'src/features/portfolio'];

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ path: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
}

const FORBIDDEN: [string, RegExp][] = [
  ['imports yjs', /from\s*['"]yjs['"]|import\s*\(\s*['"]yjs['"]\s*\)/],
  ['uses LOCAL_EDIT', /\bLOCAL_EDIT\b/],
  ['imports the old programmeDoc module', /data\/programmeDoc\.ts/],
  ['takes a Y.Doc', /\bY\.Doc\b/],
];

describe('programme screens', () => {
  it('PGH-4: no programme or portfolio screen imports yjs, uses LOCAL_EDIT or writes through the old functions', () => {
    const files = FOLDERS.flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) =>
      FORBIDDEN.filter(([, re]) => re.test(f.text)).map(([what]) => `${f.path}: ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('PGH-4: the check would catch a screen that imports yjs', () => {
    const sample = "import type * as Y from 'yjs';\nexport const f = (doc: Y.Doc) => doc;";
    const caught = FORBIDDEN.filter(([, re]) => re.test(sample)).map(([what]) => what);
    expect(caught).toEqual(['imports yjs', 'takes a Y.Doc']);
  });
});

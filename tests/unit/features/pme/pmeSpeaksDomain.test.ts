// PMH-1 on the source tree: the PME's screens get a handle and plain data; Yjs, the transaction origin,
// the user and the clock of an edit stay in the data layer (`src/data/docs/pme/`). The shared
// architecture test extends this to every feature folder; this one guards the PME's own folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'src', 'features', 'pme');

const sources = readdirSync(FOLDER, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
  .map((e) => {
    const path = join(e.parentPath, e.name);
    return { name: path.slice(FOLDER.length + 1), text: readFileSync(path, 'utf8') };
  });

const offending = (re: RegExp) => sources.filter((s) => re.test(s.text)).map((s) => s.name);

describe('PME screens speak the domain (PMH-1)', () => {
  it('PMH-1: reads the PME folder (the check below has something to check)', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['PmeScreen.tsx', 'ActionCard.tsx']));
  });

  it('PMH-1: no PME screen imports yjs (not even a type), the old pmeDoc module or LOCAL_EDIT', () => {
    expect(offending(/from\s+['"]yjs['"]/)).toEqual([]);
    expect(offending(/data\/pmeDoc(\.ts)?['"]/)).toEqual([]);
    expect(offending(/\bLOCAL_EDIT\b/)).toEqual([]);
  });

  it('PMH-1: no PME screen stamps an edit with its own clock or passes who edited', () => {
    expect(offending(/new Date\(\)\.toISOString\(\)/)).toEqual([]);
    expect(offending(/\buserName\b/)).toEqual([]);
  });
});

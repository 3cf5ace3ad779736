// DIR-3: searching the committed compact directory as a person types.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCompactDirectory } from '../../../../src/domain/schools/compactDirectory.ts';
import { buildDirectoryIndex, searchDirectory } from '../../../../src/domain/schools/directorySearch.ts';

const file = JSON.parse(
  readFileSync(new URL('../../../../public/directory/directorio-oficial.json', import.meta.url), 'utf8'),
) as unknown;
const read = readCompactDirectory(file);
if (!read.ok) throw new Error(read.problem);
const index = buildDirectoryIndex(read.directory.schools);
const rbds = (text: string, comunaCode?: string, limit?: number) =>
  searchDirectory(index, { text, comunaCode, limit }).map((s) => s.rbd);

describe('DIR-3 searchDirectory', () => {
  it('finds an RBD with its check digit, with or without the dash', () => {
    expect(rbds('7423-3')).toEqual([7423]);
    expect(rbds(' 7423 - 3 ')).toEqual([7423]);
    expect(rbds('7423-4')).toEqual([]);
    expect(rbds('74233')[0]).toBe(7423);
  });

  it('lists the RBD itself first, then RBDs that start with the digits typed, in order', () => {
    const found = rbds('7423', undefined, 5);
    expect(found[0]).toBe(7423);
    expect(found.slice(1).every((r) => String(r).startsWith('7423'))).toBe(true);
    expect(found.slice(1)).toEqual([...found.slice(1)].sort((a, b) => a - b));
  });

  it('finds names ignoring accents, case, extra spaces and the Ð of the source', () => {
    expect(rbds('joaquin vicuña larrain')).toContain(13512);
    expect(rbds('JOAQUÍN  VICUNA')).toContain(13512);
    expect(rbds('nunoa manquecura')).toEqual([9259]);
  });

  it('filters by comuna, and with an empty text lists the comuna', () => {
    const nunoa = searchDirectory(index, { text: 'colegio', comunaCode: '13120', limit: 50 });
    expect(nunoa.length).toBeGreaterThan(10);
    expect(nunoa.every((s) => s.comunaCode === '13120' && /colegio/i.test(s.name))).toBe(true);
    expect(rbds('', '13120', 500).length).toBeGreaterThan(50);
    expect(rbds('7423', '13120')).toEqual([]);
  });

  it('answers at most the limit, and nothing for an empty query without comuna', () => {
    expect(rbds('escuela', undefined, 7)).toHaveLength(7);
    expect(rbds('   ')).toEqual([]);
  });

  it('carries no closed school (RBD 21 is closed in 2025)', () => {
    expect(rbds('21-3').concat(rbds('21'))).not.toContain(21);
  });
});

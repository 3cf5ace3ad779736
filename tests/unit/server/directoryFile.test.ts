// DIR-5, DIR-6: the relay's directory (the committed compact file) and the CLI's warning for unlisted RBDs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchoolDirectory } from '../../../sync-server/src/directoryFile.ts';
import { checkRbdArguments, unlistedWarnings, warnUnlisted } from '../../../sync-server/src/cli/rbdArguments.ts';

const directory = await loadSchoolDirectory();
const checked = (...texts: string[]) => {
  const result = checkRbdArguments(texts);
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result.rbds;
};

describe('DIR-5 loadSchoolDirectory', () => {
  it('finds a listed school and nothing for an unlisted or closed one', () => {
    expect(directory.find(7423)).toEqual({
      rbd: 7423,
      dv: '3',
      name: 'ESCUELA RURAL ALEJANDRO VASQUEZ BALDEVELLANO',
      sostenedorRut: '69210201',
    });
    expect(directory.find(99_999_999)).toBeUndefined();
    expect(directory.find(21)).toBeUndefined();
  });

  it("lists a sostenedor's schools by RUT, sorted, and none for an unknown RUT", () => {
    const slep = directory.rbdsOfSostenedor('62000660');
    expect(slep).toHaveLength(64);
    expect(slep.slice(0, 3)).toEqual([1, 2, 3]);
    expect(slep.every((rbd) => directory.find(rbd)?.sostenedorRut === '62000660')).toBe(true);
    expect(directory.rbdsOfSostenedor('1')).toEqual([]);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'directory-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file that is not JSON or not a directory, naming the file', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"format":');
    await expect(loadSchoolDirectory(broken)).rejects.toThrow(/broken\.json is not JSON/);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"format":"x"}');
    await expect(loadSchoolDirectory(other)).rejects.toThrow(/other\.json: invalid directory file/);
  });
});

describe('DIR-6 CLI warnings for RBDs the directory does not list', () => {
  it('warns about an unlisted RBD only, with its check digit', () => {
    expect(unlistedWarnings(checked('7423-3', '99999999'), directory)).toEqual([
      `warning: 99999999-${checked('99999999')[0]?.label.slice(-1)} is not in Mineduc's school directory; check it if the school is not new`,
    ]);
  });

  it('says so, without refusing, when the directory cannot be read', async () => {
    const notes: string[] = [];
    await warnUnlisted(
      (line) => notes.push(line),
      checked('7423'),
      () => Promise.reject(new Error('gone')),
    );
    expect(notes).toEqual(['warning: RBDs not compared with the school directory (gone)']);
  });
});

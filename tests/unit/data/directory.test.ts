// DIR-4: the directory is copied into IndexedDB on first use, read back validated, and replaced when
// the stored edition or a row is not what the app expects.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appDb } from '../../../src/data/appDb.ts';
import { DIRECTORY_URL, type openDirectory } from '../../../src/data/directory.ts';
import { DIRECTORY_EDITION } from '../../../src/domain/schools/directoryEdition.data.ts';
import { searchDirectory } from '../../../src/domain/schools/directorySearch.ts';

const fileText = readFileSync(new URL('../../../public/directory/directorio-oficial.json', import.meta.url), 'utf8');
const serveFile = vi.fn((url: string) => Promise.resolve(new Response(url === DIRECTORY_URL ? fileText : '', {})));

/** A new app session: the module opens the directory once per session, so each gets a fresh copy of it. */
async function newSession(): Promise<typeof openDirectory> {
  vi.resetModules();
  return (await import('../../../src/data/directory.ts')).openDirectory;
}

beforeEach(async () => {
  serveFile.mockClear();
  await appDb.directory.clear();
  await appDb.settings.clear();
});

describe('DIR-4 openDirectory', () => {
  it('loads the file once into IndexedDB, then opens from there without fetching', async () => {
    let openDirectory = await newSession();
    const first = await openDirectory(serveFile);
    expect(serveFile).toHaveBeenCalledTimes(1);
    expect(await appDb.directory.count()).toBe(12_898);
    expect((await appDb.settings.get('directory-edition'))?.value).toBe(DIRECTORY_EDITION);
    expect(searchDirectory(first, { text: '7423-3' }).map((s) => s.name)).toEqual([
      'ESCUELA RURAL ALEJANDRO VASQUEZ BALDEVELLANO',
    ]);
    expect(await openDirectory(serveFile)).toBe(first);

    openDirectory = await newSession();
    const again = await openDirectory(serveFile);
    expect(serveFile).toHaveBeenCalledTimes(1);
    expect(again.entries).toHaveLength(12_898);
  }, 30_000);

  it('reloads the file when a stored row does not validate or the edition differs', async () => {
    let openDirectory = await newSession();
    await openDirectory(serveFile);
    openDirectory = await newSession();
    await appDb.directory.update(7423, { dv: 'X' });
    const repaired = await openDirectory(serveFile);
    expect(serveFile).toHaveBeenCalledTimes(2);
    expect(repaired.byRbd.get(7423)?.dv).toBe('3');

    openDirectory = await newSession();
    await appDb.settings.put({ key: 'directory-edition', value: 'directorio_oficial_ee_2024.csv sha256:0' });
    await openDirectory(serveFile);
    expect(serveFile).toHaveBeenCalledTimes(3);
  }, 30_000);

  it('fails without remembering the failure, and writes nothing from a refused file', async () => {
    const openDirectory = await newSession();
    const offline = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(openDirectory(offline)).rejects.toThrow('Failed to fetch');
    const corrupt = vi.fn(() => Promise.resolve(new Response(fileText.replace('[7423,"3"', '[7423,"4"'))));
    await expect(openDirectory(corrupt)).rejects.toThrow(/invalid directory file/);
    expect(await appDb.directory.count()).toBe(0);
    expect((await openDirectory(serveFile)).entries).toHaveLength(12_898);
  }, 30_000);
});

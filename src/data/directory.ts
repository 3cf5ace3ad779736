// Mineduc's school directory on the device (DIR-4): the compact file the service worker precaches is
// copied into IndexedDB (appDb `directory`) the first time registration searches it, and read back from
// there, validated, in later sessions. The copy is replaced whole when the app ships another edition.
import { appDb } from './appDb.ts';
import {
  directorySchoolSchema,
  readCompactDirectory,
  type DirectorySchool,
} from '../domain/schools/compactDirectory.ts';
import { DIRECTORY_EDITION } from '../domain/schools/directoryEdition.data.ts';
import { buildDirectoryIndex, type DirectoryIndex } from '../domain/schools/directorySearch.ts';

export const DIRECTORY_URL = `${import.meta.env.BASE_URL}directory/directorio-oficial.json`;
const EDITION_KEY = 'directory-edition';

type FetchFile = (url: string) => Promise<Response>;

/** The stored copy if it is of this edition and every row validates; null otherwise (then it is reloaded). */
async function readStored(): Promise<DirectorySchool[] | null> {
  const edition = await appDb.settings.get(EDITION_KEY);
  if (edition?.value !== DIRECTORY_EDITION) return null;
  const rows = await appDb.directory.toArray();
  const schools: DirectorySchool[] = [];
  for (const row of rows) {
    const parsed = directorySchoolSchema.safeParse(row);
    if (!parsed.success) {
      console.warn('Stored directory row is invalid; reloading the directory', row.rbd);
      return null;
    }
    schools.push(parsed.data);
  }
  return schools.length > 0 ? schools : null;
}

async function loadFile(fetchFile: FetchFile): Promise<DirectorySchool[]> {
  const response = await fetchFile(DIRECTORY_URL);
  if (!response.ok) throw new Error(`directory file answered ${response.status}`);
  const read = readCompactDirectory(await response.json());
  if (!read.ok) throw new Error(read.problem);
  if (read.directory.edition !== DIRECTORY_EDITION) {
    console.warn(`Directory file is edition ${read.directory.edition}; the app expects ${DIRECTORY_EDITION}`);
  }
  const { schools, edition } = read.directory;
  await appDb.transaction('rw', appDb.directory, appDb.settings, async () => {
    await appDb.directory.clear();
    await appDb.directory.bulkPut(schools);
    await appDb.settings.put({ key: EDITION_KEY, value: edition });
  });
  return schools;
}

let opening: Promise<DirectoryIndex> | null = null;

/**
 * The searchable directory, opened once per app session: from IndexedDB, or from the file on first use.
 * A failure (offline before the service worker cached the file) is not remembered: the next call retries.
 */
export function openDirectory(fetchFile: FetchFile = (url) => fetch(url)): Promise<DirectoryIndex> {
  opening ??= (async () => buildDirectoryIndex((await readStored()) ?? (await loadFile(fetchFile))))().catch(
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

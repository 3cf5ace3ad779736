// Where Mineduc's public data files are: the `shared/data` folder beside the project (as on the
// developers' machines and in CI), or SHARED_DATA_DIR. A missing folder fails with a clear message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CANDIDATES = [process.env.SHARED_DATA_DIR, path.join(ROOT, '../shared/data'), '/work/shared/data'].filter(
  (d): d is string => Boolean(d),
);

export function sharedDataFile(name: string): string {
  const dir = CANDIDATES.find((d) => existsSync(path.join(d, name)));
  if (!dir) throw new Error(`Public data file ${name} not found in ${CANDIDATES.join(', ')}; set SHARED_DATA_DIR`);
  return path.join(dir, name);
}

// Where Mineduc's public data files are: SHARED_DATA_DIR, else the `shared/data` folder beside the
// project (as on the developers' machines and in CI). In a git worktree the folder sits beside the
// main checkout, so that checkout's sibling is tried too. A missing folder fails with a clear message.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The main checkout when ROOT is a linked worktree (`.git` is a file naming its git dir), else null. */
function mainCheckout(): string | null {
  const dotGit = path.join(ROOT, '.git');
  if (!existsSync(dotGit) || !statSync(dotGit).isFile()) return null;
  const gitDir = path.resolve(
    ROOT,
    readFileSync(dotGit, 'utf8')
      .replace(/^gitdir:\s*/, '')
      .trim(),
  );
  const commonDirFile = path.join(gitDir, 'commondir');
  if (!existsSync(commonDirFile)) return null;
  return path.dirname(path.resolve(gitDir, readFileSync(commonDirFile, 'utf8').trim()));
}

const main = mainCheckout();
const CANDIDATES = [
  process.env.SHARED_DATA_DIR,
  path.join(ROOT, '../shared/data'),
  main && path.join(main, '../shared/data'),
].filter((d): d is string => Boolean(d));

export function sharedDataFile(name: string): string {
  const dir = CANDIDATES.find((d) => existsSync(path.join(d, name)));
  if (!dir) throw new Error(`Public data file ${name} not found in ${CANDIDATES.join(', ')}; set SHARED_DATA_DIR`);
  return path.join(dir, name);
}

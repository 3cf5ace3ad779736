// `npm run directory:build -- <directory.csv> [project-root]`: regenerates the compact school directory
// (public/directory/) and its edition module from a new release of Mineduc's directory CSV. Writes
// nothing if any row is refused; prints the sizes to commit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDirectoryArtifacts, COMPACT_DIRECTORY_PATH, EDITION_MODULE_PATH } from './directoryArtifacts.ts';

const [csvPath, root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')] = process.argv.slice(2);
if (!csvPath) {
  process.stderr.write('usage: npm run directory:build -- <directorio_oficial_ee_YYYY.csv> [project-root]\n');
  process.exit(2);
}
const built = buildDirectoryArtifacts(readFileSync(csvPath), csvPath);
if (!built.ok) {
  process.stderr.write(`${built.errors.slice(0, 50).join('\n')}\n${built.errors.length} problems; nothing written\n`);
  process.exit(1);
}
const compactFile = path.join(root, COMPACT_DIRECTORY_PATH);
mkdirSync(path.dirname(compactFile), { recursive: true });
writeFileSync(compactFile, built.compact);
writeFileSync(path.join(root, EDITION_MODULE_PATH), built.editionModule);
const raw = Buffer.byteLength(built.compact);
const gzip = gzipSync(built.compact, { level: 9 }).length;
process.stdout.write(`${compactFile}: ${built.schools} schools, ${raw} bytes, ${gzip} bytes gzip -9\n`);

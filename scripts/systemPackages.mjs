// The Debian packages `npm test` and `npm run bench` need (Chromium for the browser tests and the
// portfolio bench; poppler-utils, PostgreSQL and Redis for the tests). Missing ones are installed when
// running as root on Debian/Ubuntu; otherwise the caller is told what is missing and decides.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');

/** `wanted`: [debianPackage, isPresent] pairs. Returns the packages still missing afterwards. */
export function installMissing(wanted, log = (m) => process.stdout.write(m)) {
  const missing = wanted.filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length === 0 || !isRoot || !hasApt) return missing;
  log(`\n▶ Installing Debian packages: ${missing.join(' ')}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return missing;
  }
  return wanted.filter(([, present]) => !present()).map(([name]) => name);
}

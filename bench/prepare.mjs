// Before `npm run bench` on a fresh clone: Chromium for the portfolio bench (installed as `npm test`
// does, or a clear message), and a production build of the PWA that the relay serves to it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM, installMissing } from '../scripts/systemPackages.mjs';

if (installMissing([['chromium', () => fs.existsSync(CHROMIUM)]]).length > 0) {
  process.stderr.write(
    `\nThe benchmarks need Chromium (${CHROMIUM}) for the portfolio bench.\n` +
      `Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH, then run npm run bench again.\n`,
  );
  process.exit(1);
}
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(build.status ?? 1);

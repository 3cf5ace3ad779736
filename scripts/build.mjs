// `npm run build`: builds the PWA (`dist/`) and the relay (`dist-server/`) when missing or stale;
// `--force` builds both regardless.
import { PARTS, build, ensureBuilt, hasBuildTools } from './buildState.mjs';

if (!hasBuildTools()) {
  process.stderr.write('The build tools (devDependencies) are not installed: run `npm ci` first.\n');
  process.exit(1);
}
const parts = [PARTS.pwa, PARTS.server];
try {
  if (process.argv.includes('--force')) for (const part of parts) await build(part);
  else await ensureBuilt(parts);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

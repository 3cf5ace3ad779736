// `npm start`: builds what is missing or stale (only when the build tools are installed), then runs
// the built relay in this very process, so the signals npm forwards reach the server itself.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTS, ROOT, ensureBuilt } from './buildState.mjs';

// Stack traces in the logs point at the TypeScript sources (the build writes source maps).
process.setSourceMapsEnabled(true);

try {
  if (!(await ensureBuilt([PARTS.pwa, PARTS.server]))) process.exit(1);
} catch (error) {
  process.stderr.write(`Cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(path.join(ROOT, PARTS.server.output)).href);

// `npm run server -- <command>`: the administration CLI, built like the relay (see start.mjs). Build
// messages go to stderr; stdout is the CLI's.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTS, ROOT, ensureBuilt } from './buildState.mjs';

// Stack traces in the logs point at the TypeScript sources (the build writes source maps).
process.setSourceMapsEnabled(true);

try {
  const quietWhenFresh = (line) => (line.includes('up to date') ? undefined : process.stderr.write(`${line}\n`));
  if (!(await ensureBuilt([PARTS.server], quietWhenFresh))) process.exit(1);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(path.join(ROOT, 'dist-server/cli.js')).href);

// Entry point of `npm start`: configuration from the environment, one process serving the PWA,
// the API and the relay; SIGTERM/SIGINT stop it gracefully (shutdown.ts).
import { configFromEnv } from './config.ts';
import { createLogger } from './log.ts';
import { loadSchoolDirectory } from './directoryFile.ts';
import type { SchoolDirectory } from './directoryLookup.ts';
import { NO_DIRECTORY } from './noDirectory.ts';
import { createServer } from './server.ts';
import { stopOnSignals } from './shutdown.ts';

const config = configFromEnv(process.env);
const log = createLogger(config.logLevel);
// Mineduc's directory says which schools a sostenedor's RUT holds; without it only grants count.
async function directory(): Promise<SchoolDirectory> {
  try {
    return await loadSchoolDirectory(process.env.DIRECTORY_FILE || undefined);
  } catch (e) {
    log.warn('school directory not loaded: sostenedores see only the schools granted to them', {
      error: e instanceof Error ? e.message : String(e),
    });
    return NO_DIRECTORY;
  }
}
const server = await createServer(config, log, await directory());
// stdout carries only JSON log lines (LOG-1); a person at a terminal gets the address on stderr.
if (process.stderr.isTTY) process.stderr.write(`\nBitácora PME está corriendo en http://localhost:${server.port}/\n\n`);

stopOnSignals({ close: (step) => server.close(step), log });

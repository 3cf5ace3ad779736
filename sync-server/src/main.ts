// Entry point of `npm start`: configuration from the environment, one process serving the PWA,
// the API and the relay; SIGTERM/SIGINT stop it gracefully (shutdown.ts).
import { configFromEnv } from './config.ts';
import { createLogger } from './log.ts';
import { createServer } from './server.ts';
import { stopOnSignals } from './shutdown.ts';

const config = configFromEnv(process.env);
const log = createLogger(config.logLevel);
const server = await createServer(config, log);
// stdout carries only JSON log lines (LOG-1); a person at a terminal gets the address on stderr.
if (process.stderr.isTTY) process.stderr.write(`\nBitácora PME está corriendo en http://localhost:${server.port}/\n\n`);

stopOnSignals({ close: (step) => server.close(step), log });

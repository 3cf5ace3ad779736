// Starts the relay's worker threads (compaction's merge, SQLite's writes) from source or from the build.
import { Worker } from 'node:worker_threads';

/** .ts when run from source (tsx: tests, benchmarks), .js in the built relay (vite.server.config.ts). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The worker's module. `entry` is its path under sync-server/src without extension; the build puts every
 * worker entry at the top of dist-server/, while this module may end up in a shared chunk below it.
 */
function workerUrl(entry: string): URL {
  if (FROM_SOURCE) return new URL(`./${entry}.ts`, import.meta.url);
  const here = new URL('.', import.meta.url);
  const top = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  return new URL(`${entry.split('/').at(-1)}.js`, top);
}

/** From source the worker registers the TypeScript loader first: workers do not inherit it. */
export function startWorker(entry: string, workerData?: unknown): Worker {
  const url = workerUrl(entry);
  if (!FROM_SOURCE) return new Worker(url, { workerData });
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

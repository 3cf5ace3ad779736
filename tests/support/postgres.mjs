// Throwaway PostgreSQL 15 server for tests: initdb in a directory, pg_ctl start on 127.0.0.1 at a
// free port (trust auth, socket in the same directory), one fresh database. Runs the binaries as
// the `postgres` user when we are root, because PostgreSQL refuses to run as root.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** @param {string} tool @param {string[]} args */
function pgTool(tool, args) {
  const exe = path.join(BIN, tool);
  return isRoot ? run('runuser', ['-u', 'postgres', '--', exe, ...args]) : run(exe, args);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @returns {boolean} */
export function isPostgresAvailable() {
  return ['initdb', 'pg_ctl', 'pg_isready', 'createdb'].every((t) => fs.existsSync(path.join(BIN, t)));
}

/**
 * @param {string} dir an empty or missing directory; the cluster lives in dir/data
 * @returns {Promise<{ url: string, stop(): Promise<void>, restart(): Promise<void> }>}
 */
export async function startPostgres(dir) {
  const root = path.resolve(dir);
  const data = path.join(root, 'data');
  fs.mkdirSync(root, { recursive: true });
  if (isRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    fs.chownSync(root, uid, gid);
    // The postgres user must be able to traverse every parent; we do not loosen them ourselves.
    for (let p = path.dirname(root); p !== path.dirname(p); p = path.dirname(p)) {
      if ((fs.statSync(p).mode & 0o001) === 0)
        throw new Error(
          `startPostgres: ${p} is not searchable by the postgres user; use a directory under os.tmpdir()`,
        );
    }
  }
  await pgTool('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--no-sync', '-E', 'UTF8']);

  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${root}`;
  const pgStart = () =>
    pgTool('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start']);
  await pgStart();

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  /** Starts the same cluster again on the same port after stop() (tests of a database outage). */
  const restart = async () => {
    if (!stopped) return;
    await pgStart();
    stopped = false;
  };
  try {
    for (let i = 0; ; i++) {
      const ready = await pgTool('pg_isready', ['-h', '127.0.0.1', '-p', String(port)]).then(
        () => true,
        () => false,
      );
      if (ready) break;
      if (i >= 100) throw new Error(`PostgreSQL on port ${port} not ready; see ${path.join(root, 'server.log')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = 'bitacora_test';
    await pgTool('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', db]);
    return { url: `postgres://postgres@127.0.0.1:${port}/${db}`, stop, restart };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}

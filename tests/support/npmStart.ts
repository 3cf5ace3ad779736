// The real `npm start` (and `npm run server`) as an operator runs them, in a given folder, on a
// loopback port with its own data directory. Signals go to the npm process, as a supervisor's would.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { waitFor } from './nodeClient.ts';

const run = promisify(execFile);

export interface NpmStartOptions {
  cwd: string;
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}

export function npmEnv(o: NpmStartOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: o.dataDir,
    PORT: String(o.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    STORE_DEBOUNCE_MS: '200',
    ...o.env,
  };
}

export class NpmStart {
  output = '';
  /** npm's descendants once healthy, for clean-up after a failed test. */
  processesAtStart: number[] = [];
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  readonly exited: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly options: NpmStartOptions,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve();
      }),
    );
  }

  /** Spawns `npm start` and waits until `/healthz` answers 200 (a first start may build for a while). */
  static async start(options: NpmStartOptions): Promise<NpmStart> {
    const child = spawn('npm', ['start'], {
      cwd: options.cwd,
      env: npmEnv(options),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new NpmStart(child, options);
    await waitFor(
      async () => {
        if (started.exit) throw new Error(`npm start exited (${JSON.stringify(started.exit)}):\n${started.output}`);
        return fetch(`${started.url}/healthz`, { signal: AbortSignal.timeout(2_000) })
          .then((r) => r.ok)
          .catch(() => false);
      },
      120_000,
      `npm start answering /healthz:\n${started.output}`,
    );
    started.processesAtStart = await started.descendants();
    return started;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.options.port}`;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('npm did not start');
    return this.child.pid;
  }

  /** Every process under npm (the shell if any, node), read from `ps`. */
  async descendants(): Promise<number[]> {
    const { stdout } = await run('ps', ['-eo', 'pid=,ppid=']);
    const pairs = stdout
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
    const found: number[] = [];
    const queue = [this.pid];
    while (queue.length > 0) {
      const parent = queue.shift();
      for (const [pid, ppid] of pairs) if (ppid === parent && !found.includes(pid)) (found.push(pid), queue.push(pid));
    }
    return found;
  }
}

/** The pids among `pids` that still exist (zombies included: they are not reaped orphans either). */
export async function stillRunning(pids: number[]): Promise<number[]> {
  if (pids.length === 0) return [];
  const { stdout } = await run('ps', ['-o', 'pid=', '-p', pids.join(',')]).catch((e: { stdout?: string }) => ({
    stdout: e.stdout ?? '',
  }));
  return stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((pid) => pid > 0);
}

/** The command lines of `pids` (those still running). */
export async function commandLines(pids: number[]): Promise<string[]> {
  const { stdout } = await run('ps', ['-o', 'args=', '-p', pids.join(',')]);
  return stdout.trim().split('\n');
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `npm run server -- <args>` (the built CLI) with `stdin`, in `cwd`, on the same data directory. */
export async function npmCli(options: NpmStartOptions, args: string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = execFile(
      'npm',
      ['run', '--silent', 'server', '--', ...args],
      { cwd: options.cwd, env: npmEnv(options) },
      (err, stdout, stderr) =>
        err ? reject(new Error(`npm run server -- ${args.join(' ')} failed: ${stderr}`)) : resolve(stdout),
    );
    proc.stdin?.end(stdin);
  });
}

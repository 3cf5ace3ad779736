// Starts the real relay (`sync-server/src/main.ts`) as a child process on a loopback port, with
// its own data directory; used by the server, sync and e2e tests. Users are created through the
// real CLI, exactly as an administrator would.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface RelayOptions {
  dataDir?: string;
  port?: number;
  staticDir?: string;
  env?: Record<string, string>;
}

export class RelayProcess {
  child: ChildProcess | null = null;
  /** stdout and stderr together, in arrival order. */
  logs = '';
  /** stdout alone (JSON log lines, LOG-1). */
  stdout = '';
  private constructor(
    readonly dataDir: string,
    private currentPort: number,
    private readonly options: RelayOptions,
  ) {}

  get port(): number {
    return this.currentPort;
  }

  static async create(options: RelayOptions = {}): Promise<RelayProcess> {
    const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'bitacora-relay-')));
    const port = options.port ?? (await freePort());
    return new RelayProcess(dataDir, port, options);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      DATA_DIR: this.dataDir,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      STATIC_DIR: this.options.staticDir ?? path.join(ROOT, 'dist'),
      LOG_LEVEL: 'info',
      STORE_DEBOUNCE_MS: '200',
      ...this.options.env,
    };
  }

  /**
   * Starts the relay and waits until `/healthz` answers 200 (or, with `healthy: false`, answers at all).
   * Every wait is bounded and a failure carries the relay's logs. A port picked by `freePort` can be
   * taken by another test process before the relay binds it; then (and only then) it retries once on
   * a fresh port.
   */
  async start({ healthy = true }: { healthy?: boolean } = {}): Promise<void> {
    try {
      await this.startOnce(healthy);
    } catch (err) {
      if (this.options.port !== undefined || !this.logs.includes('EADDRINUSE')) throw err;
      this.currentPort = await freePort();
      this.logs += `\n[test] port taken before the relay bound it; retrying on ${this.currentPort}\n`;
      await this.startOnce(healthy);
    }
  }

  private async startOnce(healthy: boolean): Promise<void> {
    if (this.child) throw new Error('relay already running');
    // Node itself with tsx's loader, not the `tsx` wrapper: the wrapper runs the relay in a
    // grandchild that a SIGKILL of the wrapper leaves running (kill -9 would test nothing).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/src/main.ts')], {
      cwd: ROOT,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => {
      this.logs += d.toString();
      this.stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => (this.logs += d.toString()));
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`relay exited during start:\n${this.logs}`);
      // Bounded: something else answering on the port (or not answering) must not hang the test.
      const ok = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => r.ok || !healthy)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.stop('SIGKILL');
    throw new Error(`relay did not answer /healthz within 40 s:\n${this.logs}`);
  }

  /** SIGKILL: no shutdown code runs; only what was already on disk survives. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  /** Runs `npm run server -- <args>` equivalent (the CLI) against this relay's data directory. */
  cli(args: string[], stdin?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const proc = execFile(
        TSX,
        [path.join(ROOT, 'sync-server/src/cli.ts'), ...args],
        { env: this.env() },
        (err, stdout, stderr) => (err ? reject(new Error(`cli ${args.join(' ')} failed: ${stderr}`)) : resolve(stdout)),
      );
      proc.stdin?.end(stdin ?? '');
    });
  }

  async addUser(username: string, role: string, password: string, schools: string[] = []): Promise<void> {
    await this.cli(
      ['user', 'add', username, '--role', role, '--name', username, ...schools.flatMap((s) => ['--school', s])],
      `${password}\n`,
    );
  }

  async login(username: string, password: string): Promise<{ token: string; user: { id: string } }> {
    const res = await fetch(`${this.url}/api/login`, { method: 'POST', body: JSON.stringify({ username, password }) });
    if (!res.ok) throw new Error(`login failed: ${res.status}`);
    return (await res.json()) as { token: string; user: { id: string } };
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL');
    if (!this.options.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}

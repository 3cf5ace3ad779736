// Runs the real administration CLI (sync-server/src/cli.ts) as its own process, with its own
// environment, and returns its exit code and both output streams: the CLI tests look at all three.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './serverProcess.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// An absolute loader URL: `--import tsx` would be resolved from the working directory, which tests change.
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Variables the CLI reads that the test runner's own environment must not leak into a test. */
const STORAGE_VARIABLES = ['DATA_DIR', 'DATABASE_URL', 'REDIS_URL'];

export function runCli(
  args: readonly string[],
  options: { env: Record<string, string>; stdin?: string; cwd?: string },
): Promise<CliResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !STORAGE_VARIABLES.includes(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--import=${TSX_LOADER}`, path.join(ROOT, 'sync-server/src/cli.ts'), ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

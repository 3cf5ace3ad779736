// A throwaway redis-server for one test file, on a free loopback port, no persistence; the caller
// configures it (passwords, ACL users) through the admin client, which stays authenticated.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { freePort } from './serverProcess.ts';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

export function isRedisServerAvailable(): boolean {
  return existsSync(REDIS_SERVER);
}

export interface TestRedis {
  port: number;
  /** Connected before any password was set: keeps working after `CONFIG SET requirepass`. */
  admin: Redis;
  stop(): Promise<void>;
}

/** With `tls`, the server listens on TLS only (plain port disabled), with that certificate and key (PEM files). */
export async function startRedisServer(
  options: { tls?: { certFile: string; keyFile: string } } = {},
): Promise<TestRedis> {
  const port = await freePort();
  const { tls } = options;
  const listen = tls
    ? [
        '--port',
        '0',
        '--tls-port',
        String(port),
        '--tls-cert-file',
        tls.certFile,
        '--tls-key-file',
        tls.keyFile,
        '--tls-auth-clients',
        'no',
      ]
    : ['--port', String(port)];
  const child = spawn(REDIS_SERVER, [...listen, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const admin = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    ...(tls ? { tls: { ca: readFileSync(tls.certFile), servername: 'localhost' } } : {}),
  });
  // Refused connections while the server starts surface through connect(); no unhandled 'error' events.
  admin.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    const up = await admin.connect().then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 200 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`redis-server on port ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    admin,
    async stop() {
      admin.disconnect();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

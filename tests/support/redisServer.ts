// A throwaway redis-server for one test file, on a free loopback port, no persistence; the caller
// configures it (passwords, ACL users) through the admin client, which stays authenticated.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export async function startRedisServer(): Promise<TestRedis> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const admin = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
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

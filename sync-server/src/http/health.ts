// GET /healthz (HL-1..HL-3): 200 only when every dependency answers a real request — storage
// (`SELECT 1`) and, when configured, Redis (`PING`) — within CHECK_TIMEOUT_MS each; otherwise 503
// naming the parts that failed. Checks run in parallel, so a hung dependency costs one timeout.
import type { Redis } from 'ioredis';
import type { Storage } from '../storage/types.ts';

export const CHECK_TIMEOUT_MS = 1500;

export interface HealthReport {
  ok: boolean;
  body: Record<string, unknown>;
}

async function probe(name: string, check: () => Promise<unknown>): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return null;
  } catch (error) {
    return `${name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
  } finally {
    clearTimeout(timer);
  }
}

export function createHealthCheck(deps: { storage: Storage; redis?: Redis; extra?: () => Record<string, unknown> }) {
  return async function health(): Promise<HealthReport> {
    const checks = [probe('storage', () => deps.storage.ping(CHECK_TIMEOUT_MS))];
    if (deps.redis) {
      const redis = deps.redis;
      checks.push(probe('redis', () => redis.ping()));
    }
    const reasons = (await Promise.all(checks)).filter((r): r is string => r !== null);
    const common = { storage: deps.storage.kind, ...deps.extra?.() };
    return reasons.length === 0
      ? { ok: true, body: { status: 'ok', ...common } }
      : { ok: false, body: { status: 'unavailable', reasons, ...common } };
  };
}

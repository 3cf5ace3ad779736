// Sign-in throttling (docs/spec/operations.md TH-1..TH-3) with rate-limiter-flexible: failures are
// counted per username and per client address, in memory or, when the relay has Redis, in Redis so
// every relay instance shares them (an in-memory limiter stands in while Redis is unreachable or
// slower than REDIS_TIMEOUT_MS: a hung Redis must not hang sign-in).
// Only failures count; a successful sign-in clears the username's failures and lockouts.
import type { Redis } from 'ioredis';
import {
  RLWrapperTimeouts,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';

/** TH-1: this many failures in a row lock the username. */
export const USERNAME_FAILURES = 5;
/** TH-1: failures in a row are forgotten after this long without another one. */
const USERNAME_WINDOW_S = 60 * 60;
/** TH-1: the n-th lockout within a day lasts 1, 2, 4, … minutes, at most an hour. */
export const lockoutSeconds = (n: number): number => Math.min(60 * 2 ** Math.max(n - 1, 0), 60 * 60);
const LOCKOUT_MEMORY_S = 24 * 60 * 60;
/** TH-2: failures from one address (any usernames) within ADDRESS_WINDOW_S before it is blocked for as long. */
export const ADDRESS_FAILURES = 30;
const ADDRESS_WINDOW_S = 15 * 60;
const REDIS_TIMEOUT_MS = 1000;

export interface LoginThrottle {
  /** Seconds to wait before this username may try again from this address; 0 when it may try now. */
  waitSeconds(username: string, address: string): Promise<number>;
  /** Records a failed sign-in; returns the seconds to wait when this failure reached a limit, else 0. */
  failed(username: string, address: string): Promise<number>;
  succeeded(username: string): Promise<void>;
}

function limiter(redis: Redis | undefined, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const options = { keyPrefix: `bitacora:login:${keyPrefix}`, points, duration };
  if (!redis) return new RateLimiterMemory(options);
  const insuranceLimiter = new RateLimiterMemory(options);
  const shared = new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter,
  });
  // The wrapper shares the RateLimiterAbstract API but is typed apart from it.
  return new RLWrapperTimeouts({
    limiter: shared,
    insuranceLimiter,
    timeoutMs: REDIS_TIMEOUT_MS,
  }) as unknown as RateLimiterAbstract;
}

const userKey = (username: string) => username.trim().toLowerCase();
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function createLoginThrottle(redis?: Redis): LoginThrottle {
  const byUsername = limiter(redis, 'user', USERNAME_FAILURES, USERNAME_WINDOW_S);
  const lockouts = limiter(redis, 'lockouts', 1000, LOCKOUT_MEMORY_S);
  const byAddress = limiter(redis, 'address', ADDRESS_FAILURES, ADDRESS_WINDOW_S);

  // A key is blocked when block() set it past its points (consume alone never goes there: see failed()).
  const blockedMs = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints > points ? res.msBeforeNext : 0;
  // consume() rejects with the RateLimiterRes when over the limit: both outcomes carry the count.
  const count = (l: RateLimiterAbstract, key: string) =>
    l.consume(key).catch((r: unknown) => {
      if (r instanceof Error) throw r;
      return r as RateLimiterRes;
    });

  return {
    async waitSeconds(username, address) {
      const [user, addr] = await Promise.all([byUsername.get(userKey(username)), byAddress.get(address)]);
      const ms = Math.max(blockedMs(user, USERNAME_FAILURES), blockedMs(addr, ADDRESS_FAILURES));
      return ms > 0 ? seconds(ms) : 0;
    },

    async failed(username, address) {
      const key = userKey(username);
      const [user, addr] = await Promise.all([count(byUsername, key), count(byAddress, address)]);
      let wait = 0;
      if (user.consumedPoints >= USERNAME_FAILURES) {
        const n = (await count(lockouts, key)).consumedPoints;
        wait = lockoutSeconds(n);
        await byUsername.block(key, wait);
      }
      if (addr.consumedPoints >= ADDRESS_FAILURES) {
        wait = Math.max(wait, ADDRESS_WINDOW_S);
        await byAddress.block(address, ADDRESS_WINDOW_S);
      }
      return wait;
    },

    async succeeded(username) {
      const key = userKey(username);
      await Promise.all([byUsername.delete(key), lockouts.delete(key)]);
    },
  };
}

// Redis connections for the relay (health check, login throttling). Minimal version: the URL is
// handed to ioredis as is.
import { Redis, type RedisOptions } from 'ioredis';

export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379), password: u.password || undefined };
}

export function createRedisClient(url: string, connectionName: string): Redis {
  return new Redis(url, { connectionName, lazyConnect: false, maxRetriesPerRequest: 1 });
}

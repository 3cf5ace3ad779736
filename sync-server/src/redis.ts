// REDIS_URL → ioredis options, and the one factory every Redis connection of the relay goes through
// (document fan-out, login throttling, health). The URL is read completely: `redis://` or `rediss://`
// (TLS, with the host as SNI name), username and password percent-decoded, db number from the path.
// A URL we cannot honour entirely is refused rather than half-used.
import { isIP } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_PORT = 6379;

/** Thrown for a REDIS_URL that cannot be used; the message says what is wrong, never the password. */
export class RedisUrlError extends Error {}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new RedisUrlError(`the ${what} is not valid percent-encoding`);
  }
}

function parseDb(pathname: string): number {
  const db = pathname.replace(/^\//, '');
  if (db === '') return 0;
  if (!/^\d{1,5}$/.test(db))
    throw new RedisUrlError(`the path must be a database number such as /3, not "${db.slice(0, 40)}"`);
  return Number(db);
}

/**
 * ioredis options for a `redis://[user[:password]@]host[:port][/db]` or `rediss://…` URL.
 * Throws RedisUrlError when the URL is malformed, has another scheme, or carries a query or fragment
 * (ioredis would read some query options and silently ignore others).
 */
export function redisOptionsFromUrl(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisUrlError('not a URL (expected redis://[user[:password]@]host[:port][/db] or rediss://…)');
  }
  const tls = parsed.protocol === 'rediss:';
  if (!tls && parsed.protocol !== 'redis:')
    throw new RedisUrlError(`the scheme must be redis:// or rediss://, not ${parsed.protocol}//`);
  if (parsed.search || parsed.hash)
    throw new RedisUrlError('query strings and fragments are not supported; put the database number in the path (/3)');
  // WHATWG URL keeps IPv6 literals in brackets; sockets want them bare.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new RedisUrlError('the host is missing');
  const port = parsed.port === '' ? DEFAULT_REDIS_PORT : Number(parsed.port);
  if (port === 0) throw new RedisUrlError('the port must be between 1 and 65535');
  const options: RedisOptions = { host, port, db: parseDb(parsed.pathname) };
  if (parsed.username) options.username = decode(parsed.username, 'username');
  if (parsed.password) options.password = decode(parsed.password, 'password');
  // RFC 6066 forbids an IP address as SNI name; Node warns when given one.
  if (tls) options.tls = isIP(host) ? {} : { servername: host };
  return options;
}

/** A connected-on-demand ioredis client for REDIS_URL, named so that `CLIENT LIST` shows who is who. */
export function createRedisClient(url: string, connectionName: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), connectionName });
}

// Relay configuration, read once from the environment and validated; a bad value stops start-up
// with a message naming the variable.
import path from 'node:path';
import { z } from 'zod';
import { redisOptionsFromUrl, RedisUrlError } from './redis.ts';

/** REDIS_URL must be usable as a whole (redis.ts); configFromEnv prefixes the message with the variable. */
const redisUrlSchema = z.string().superRefine((url, ctx) => {
  try {
    redisOptionsFromUrl(url);
  } catch (error) {
    if (!(error instanceof RedisUrlError)) throw error;
    ctx.addIssue({ code: 'custom', message: `not a usable Redis URL: ${error.message}` });
  }
});

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: redisUrlSchema.optional(),
  SECRET: z.string().min(32, 'SECRET must have at least 32 characters').optional(),
  STATIC_DIR: z.string().min(1).default('dist'),
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Compaction delay after the last change of a document (ms). */
  STORE_DEBOUNCE_MS: z.coerce.number().int().min(0).default(2000),
  /** How often each relay polls storage for withdrawn access to close open connections (ms, A-8). */
  ACCESS_POLL_MS: z.coerce.number().int().min(100).max(5000).default(1000),
  /** Comma-separated origins allowed to open the WebSocket; empty means the relay's own origin only. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** TCP connections (HTTP and WebSocket together) one remote address may hold at once. */
  MAX_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(512),
  /** Time a client has to send a request's headers before the connection is closed (ms). */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  /** Behind a reverse proxy: take the client's address from the first X-Forwarded-For hop (TH-5). */
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  sqliteFile: string;
  databaseUrl?: string;
  redisUrl?: string;
  secret?: string;
  staticDir: string;
  tokenTtlMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  storeDebounceMs: number;
  accessPollMs: number;
  allowedOrigins: string[];
  maxSocketsPerAddress: number;
  headersTimeoutMs: number;
  trustProxy: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv): Config {
  const blank = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(blank);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    sqliteFile: path.join(dataDir, 'bitacora.sqlite'),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    secret: e.SECRET,
    staticDir: path.resolve(e.STATIC_DIR),
    tokenTtlMs: e.TOKEN_TTL_DAYS * 24 * 3600 * 1000,
    logLevel: e.LOG_LEVEL,
    storeDebounceMs: e.STORE_DEBOUNCE_MS,
    accessPollMs: e.ACCESS_POLL_MS,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    maxSocketsPerAddress: e.MAX_SOCKETS_PER_ADDRESS,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
  };
}

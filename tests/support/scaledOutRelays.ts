// Two relay processes sharing one PostgreSQL schema (made fresh for the test file) and one Redis,
// as a scaled-out deployment runs them (docs/spec/sync.md S-8). The first instance starts alone so
// it migrates the schema once; `dispose` stops both and drops the schema.
import { randomBytes } from 'node:crypto';
import { adminQuery } from './pgAdmin.ts';
import { RelayProcess } from './serverProcess.ts';

export interface ScaledOutRelays {
  a: RelayProcess;
  b: RelayProcess;
  dispose(): Promise<void>;
}

/** `redisUrlB` lets instance B reach the same Redis another way (another user or password). */
export async function startScaledOutRelays(
  databaseUrl: string,
  redisUrl: string,
  prefix: string,
  redisUrlB = redisUrl,
): Promise<ScaledOutRelays> {
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  await adminQuery(databaseUrl, `CREATE SCHEMA ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const env = { DATABASE_URL: url.toString(), REDIS_URL: redisUrl, SECRET: randomBytes(32).toString('hex') };
  const a = await RelayProcess.create({ env });
  const b = await RelayProcess.create({ env: { ...env, REDIS_URL: redisUrlB } });
  await a.start();
  await b.start();
  return {
    a,
    b,
    async dispose() {
      await a.destroy();
      await b.destroy();
      await adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

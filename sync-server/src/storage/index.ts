// Picks the relay's storage: PostgreSQL when a database URL is configured (several relay
// instances share it), otherwise the embedded SQLite file.
import { createPostgresStorage } from './postgres.ts';
import { createSqliteStorage } from './sqlite.ts';
import type { Storage } from './types.ts';

export async function openStorage(config: { databaseUrl?: string; sqliteFile: string }): Promise<Storage> {
  if (config.databaseUrl) return createPostgresStorage(config.databaseUrl);
  return createSqliteStorage(config.sqliteFile);
}

// Picks the relay's storage: PostgreSQL when a database URL is configured (several relay
// instances share it), otherwise the embedded SQLite file.
import { createPostgresStorage } from './postgres.ts';
import { createSqliteStorage, type SqliteOptions } from './sqlite.ts';
import type { Storage } from './types.ts';

export async function openStorage(
  config: { databaseUrl?: string; sqliteFile: string },
  sqlite: SqliteOptions = {},
): Promise<Storage> {
  if (config.databaseUrl) return createPostgresStorage(config.databaseUrl);
  return createSqliteStorage(config.sqliteFile, sqlite);
}

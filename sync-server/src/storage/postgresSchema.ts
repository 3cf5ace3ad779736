// The relay's PostgreSQL schema: its migrations, applied in order at start under an advisory lock
// (relay instances may start together), and the transaction helper every store here shares.
import type pg from 'pg';
import { POSTGRES_ATTACHMENTS_MIGRATION } from './postgresAttachments.ts';

// Advisory lock key of the migrations; the one-bigint and two-int (claims) key spaces do not overlap.
const MIGRATION_LOCK = 7_305_214_881_001n;

/** Applied in order at start; migration i is recorded as version i + 1. Only append. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE doc_updates (
     id BIGSERIAL PRIMARY KEY,
     name TEXT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX doc_updates_name_id ON doc_updates (name, id);
   CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL,
     display_name TEXT NOT NULL,
     role TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     disabled BOOLEAN NOT NULL DEFAULT FALSE,
     token_version INTEGER NOT NULL DEFAULT 0,
     created_at BIGINT NOT NULL
   );
   CREATE UNIQUE INDEX users_username_lower ON users (lower(username));
   CREATE TABLE grants (
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     school_id TEXT NOT NULL,
     PRIMARY KEY (user_id, school_id)
   );
   CREATE INDEX grants_school ON grants (school_id);`,
  POSTGRES_ATTACHMENTS_MIGRATION,
  // Updates the relay refused or compaction could not merge (S-5, S-9): kept, never applied.
  `CREATE TABLE quarantine (
     id BIGSERIAL PRIMARY KEY,
     name TEXT NOT NULL,
     user_id TEXT,
     received_at BIGINT NOT NULL,
     reason TEXT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX quarantine_name ON quarantine (name, id);`,
  `CREATE TABLE access_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);
   INSERT INTO access_version (id, version) VALUES (1, 0);`,
  // A grant revoked by an administrator: the asesor cannot claim the school back until granted again.
  `CREATE TABLE withdrawn (
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     school_id TEXT NOT NULL,
     PRIMARY KEY (user_id, school_id)
   );`,
  // The sostenedor a `sostenedor` user is bound to: its RUT as Mineduc's directory writes it, or NULL.
  `ALTER TABLE users ADD COLUMN sostenedor_rut TEXT;`,
];
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    // Explicit: claimSchool relies on each statement taking a fresh snapshot after the lock.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    for (let v = rows[0]?.v ?? 0; v < MIGRATIONS.length; v++) {
      await c.query(MIGRATIONS[v]!);
      await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
  });
}

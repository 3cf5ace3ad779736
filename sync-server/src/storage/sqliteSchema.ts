// The relay's SQLite schema: its migrations, applied in order at open; the version lives in
// PRAGMA user_version.
import type Database from 'better-sqlite3';

/** Applied in order at open; migration i brings the file to user_version i + 1. Only append. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE doc_updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_name_id ON doc_updates (name, id);
   CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name TEXT NOT NULL,
     role TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     disabled INTEGER NOT NULL DEFAULT 0,
     token_version INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE grants (
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     school_id TEXT NOT NULL,
     PRIMARY KEY (user_id, school_id)
   );
   CREATE INDEX grants_school ON grants (school_id);`,
  // Updates the relay refused or compaction could not merge (S-5, S-9): kept, never applied.
  `CREATE TABLE quarantine (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     user_id TEXT,
     received_at INTEGER NOT NULL,
     reason TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX quarantine_name ON quarantine (name, id);`,
  `CREATE TABLE access_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
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

export function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a
  // fresh file at once cannot both apply the same migration.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

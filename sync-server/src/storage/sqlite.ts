// Embedded storage: the document update log, users and school grants in one SQLite file, and
// attachments in a second file beside it (sqliteAttachments.ts).
// WAL with synchronous=FULL: once appendUpdate resolves, the row survives kill -9 and power loss.
// The relay runs the document log's writes on a writer thread (RW-7, `writerThread`); the main
// connection keeps reads and the accounts' writes.
// claimSchool and compact run in IMMEDIATE transactions, so they stay atomic even when several
// processes open the same file. The schema version lives in PRAGMA user_version.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Role } from '../../../src/domain/wire/protocol.ts';
import { UsernameTakenError } from './types.ts';
import { openSqliteAttachments } from './sqliteAttachments.ts';
import { migrate } from './sqliteSchema.ts';
import { toBytes, toQuarantined, toUser, type QuarantineRow, type UserRow } from './sqliteRows.ts';
import { configureConnection, docWrites, type DocWrites } from './sqliteDocWrites.ts';
import { createThreadWriter, type AsyncDocWrites, type ThreadWriter } from './sqliteWriter.ts';
import type {
  Grant,
  NewQuarantined,
  NewUser,
  QuarantineMove,
  AppendRow,
  Quarantined,
  Storage,
  StoredUpdates,
  UserPatch,
  UserRecord,
} from './types.ts';

/**
 * Compaction frees pages that the relay gives back in small steps (reclaimSpace) rather than with a
 * VACUUM that would lock out writers. A file made before this needs one VACUUM to switch (at start).
 */
function useIncrementalVacuum(db: Database.Database): void {
  const INCREMENTAL = 2;
  if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return;
  db.pragma('auto_vacuum = INCREMENTAL');
  if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL) db.exec('VACUUM');
}

export interface SqliteOptions {
  /** Document writes on a writer thread (the relay); otherwise on the calling thread (CLI, tests). */
  writerThread?: boolean;
  /** Called once if the writer thread cannot start or dies; writes then run on the calling thread. */
  onWriterLost?: (error: string) => void;
}

// eslint-disable-next-line max-lines-per-function -- one closure over the db and statements
export function createSqliteStorage(file: string, options: SqliteOptions = {}): Storage {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  let attachments: ReturnType<typeof openSqliteAttachments>;
  try {
    configureConnection(db);
    useIncrementalVacuum(db);
    migrate(db);
    attachments = openSqliteAttachments(file);
  } catch (e) {
    db.close();
    throw e;
  }

  const q = {
    load: db.prepare<[string], { id: number; data: Buffer }>(
      'SELECT id, data FROM doc_updates WHERE name = ? ORDER BY id',
    ),
    quarantined: db.prepare<[string | null, string | null], QuarantineRow>(
      'SELECT * FROM quarantine WHERE ? IS NULL OR name = ? ORDER BY id',
    ),
    names: db.prepare<[string, string], { name: string }>(
      'SELECT DISTINCT name FROM doc_updates WHERE substr(name, 1, length(?)) = ? ORDER BY name',
    ),
    insertUser: db.prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, disabled, token_version, created_at,
         sostenedor_rut)
       VALUES (@id, @username, @display_name, @role, @password_hash, @disabled, @token_version, @created_at,
         @sostenedor_rut)`,
    ),
    userByName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
    userById: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    users: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
    grant: db.prepare<[string, string]>('INSERT OR IGNORE INTO grants (user_id, school_id) VALUES (?, ?)'),
    revoke: db.prepare<[string, string]>('DELETE FROM grants WHERE user_id = ? AND school_id = ?'),
    withdraw: db.prepare<[string, string]>('INSERT OR IGNORE INTO withdrawn (user_id, school_id) VALUES (?, ?)'),
    unwithdraw: db.prepare<[string, string]>('DELETE FROM withdrawn WHERE user_id = ? AND school_id = ?'),
    withdrawn: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM withdrawn WHERE user_id = ? AND school_id = ?',
    ),
    grantsOf: db.prepare<[string], { school_id: string }>(
      'SELECT school_id FROM grants WHERE user_id = ? ORDER BY school_id',
    ),
    holders: db.prepare<[string], { user_id: string; school_id: string; role: string }>(
      `SELECT g.user_id, g.school_id, u.role FROM grants g JOIN users u ON u.id = g.user_id
       WHERE g.school_id = ? ORDER BY g.user_id`,
    ),
    bumpAccess: db.prepare('UPDATE access_version SET version = version + 1 WHERE id = 1'),
    accessVersion: db.prepare<[], { version: number }>('SELECT version FROM access_version WHERE id = 1'),
    holds: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM grants WHERE user_id = ? AND school_id = ?',
    ),
    otherAsesor: db.prepare<[string, string], { one: number }>(
      `SELECT 1 AS one FROM grants g JOIN users u ON u.id = g.user_id
       WHERE g.school_id = ? AND u.role = 'asesor' AND g.user_id <> ? LIMIT 1`,
    ),
  };

  const inline = docWrites(db);
  const thread: ThreadWriter | null =
    options.writerThread && file !== ':memory:'
      ? createThreadWriter(file, inline, options.onWriterLost ?? (() => undefined))
      : null;
  const writes: AsyncDocWrites = thread ?? promised(inline);

  const claimTx = db.transaction((userId: string, schoolId: string): boolean => {
    if (q.holds.get(userId, schoolId)) return true;
    if (q.otherAsesor.get(schoolId, userId) || q.withdrawn.get(userId, schoolId)) return false;
    q.grant.run(userId, schoolId);
    q.bumpAccess.run();
    return true;
  });
  /** Runs a change to users or grants and bumps the access version in the same transaction. */
  const withAccessBump = <A extends unknown[]>(fn: (...args: A) => void) =>
    db.transaction((...args: A) => {
      fn(...args);
      q.bumpAccess.run();
    });
  const grantTx = withAccessBump((userId: string, schoolId: string) => {
    q.grant.run(userId, schoolId);
    q.unwithdraw.run(userId, schoolId);
  });
  const revokeTx = withAccessBump((userId: string, schoolId: string) => {
    q.revoke.run(userId, schoolId);
    q.withdraw.run(userId, schoolId);
  });

  const findById = (id: string) => {
    const row = q.userById.get(id);
    return row ? toUser(row) : null;
  };

  return {
    kind: 'sqlite',
    ...attachments.store,

    async loadUpdates(name: string): Promise<StoredUpdates> {
      const rows = q.load.all(name);
      return { updates: rows.map((r) => toBytes(r.data)), ids: rows.map((r) => r.id), lastId: rows.at(-1)?.id ?? 0 };
    },

    appendUpdate: (name: string, update: Uint8Array) => writes.appendRows([{ name, update }]),
    appendUpdates: (rows: readonly AppendRow[]) => writes.appendRows(rows),
    reclaimSpace: (pages: number) => writes.reclaimSpace(pages),
    compact: (name: string, merged: Uint8Array, upToId: number, moves: QuarantineMove[] = []) =>
      writes.compact(name, merged, upToId, moves),
    quarantineUpdate: (entry: NewQuarantined) => writes.quarantine(entry),

    async listQuarantine(name?: string): Promise<Quarantined[]> {
      return q.quarantined.all(name ?? null, name ?? null).map(toQuarantined);
    },

    async listDocumentNames(prefix: string): Promise<string[]> {
      return q.names.all(prefix, prefix).map((r) => r.name);
    },

    async createUser(user: NewUser): Promise<UserRecord> {
      const record: UserRecord = {
        ...user,
        sostenedorRut: user.sostenedorRut ?? null,
        id: randomUUID(),
        disabled: false,
        tokenVersion: 0,
        createdAt: Date.now(),
      };
      try {
        q.insertUser.run({
          id: record.id,
          username: record.username,
          display_name: record.displayName,
          role: record.role,
          password_hash: record.passwordHash,
          disabled: 0,
          token_version: 0,
          created_at: record.createdAt,
          sostenedor_rut: record.sostenedorRut,
        });
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(e).includes('users.username')) {
          throw new UsernameTakenError(user.username);
        }
        throw e;
      }
      return record;
    },

    async findUserByUsername(username: string): Promise<UserRecord | null> {
      const row = q.userByName.get(username);
      return row ? toUser(row) : null;
    },

    async findUserById(id: string): Promise<UserRecord | null> {
      return findById(id);
    },

    async updateUser(id: string, patch: UserPatch): Promise<UserRecord | null> {
      const sets: string[] = [];
      const values: (string | number | null)[] = [];
      const set = (column: string, value: string | number | null | undefined) => {
        if (value === undefined) return;
        sets.push(`${column} = ?`);
        values.push(value);
      };
      set('display_name', patch.displayName);
      set('role', patch.role);
      set('password_hash', patch.passwordHash);
      set('disabled', patch.disabled === undefined ? undefined : patch.disabled ? 1 : 0);
      set('token_version', patch.tokenVersion);
      set('sostenedor_rut', patch.sostenedorRut);
      if (sets.length > 0)
        withAccessBump(() => db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...values, id))();
      return findById(id);
    },

    async listUsers(): Promise<UserRecord[]> {
      return q.users.all().map(toUser);
    },

    async grant(userId: string, schoolId: string): Promise<void> {
      grantTx(userId, schoolId);
    },

    async revoke(userId: string, schoolId: string): Promise<void> {
      revokeTx(userId, schoolId);
    },

    async isWithdrawn(userId: string, schoolId: string): Promise<boolean> {
      return q.withdrawn.get(userId, schoolId) !== undefined;
    },

    async accessVersion(): Promise<number> {
      return q.accessVersion.get()?.version ?? 0;
    },

    async listGrants(userId: string): Promise<string[]> {
      return q.grantsOf.all(userId).map((r) => r.school_id);
    },

    async listHolders(schoolId: string): Promise<Grant[]> {
      return q.holders.all(schoolId).map((r) => ({ userId: r.user_id, schoolId: r.school_id, role: r.role as Role }));
    },

    async claimSchool(userId: string, schoolId: string): Promise<boolean> {
      return claimTx.immediate(userId, schoolId);
    },

    async ping(): Promise<void> {
      db.prepare('SELECT 1').get();
    },

    async close(): Promise<void> {
      await thread?.close();
      if (db.open) db.close();
      attachments.close();
    },
  };
}

function promised(w: DocWrites): AsyncDocWrites {
  return {
    appendRows: async (rows) => w.appendRows(rows),
    compact: async (name, merged, upToId, moves) => w.compact(name, merged, upToId, moves),
    quarantine: async (entry) => w.quarantine(entry),
    reclaimSpace: async (pages) => w.reclaimSpace(pages),
  };
}

// Scale-out storage: the document update log, users, school grants and attachments in PostgreSQL (pg Pool).
// appendUpdate resolves after the INSERT commits (durable with the server's default
// synchronous_commit). Migrations run at start under an advisory lock, so relay instances may
// start together; claimSchool serialises per school with an advisory lock across instances.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Role } from '../../../src/domain/wire/protocol.ts';
import { UsernameTakenError } from './types.ts';
import { postgresAttachmentStore } from './postgresAttachments.ts';
import { inTransaction, migrate } from './postgresSchema.ts';
import { APPEND_ROWS_PER_STATEMENT, appendStatement, toBuffer, toBytes, toUser, type UserRow } from './postgresRows.ts';
import type {
  Grant,
  NewQuarantined,
  NewUser,
  AppendRow,
  QuarantineMove,
  Quarantined,
  Storage,
  StoredUpdates,
  UserPatch,
  UserRecord,
} from './types.ts';

// Advisory lock namespace of claims (two-int keys; migrations use a one-bigint key).
const CLAIM_LOCK_NAMESPACE = 730_521;

const BUMP_ACCESS = 'UPDATE access_version SET version = version + 1 WHERE id = 1';

// eslint-disable-next-line max-lines-per-function -- one closure over the pool and statements
export async function createPostgresStorage(connectionString: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString });
  // An idle client that loses its connection is dropped by the pool and the next query
  // reconnects; without a listener the 'error' event would crash the relay.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }

  const findById = async (id: string) => {
    const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] ? toUser(rows[0]) : null;
  };

  return {
    kind: 'postgres',
    ...postgresAttachmentStore(pool, (fn) => inTransaction(pool, fn)),

    async loadUpdates(name: string): Promise<StoredUpdates> {
      const { rows } = await pool.query<{ id: string; data: Buffer }>(
        'SELECT id, data FROM doc_updates WHERE name = $1 ORDER BY id',
        [name],
      );
      return {
        updates: rows.map((r) => toBytes(r.data)),
        ids: rows.map((r) => Number(r.id)),
        lastId: Number(rows.at(-1)?.id ?? 0),
      };
    },

    async appendUpdate(name: string, update: Uint8Array): Promise<void> {
      await pool.query('INSERT INTO doc_updates (name, data) VALUES ($1, $2)', [name, toBuffer(update)]);
    },

    async appendUpdates(rows: readonly AppendRow[]): Promise<void> {
      if (rows.length === 0) return;
      if (rows.length <= APPEND_ROWS_PER_STATEMENT) return void (await pool.query(...appendStatement(rows)));
      await inTransaction(pool, async (c) => {
        for (let i = 0; i < rows.length; i += APPEND_ROWS_PER_STATEMENT)
          await c.query(...appendStatement(rows.slice(i, i + APPEND_ROWS_PER_STATEMENT)));
      });
    },

    async reclaimSpace(): Promise<number> {
      return 0; // autovacuum reclaims the space of deleted rows
    },

    async compact(name: string, merged: Uint8Array, upToId: number, moves: QuarantineMove[] = []): Promise<void> {
      await inTransaction(pool, async (c) => {
        const now = Date.now();
        for (const move of moves.filter((m) => m.rowId <= upToId)) {
          await c.query(
            `INSERT INTO quarantine (name, user_id, received_at, reason, data)
             SELECT name, NULL, $3, $4, data FROM doc_updates WHERE name = $1 AND id = $2`,
            [name, move.rowId, now, move.reason],
          );
        }
        await c.query('DELETE FROM doc_updates WHERE name = $1 AND id <= $2', [name, upToId]);
        await c.query('INSERT INTO doc_updates (name, data) VALUES ($1, $2)', [name, toBuffer(merged)]);
      });
    },

    async quarantineUpdate(entry: NewQuarantined): Promise<void> {
      await pool.query(
        'INSERT INTO quarantine (name, user_id, received_at, reason, data) VALUES ($1, $2, $3, $4, $5)',
        [entry.name, entry.userId, entry.receivedAt, entry.reason, toBuffer(entry.update)],
      );
    },

    async listQuarantine(name?: string): Promise<Quarantined[]> {
      const { rows } = await pool.query<{
        id: string;
        name: string;
        user_id: string | null;
        received_at: string;
        reason: string;
        data: Buffer;
      }>('SELECT * FROM quarantine WHERE $1::text IS NULL OR name = $1 ORDER BY id', [name ?? null]);
      return rows.map((r) => ({
        id: Number(r.id),
        name: r.name,
        userId: r.user_id,
        receivedAt: Number(r.received_at),
        reason: r.reason,
        update: toBytes(r.data),
      }));
    },

    async listDocumentNames(prefix: string): Promise<string[]> {
      const { rows } = await pool.query<{ name: string }>(
        'SELECT DISTINCT name FROM doc_updates WHERE starts_with(name, $1) ORDER BY name',
        [prefix],
      );
      return rows.map((r) => r.name);
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
        await pool.query(
          `INSERT INTO users (id, username, display_name, role, password_hash, disabled, token_version, created_at,
             sostenedor_rut)
           VALUES ($1, $2, $3, $4, $5, FALSE, 0, $6, $7)`,
          [
            record.id,
            record.username,
            record.displayName,
            record.role,
            record.passwordHash,
            record.createdAt,
            record.sostenedorRut,
          ],
        );
      } catch (e) {
        const err = e as { code?: string; constraint?: string };
        if (err.code === '23505' && err.constraint === 'users_username_lower')
          throw new UsernameTakenError(user.username);
        throw e;
      }
      return record;
    },

    async findUserByUsername(username: string): Promise<UserRecord | null> {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE lower(username) = lower($1)', [username]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    findUserById: findById,

    async updateUser(id: string, patch: UserPatch): Promise<UserRecord | null> {
      const sets: string[] = [];
      const values: unknown[] = [];
      const set = (column: string, value: unknown) => {
        if (value === undefined) return;
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      };
      set('display_name', patch.displayName);
      set('role', patch.role);
      set('password_hash', patch.passwordHash);
      set('disabled', patch.disabled);
      set('token_version', patch.tokenVersion);
      set('sostenedor_rut', patch.sostenedorRut);
      if (sets.length === 0) return findById(id);
      values.push(id);
      const rows = await inTransaction(pool, async (c) => {
        const updated = await c.query<UserRow>(
          `UPDATE users SET ${sets.join(', ')} WHERE id = $${values.length} RETURNING *`,
          values,
        );
        await c.query(BUMP_ACCESS);
        return updated.rows;
      });
      return rows[0] ? toUser(rows[0]) : null;
    },

    async listUsers(): Promise<UserRecord[]> {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users ORDER BY lower(username)');
      return rows.map(toUser);
    },

    async grant(userId: string, schoolId: string): Promise<void> {
      await inTransaction(pool, async (c) => {
        await c.query('INSERT INTO grants (user_id, school_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          userId,
          schoolId,
        ]);
        await c.query('DELETE FROM withdrawn WHERE user_id = $1 AND school_id = $2', [userId, schoolId]);
        await c.query(BUMP_ACCESS);
      });
    },

    async revoke(userId: string, schoolId: string): Promise<void> {
      await inTransaction(pool, async (c) => {
        await c.query('DELETE FROM grants WHERE user_id = $1 AND school_id = $2', [userId, schoolId]);
        await c.query('INSERT INTO withdrawn (user_id, school_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          userId,
          schoolId,
        ]);
        await c.query(BUMP_ACCESS);
      });
    },

    async isWithdrawn(userId: string, schoolId: string): Promise<boolean> {
      const { rowCount } = await pool.query('SELECT 1 FROM withdrawn WHERE user_id = $1 AND school_id = $2', [
        userId,
        schoolId,
      ]);
      return (rowCount ?? 0) > 0;
    },

    async accessVersion(): Promise<number> {
      const { rows } = await pool.query<{ version: string }>('SELECT version FROM access_version WHERE id = 1');
      return Number(rows[0]?.version ?? 0);
    },

    async listGrants(userId: string): Promise<string[]> {
      const { rows } = await pool.query<{ school_id: string }>(
        'SELECT school_id FROM grants WHERE user_id = $1 ORDER BY school_id',
        [userId],
      );
      return rows.map((r) => r.school_id);
    },

    async listHolders(schoolId: string): Promise<Grant[]> {
      const { rows } = await pool.query<{ user_id: string; school_id: string; role: string }>(
        `SELECT g.user_id, g.school_id, u.role FROM grants g JOIN users u ON u.id = g.user_id
         WHERE g.school_id = $1 ORDER BY g.user_id`,
        [schoolId],
      );
      return rows.map((r) => ({ userId: r.user_id, schoolId: r.school_id, role: r.role as Role }));
    },

    async claimSchool(userId: string, schoolId: string): Promise<boolean> {
      return inTransaction(pool, async (c) => {
        // Each later statement sees what the previous holder of this lock committed.
        await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CLAIM_LOCK_NAMESPACE, schoolId]);
        const held = await c.query('SELECT 1 FROM grants WHERE user_id = $1 AND school_id = $2', [userId, schoolId]);
        if (held.rowCount) return true;
        const other = await c.query(
          `SELECT 1 FROM grants g JOIN users u ON u.id = g.user_id
           WHERE g.school_id = $1 AND u.role = 'asesor' AND g.user_id <> $2 LIMIT 1`,
          [schoolId, userId],
        );
        if (other.rowCount) return false;
        const withdrawn = await c.query('SELECT 1 FROM withdrawn WHERE user_id = $1 AND school_id = $2', [
          userId,
          schoolId,
        ]);
        if (withdrawn.rowCount) return false;
        await c.query('INSERT INTO grants (user_id, school_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          userId,
          schoolId,
        ]);
        await c.query(BUMP_ACCESS);
        return true;
      });
    },

    async ping(timeoutMs: number): Promise<void> {
      // pg's client honours query_timeout per query; its QueryConfig type does not list it.
      await pool.query({ text: 'SELECT 1', query_timeout: timeoutMs } as pg.QueryConfig);
    },

    async close(): Promise<void> {
      if (!pool.ended) await pool.end();
    },
  };
}

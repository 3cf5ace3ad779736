// Attachments in PostgreSQL: one row per (school, hash) with its declared type and size and the
// bytes received so far, the bytes as bytea chunks keyed by their start offset. Each append locks
// the attachment's row (SELECT … FOR UPDATE), so appends serialise across relay instances, and
// resolves after its COMMIT; the last chunk is verified and marked complete in that transaction.
import type pg from 'pg';
import type { AppendChunkResult, AttachmentInfo, AttachmentStore } from './types.ts';
import { planChunk } from './chunkRule.ts';
import type { AttachmentType } from '../../../src/domain/wire/attachments.ts';

export const POSTGRES_ATTACHMENTS_MIGRATION = `
  CREATE TABLE IF NOT EXISTS attachments (
    school_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    complete BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (school_id, hash)
  );
  CREATE TABLE IF NOT EXISTS attachment_chunks (
    school_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    start INTEGER NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (school_id, hash, start)
  );`;

interface Row {
  type: string;
  size: number;
  received: number;
  complete: boolean;
}

const toInfo = (r: Row): AttachmentInfo => ({
  type: r.type as AttachmentType,
  size: r.size,
  received: r.received,
  complete: r.complete,
});
const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

type InTransaction = <T>(fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

const SELECT_ROW = 'SELECT type, size, received, complete FROM attachments WHERE school_id = $1 AND hash = $2';

async function chunksOf(c: pg.PoolClient, schoolId: string, hash: string): Promise<Buffer[]> {
  const { rows } = await c.query<{ data: Buffer }>(
    'SELECT data FROM attachment_chunks WHERE school_id = $1 AND hash = $2 ORDER BY start',
    [schoolId, hash],
  );
  return rows.map((r) => r.data);
}

async function bytesOf(c: pg.PoolClient, schoolId: string, hash: string): Promise<Uint8Array> {
  const buffer = Buffer.concat(await chunksOf(c, schoolId, hash));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function remove(c: pg.PoolClient, schoolId: string, hash: string): Promise<void> {
  await c.query('DELETE FROM attachment_chunks WHERE school_id = $1 AND hash = $2', [schoolId, hash]);
  await c.query('DELETE FROM attachments WHERE school_id = $1 AND hash = $2', [schoolId, hash]);
}

export function postgresAttachmentStore(pool: pg.Pool, inTransaction: InTransaction): AttachmentStore {
  return {
    async attachmentInfo(schoolId, hash) {
      const { rows } = await pool.query<Row>(SELECT_ROW, [schoolId, hash]);
      return rows[0] ? toInfo(rows[0]) : null;
    },

    async appendAttachmentChunk(schoolId, hash, declared, offset, chunk, verify): Promise<AppendChunkResult> {
      return inTransaction(async (c) => {
        if (offset === 0) {
          // Makes sure a row exists to lock; a row with other metadata is replaced below.
          await c.query(
            `INSERT INTO attachments (school_id, hash, type, size, received, complete, created_at)
             VALUES ($1, $2, $3, $4, 0, FALSE, $5) ON CONFLICT DO NOTHING`,
            [schoolId, hash, declared.type, declared.size, Date.now()],
          );
        }
        const row = (await c.query<Row>(`${SELECT_ROW} FOR UPDATE`, [schoolId, hash])).rows[0];
        const plan = planChunk(row, declared, offset, chunk.byteLength);
        if (plan.answer) return plan.answer;
        const { received, last } = plan;
        if (plan.restart) {
          await c.query('DELETE FROM attachment_chunks WHERE school_id = $1 AND hash = $2', [schoolId, hash]);
          await c.query(
            'UPDATE attachments SET type = $3, size = $4, received = 0 WHERE school_id = $1 AND hash = $2',
            [schoolId, hash, declared.type, declared.size],
          );
        }
        if (last && !verify([...(await chunksOf(c, schoolId, hash)), chunk], declared)) {
          await remove(c, schoolId, hash);
          return { outcome: 'rejected' };
        }
        await c.query('INSERT INTO attachment_chunks (school_id, hash, start, data) VALUES ($1, $2, $3, $4)', [
          schoolId,
          hash,
          offset,
          toBuffer(chunk),
        ]);
        await c.query('UPDATE attachments SET received = $3, complete = $4 WHERE school_id = $1 AND hash = $2', [
          schoolId,
          hash,
          received,
          last,
        ]);
        return last ? { outcome: 'complete', size: received } : { outcome: 'appended', received };
      });
    },

    async readAttachment(schoolId, hash) {
      return inTransaction(async (c) => {
        const row = (await c.query<Row>(SELECT_ROW, [schoolId, hash])).rows[0];
        return row?.complete ? bytesOf(c, schoolId, hash) : null;
      });
    },
  };
}

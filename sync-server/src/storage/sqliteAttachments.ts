// Attachments in SQLite, in a file of their own next to the main one (`<name>-attachments.sqlite`)
// with 64 KiB pages: blobs write about twice as fast as with the 4 KiB pages that suit the small
// rows of the main file. One row per (school, hash) with the declared type and size and the bytes
// received so far; the bytes as chunks keyed by their start offset. Each append is one IMMEDIATE
// transaction (WAL, synchronous=FULL: durable on return); the last chunk is verified and the blob
// marked complete (or deleted) in that same transaction.
import Database from 'better-sqlite3';
import type { AppendChunkResult, AttachmentInfo, AttachmentStore, VerifyAttachment } from './types.ts';
import { planChunk } from './chunkRule.ts';
import type { AttachmentType } from '../../../src/domain/wire/attachments.ts';

/** Applied in order at open; migration i brings the file to user_version i + 1. Only append. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE IF NOT EXISTS attachments (
    school_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (school_id, hash)
  );
  CREATE TABLE IF NOT EXISTS attachment_chunks (
    school_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    start INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (school_id, hash, start)
  );`,
];

export function attachmentsFileOf(mainFile: string): string {
  return mainFile === ':memory:' ? mainFile : mainFile.replace(/(\.sqlite)?$/, '-attachments.sqlite');
}

/** Opens (creating and migrating as needed) the attachments file that belongs to `mainFile`. */
export function openSqliteAttachments(mainFile: string): { store: AttachmentStore; close(): void } {
  const db = new Database(attachmentsFileOf(mainFile));
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('page_size = 65536'); // takes effect only while the file is still empty
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      for (let v = current; v < MIGRATIONS.length; v++) {
        db.exec(MIGRATIONS[v]!);
        db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
  } catch (e) {
    db.close();
    throw e;
  }
  return { store: sqliteAttachmentStore(db), close: () => db.open && db.close() };
}

interface Row {
  type: string;
  size: number;
  received: number;
  complete: number;
}

const toInfo = (r: Row): AttachmentInfo => ({
  type: r.type as AttachmentType,
  size: r.size,
  received: r.received,
  complete: r.complete !== 0,
});

const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

// eslint-disable-next-line max-lines-per-function -- one closure over its statements
function sqliteAttachmentStore(db: Database.Database): AttachmentStore {
  const q = {
    info: db.prepare<[string, string], Row>(
      'SELECT type, size, received, complete FROM attachments WHERE school_id = ? AND hash = ?',
    ),
    create: db.prepare<[string, string, string, number, number]>(
      'INSERT INTO attachments (school_id, hash, type, size, received, complete, created_at) VALUES (?, ?, ?, ?, 0, 0, ?)',
    ),
    remove: db.prepare<[string, string]>('DELETE FROM attachments WHERE school_id = ? AND hash = ?'),
    removeChunks: db.prepare<[string, string]>('DELETE FROM attachment_chunks WHERE school_id = ? AND hash = ?'),
    addChunk: db.prepare<[string, string, number, Buffer]>(
      'INSERT INTO attachment_chunks (school_id, hash, start, data) VALUES (?, ?, ?, ?)',
    ),
    setReceived: db.prepare<[number, number, string, string]>(
      'UPDATE attachments SET received = ?, complete = ? WHERE school_id = ? AND hash = ?',
    ),
    chunks: db.prepare<[string, string], { data: Buffer }>(
      'SELECT data FROM attachment_chunks WHERE school_id = ? AND hash = ? ORDER BY start',
    ),
  };

  const chunksOf = (schoolId: string, hash: string): Uint8Array[] => q.chunks.all(schoolId, hash).map((r) => r.data);
  const bytesOf = (schoolId: string, hash: string): Uint8Array => {
    const buffer = Buffer.concat(chunksOf(schoolId, hash));
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  };

  const remove = (schoolId: string, hash: string) => {
    q.removeChunks.run(schoolId, hash);
    q.remove.run(schoolId, hash);
  };

  const appendTx = db.transaction(
    (
      schoolId: string,
      hash: string,
      declared: { type: AttachmentType; size: number },
      offset: number,
      chunk: Uint8Array,
      verify: VerifyAttachment,
    ): AppendChunkResult => {
      const plan = planChunk(q.info.get(schoolId, hash), declared, offset, chunk.byteLength);
      if (plan.answer) return plan.answer;
      const { received, last } = plan;
      if (plan.restart) {
        // A new upload, or one restarted at 0 with another type or size: replaces what was there.
        remove(schoolId, hash);
        q.create.run(schoolId, hash, declared.type, declared.size, Date.now());
      }
      if (last && !verify([...chunksOf(schoolId, hash), chunk], declared)) {
        remove(schoolId, hash);
        return { outcome: 'rejected' };
      }
      q.addChunk.run(schoolId, hash, offset, toBuffer(chunk));
      q.setReceived.run(received, last ? 1 : 0, schoolId, hash);
      return last ? { outcome: 'complete', size: received } : { outcome: 'appended', received };
    },
  );

  return {
    async attachmentInfo(schoolId, hash) {
      const row = q.info.get(schoolId, hash);
      return row ? toInfo(row) : null;
    },
    async appendAttachmentChunk(schoolId, hash, declared, offset, chunk, verify) {
      return appendTx.immediate(schoolId, hash, declared, offset, chunk, verify);
    },
    async readAttachment(schoolId, hash) {
      // One read transaction: the row and its chunks from the same snapshot.
      return db.transaction(() => (q.info.get(schoolId, hash)?.complete ? bytesOf(schoolId, hash) : null))();
    },
  };
}

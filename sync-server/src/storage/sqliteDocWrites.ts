// The document log's writes on one SQLite connection: appends, compaction's swap, quarantine and
// giving pages back. One module for both places that run them: the relay's writer thread
// (sqliteWriterWorker.ts) and, where there is none (tests, the CLI, `:memory:`), the main connection.
import type Database from 'better-sqlite3';
import { toBuffer } from './sqliteRows.ts';
import type { AppendRow, NewQuarantined, QuarantineMove } from './types.ts';

export interface DocWrites {
  appendRows(rows: readonly AppendRow[]): void;
  compact(name: string, merged: Uint8Array, upToId: number, moves: readonly QuarantineMove[]): void;
  quarantine(entry: NewQuarantined): void;
  /** Gives back up to `pages` free pages; returns how many free pages remain. */
  reclaimSpace(pages: number): number;
}

/** The pragmas every connection to the relay's file uses: WAL, and a commit survives power loss. */
export function configureConnection(db: Database.Database): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

export function docWrites(db: Database.Database): DocWrites {
  const append = db.prepare<[string, Buffer]>('INSERT INTO doc_updates (name, data) VALUES (?, ?)');
  const deleteUpTo = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE name = ? AND id <= ?');
  const row = db.prepare<[string, number], { data: Buffer }>('SELECT data FROM doc_updates WHERE name = ? AND id = ?');
  const quarantine = db.prepare<[string, string | null, number, string, Buffer]>(
    'INSERT INTO quarantine (name, user_id, received_at, reason, data) VALUES (?, ?, ?, ?, ?)',
  );
  const appendTx = db.transaction((rows: readonly AppendRow[]) => {
    for (const r of rows) append.run(r.name, toBuffer(r.update));
  });
  const compactTx = db.transaction(
    (name: string, merged: Uint8Array, upToId: number, moves: readonly QuarantineMove[]) => {
      const now = Date.now();
      for (const move of moves) {
        const found = row.get(name, move.rowId);
        if (found && move.rowId <= upToId) quarantine.run(name, null, now, move.reason, found.data);
      }
      deleteUpTo.run(name, upToId);
      append.run(name, toBuffer(merged));
    },
  );
  return {
    appendRows(rows) {
      if (rows.length > 0) appendTx.immediate(rows);
    },
    compact(name, merged, upToId, moves) {
      compactTx.immediate(name, merged, upToId, moves);
    },
    quarantine(e) {
      quarantine.run(e.name, e.userId, e.receivedAt, e.reason, toBuffer(e.update));
    },
    reclaimSpace(pages) {
      db.pragma(`incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
      return db.pragma('freelist_count', { simple: true }) as number;
    },
  };
}

// The relay's SQLite writer thread (RW-7): its own connection to the relay's file runs every write of
// the document log (appends, compaction's swap, quarantine, giving pages back), so a commit's fsync
// never blocks the event loop that reads sockets. Requests run one at a time, in the order posted.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { unpackRows } from '../rowPacking.ts';
import { configureConnection, docWrites } from './sqliteDocWrites.ts';
import type { WriterReply, WriterRequest } from './sqliteWriterProtocol.ts';

const db = new Database((workerData as { file: string }).file);
configureConnection(db);
const writes = docWrites(db);

function run(request: WriterRequest): number | null {
  switch (request.op) {
    case 'append': {
      const updates = unpackRows(request);
      writes.appendRows(request.names.map((name, k) => ({ name, update: updates[k]! })));
      return null;
    }
    case 'compact':
      writes.compact(request.name, request.merged, request.upToId, request.moves);
      return null;
    case 'quarantine':
      writes.quarantine(request.entry);
      return null;
    case 'reclaim':
      return writes.reclaimSpace(request.pages);
    case 'close':
      db.close();
      return null;
  }
}

parentPort?.on('message', (request: WriterRequest) => {
  let reply: WriterReply;
  try {
    reply = { id: request.id, result: run(request) };
  } catch (error) {
    reply = { id: request.id, error: String(error), code: (error as { code?: string }).code };
  }
  parentPort!.postMessage(reply);
});

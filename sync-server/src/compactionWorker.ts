// The compaction worker thread (RW-3): rebuilds, merges and verifies a document's rows away from
// the relay's event loop. It touches no storage; the main thread loads the rows and commits.
import { parentPort } from 'node:worker_threads';
import { mergeRows } from './compaction.ts';
import { unpackRows } from './rowPacking.ts';

interface Request {
  id: number;
  bytes: Uint8Array;
  lengths: number[];
}

parentPort?.on('message', (request: Request) => {
  const { id } = request;
  try {
    const result = mergeRows(unpackRows(request));
    parentPort!.postMessage({ id, ...result }, result.merged ? [result.merged.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});

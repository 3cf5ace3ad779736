// Rows sent to the compaction worker thread (mergeInWorker.ts, compactionWorker.ts) as one buffer.
// Its own module: the worker must not import mergeInWorker.ts, which finds the worker's file next
// to itself (the build keeps it in main.js only that way).
/**
 * The rows copied into one transferable buffer: posting the rows themselves would clone each one's
 * whole backing buffer (often an 8 KiB pool slab shared with other rows).
 */
export function packRows(updates: Uint8Array[]): { bytes: Uint8Array; lengths: number[] } {
  const lengths = updates.map((u) => u.byteLength);
  const bytes = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const u of updates) {
    bytes.set(u, at);
    at += u.byteLength;
  }
  return { bytes, lengths };
}

export function unpackRows({ bytes, lengths }: { bytes: Uint8Array; lengths: number[] }): Uint8Array[] {
  let at = 0;
  return lengths.map((n) => bytes.subarray(at, (at += n)));
}

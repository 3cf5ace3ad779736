// Replicas of one document in memory, each with the create-merge attached, and update exchange
// between them in a chosen order (the merge writes on receipt, so exchange runs until nothing moves).
import * as Y from 'yjs';
import { attachMerge } from '../../src/data/merge/index.ts';
import { RESOLVED_ROOT } from '../../src/data/merge/conflicts.ts';

export const REMOTE = 'remote';

export function replicas(n: number, firstClient = 1): Y.Doc[] {
  return Array.from({ length: n }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = firstClient + i;
    attachMerge(doc);
    return doc;
  });
}

/** Sends to `to` what it lacks of `from`. */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
}

const sameState = (docs: Y.Doc[]) =>
  docs.every((d) => Buffer.from(Y.encodeStateVector(d)).equals(Buffer.from(Y.encodeStateVector(docs[0]!))));

/** Exchanges updates pairwise in the order given (indices) until every replica has every update. */
export function exchange(docs: Y.Doc[], order: number[] = docs.map((_, i) => i)): void {
  for (let round = 0; round < 10; round++) {
    for (const i of order) for (const j of order) if (i !== j) send(docs[i]!, docs[j]!);
    if (sameState(docs)) return;
  }
  throw new Error('replicas did not converge in 10 rounds');
}

/** Every root as JSON (a root only ever received is generic until typed: maps have keys, texts items). */
export function snapshot(doc: Y.Doc): unknown {
  return Object.fromEntries(
    [...doc.share.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, t]) => [k, t._map.size > 0 || t instanceof Y.Map ? doc.getMap(k).toJSON() : doc.getText(k).toString()]),
  );
}

/** The resolution a replica holds for conflict `id` (who chose, when, which side), as stored. */
export function resolutionOf(doc: Y.Doc, id: string): unknown {
  return doc.getMap<unknown>(RESOLVED_ROOT).get(id);
}

// The one place a read-only document refuses local writes (docs/spec/access.md ).
// The workspace guards every document it opens: while the session's role may only read that kind,
// `doc.transact` — the only way this app writes a document — runs nothing, so nothing is stored or
// sent. A user's write is logged in English (not thrown: a screen's effect that writes on open must
// not take the app down); a merge write is skipped quietly, as a device that may write the document
// makes the same merge (S-19). Remote updates and IndexedDB replays do not go through `doc.transact`.
import type * as Y from 'yjs';
import type { DocName } from '../domain/wire/documentNames.ts';
import { MERGE_EDIT } from './merge/index.ts';

/** The log line of a refused write: English, naming the document and the rule. */
export const refusedWriteMessage = (name: DocName): string =>
  `Refused a local write to ${name}: this session may only read it (A-10, A-13); nothing was stored`;

const guarded = new WeakMap<Y.Doc, () => boolean>();

/** Whether local writes to this document are refused now (false for a document no workspace guards). */
export function isReadOnlyDoc(doc: Y.Doc): boolean {
  return guarded.get(doc)?.() ?? false;
}

/**
 * Makes `doc.transact` refuse while `readOnly()` says so; once per document. `readOnly` is asked at
 * every write, so a session whose role changes needs no new guard.
 */
export function guardWrites(doc: Y.Doc, name: DocName, readOnly: () => boolean): void {
  if (guarded.has(doc)) return;
  guarded.set(doc, readOnly);
  const transact = doc.transact.bind(doc);
  doc.transact = <T>(change: (transaction: Y.Transaction) => T, origin?: unknown): T => {
    if (!readOnly()) return transact(change, origin);
    if (origin !== MERGE_EDIT) console.error(refusedWriteMessage(name));
    // Nothing ran, so there is no result: callers of a refused write get undefined.
    return undefined as T;
  };
}

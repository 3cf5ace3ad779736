// Attaches the create-merge (S-19..S-21) to a Y.Doc: after every transaction that did not start on
// this device (a sync message, a load from IndexedDB), it looks at what that transaction brought
// and, if needed, writes the merge's result in a transaction of its own (origin MERGE_EDIT), which
// Yjs runs right after the current one. Every device that sees the same updates decides the same.
import * as Y from 'yjs';
import { MERGE_EDIT } from './origin.ts';
import { findLosers, resolveLosers } from './mapOverwrites.ts';
import { isTextRoot, reconcileText } from './textVersions.ts';
import { asText } from './paths.ts';

export interface MergeOptions {
  /**
   * Transactions that replay this device's own stored history (y-indexeddb's load): every
   * overwrite in it was reconciled when it first arrived, so only texts are looked at again.
   */
  isReplay?: (origin: unknown) => boolean;
  now?: () => Date;
}

/** Texts that received a root item in this transaction: only those can hold two versions. */
function textsWithNewRoots(transaction: Y.Transaction): Set<Y.Text> {
  const out = new Set<Y.Text>();
  const store = transaction.doc.store;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = store.clients.get(client);
    if (!structs) continue;
    let i: number;
    try {
      i = Y.findIndexSS(structs, before);
    } catch {
      continue;
    }
    for (; i < structs.length; i++) {
      const item = structs[i];
      if (!(item instanceof Y.Item) || item.deleted || !isTextRoot(item) || !(item.content instanceof Y.ContentString))
        continue;
      if (!(item.parent instanceof Y.AbstractType)) continue;
      const text = asText(item.parent);
      if (text) out.add(text);
    }
  }
  return out;
}

function allTexts(doc: Y.Doc): Y.Text[] {
  const out: Y.Text[] = [];
  const visit = (type: Y.AbstractType<any>) => {
    if (type._start !== null && type._start.parentSub === null && type._start.content instanceof Y.ContentString) {
      const text = asText(type);
      if (text) out.push(text);
    }
    for (const item of type._map.values()) {
      if (!item.deleted && item.content instanceof Y.ContentType) visit(item.content.type);
    }
  };
  for (const type of doc.share.values()) visit(type);
  return out;
}

/** Reconciles every text of a document (for a document attached after it already had content). */
export function reconcileAllTexts(doc: Y.Doc, now: () => Date = () => new Date()): void {
  const texts = allTexts(doc);
  doc.transact(() => {
    for (const text of texts) reconcileText(text, now);
  }, MERGE_EDIT);
}

export function attachMerge(doc: Y.Doc, options: MergeOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const onAfter = (transaction: Y.Transaction) => {
    if (transaction.local || transaction.origin === MERGE_EDIT) return;
    const losers = options.isReplay?.(transaction.origin) ? [] : findLosers(transaction);
    const texts = textsWithNewRoots(transaction);
    if (losers.length === 0 && texts.size === 0) return;
    // Runs now, while the losers' content is intact; Yjs cleans this transaction up after the current one.
    doc.transact(() => {
      resolveLosers(transaction, losers, now);
      for (const text of texts) reconcileText(text, now);
    }, MERGE_EDIT);
  };
  doc.on('afterTransaction', onAfter);
  if (doc.share.size > 0) reconcileAllTexts(doc, now);
  return () => doc.off('afterTransaction', onAfter);
}

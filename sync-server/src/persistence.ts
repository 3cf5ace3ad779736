// Durable document storage for Hocuspocus. Every update a client sends is appended to the
// storage log in `beforeSync`, which Hocuspocus awaits before applying the update and before
// it sends the SyncStatus acknowledgement: an update the client counts as synced is on disk.
// `onStoreDocument` (debounced) compacts the log into one merged update; nothing is overwritten.
import type { Extension, beforeSyncPayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocumentStore } from './storage/types.ts';
import type { Logger } from './log.ts';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class InvalidUpdateError extends Error {
  readonly reason = 'invalid-update';
  constructor(documentName: string, cause: unknown) {
    super(`rejected malformed Yjs update for ${documentName}: ${String(cause)}`);
  }
}

export interface PersistenceExtension extends Extension {
  /** Compacts the given documents once more and ignores later store calls (shutdown). */
  compactAndStop(docs: Y.Doc[]): Promise<void>;
}

export function persistenceExtension(store: DocumentStore, log: Logger): PersistenceExtension {
  let stopped = false;
  const compact = async (document: Y.Doc, documentName: string) => {
    const { updates, lastId } = await store.loadUpdates(documentName);
    if (updates.length <= 1) return;
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(document), ...updates]);
    await store.compact(documentName, merged, lastId);
    log.debug('document compacted', { documentName, rows: updates.length });
  };
  return {
    async compactAndStop(docs: Y.Doc[]) {
      stopped = true;
      for (const doc of docs) {
        const name = (doc as Y.Doc & { name?: string }).name;
        if (name) await compact(doc, name).catch((e: unknown) => log.warn('compaction at shutdown failed', { name, error: String(e) }));
      }
    },

    extensionName: 'bitacora-persistence',

    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      // A failed load throws: Hocuspocus then refuses the connection instead of serving
      // (and later storing) an empty document.
      const { updates } = await store.loadUpdates(documentName);
      applyStoredUpdates(document, updates, (index, error) =>
        log.error('stored update could not be applied; skipped', { documentName, index, error: String(error) }),
      );
      return document;
    },

    async beforeSync({ type, payload, documentName }: beforeSyncPayload) {
      if (stopped) throw Object.assign(new Error('relay is shutting down'), { reason: 'shutting-down' });
      if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
      try {
        Y.decodeUpdate(payload);
        // decodeUpdate accepts some updates Yjs cannot apply (e.g. a zero-length deletion range);
        // the relay's own apply only logs those and acknowledges them, and once stored they poison
        // every later load and compaction. Applying to an empty document throws for them.
        const probe = new Y.Doc();
        try {
          Y.applyUpdate(probe, payload);
        } finally {
          probe.destroy();
        }
      } catch (cause) {
        log.warn('malformed update rejected', { documentName, bytes: payload.byteLength });
        throw new InvalidUpdateError(documentName, cause);
      }
      if (isEmptyUpdate(payload)) return;
      await store.appendUpdate(documentName, payload);
    },

    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      if (!stopped) await compact(document, documentName);
    },
  };
}

/** An update with no structs and no deletions (what a client in sync sends as SyncStep2). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((b) => b === 0);
}

/** Applies the log; one corrupt row is skipped (and reported) instead of making the document unloadable. */
export function applyStoredUpdates(doc: Y.Doc, updates: Uint8Array[], onBad: (index: number, e: unknown) => void): void {
  if (updates.length === 0) return;
  try {
    Y.applyUpdate(doc, Y.mergeUpdates(updates), 'storage');
    return;
  } catch {
    // fall through: find the bad rows one by one
  }
  updates.forEach((u, i) => {
    try {
      Y.applyUpdate(doc, u, 'storage');
    } catch (e) {
      onBad(i, e);
    }
  });
}

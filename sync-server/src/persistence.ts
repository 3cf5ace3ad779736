// Durable document storage for Hocuspocus. Every update a client sends is checked against the
// document as the relay holds it (updateCheck.ts) and appended to the storage log in `beforeSync`,
// which Hocuspocus awaits before applying the update and before it sends the SyncStatus
// acknowledgement: an update the client counts as synced is on disk and applies cleanly (S-5).
// One that does not apply is refused and kept in the quarantine, never in the log.
// The appends of one event-loop turn share one transaction (writeBatcher.ts, RW-1); a load waits
// for the writes still pending under its name (RW-6).
// `onStoreDocument` (debounced), and a document's row count passing COMPACT_AFTER_ROWS, compact the
// log into one verified merged update (S-9) in slices that leave the event loop free (RW-3).
import { createHash } from 'node:crypto';
import type {
  Extension,
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocumentStore } from './storage/types.ts';
import type { Logger } from './log.ts';
import { checkUpdate } from './updateCheck.ts';
import { createWriteBatcher } from './writeBatcher.ts';
import { encodeWithPending, rebuildInSlices } from './compaction.ts';
import { createCompactor } from './compactor.ts';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Refusals remembered to avoid quarantining the same bytes again when a client resends them. */
const RECENT_REFUSALS = 1000;
/** A write waiting longer than this means the relay is behind its writers (checkpoints are due in ~2 s). */
export const BACKLOG_WARN_MS = 2000;
const BACKLOG_LOG_EVERY_MS = 10_000;
/** Rows a document may gather before it is compacted without waiting for its store debounce (RW-3). */
export const COMPACT_AFTER_ROWS = 500;

export class InvalidUpdateError extends Error {
  readonly reason = 'invalid-update';
  constructor(documentName: string, cause: string) {
    super(`refused Yjs update for ${documentName}: ${cause}`);
  }
}

export interface Backlog {
  /** Incoming updates received and not yet stored (waiting for their document's turn or the disk). */
  pendingWrites: number;
  /** How long the oldest of them has waited (ms). */
  oldestWaitMs: number;
  /** Compactions running now. */
  compacting: number;
  behind: boolean;
}

export interface PersistenceExtension extends Extension {
  /** Compacts the given documents once more and ignores later store calls (shutdown). */
  compactAndStop(docs: Y.Doc[]): Promise<void>;
  /** What the relay has not stored yet (for /healthz and the backlog warning). */
  backlog(): Backlog;
  /** Resolves once no compaction runs (tests, benchmarks). */
  idle(): Promise<void>;
}

// eslint-disable-next-line max-lines-per-function -- the hooks share per-document state
export function persistenceExtension(store: DocumentStore, log: Logger): PersistenceExtension {
  let stopped = false;
  const turns = new Map<string, Promise<unknown>>();
  /** The instance of each document loaded last (S-26), set inside the load's turn. */
  const live = new Map<string, Y.Doc>();
  const recentRefusals = new Set<string>();
  const waiting = new Map<symbol, number>(); // pending write -> when it arrived
  let lastBacklogLog = 0;

  const backlog = (): Backlog => {
    let oldest = Infinity;
    for (const since of waiting.values()) oldest = Math.min(oldest, since);
    const oldestWaitMs = waiting.size === 0 ? 0 : Date.now() - oldest;
    return {
      pendingWrites: waiting.size,
      oldestWaitMs,
      compacting: compactor.running(),
      behind: oldestWaitMs > BACKLOG_WARN_MS,
    };
  };
  const warnIfBehind = () => {
    const now = Date.now();
    if (now - lastBacklogLog < BACKLOG_LOG_EVERY_MS) return;
    const b = backlog();
    if (!b.behind) return;
    lastBacklogLog = now;
    log.warn('relay is behind its writers: storage backlog', { ...b });
  };

  /** Runs `fn` after every earlier turn of the same document (check, store and apply stay in order). */
  const inTurn = <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const run = (turns.get(name) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    turns.set(name, tail);
    void tail.then(() => turns.get(name) === tail && turns.delete(name));
    return run;
  };

  const quarantine = async (name: string, userId: string | null, reason: string, update: Uint8Array) => {
    const key = `${name}\0${createHash('sha256').update(update).digest('hex')}`;
    if (recentRefusals.has(key)) return;
    if (recentRefusals.size >= RECENT_REFUSALS) recentRefusals.delete(recentRefusals.values().next().value!);
    recentRefusals.add(key);
    await store.quarantineUpdate({ name, userId, receivedAt: Date.now(), reason, update });
  };

  const compactor = createCompactor(store, log, COMPACT_AFTER_ROWS);
  const writes = createWriteBatcher(store, (rows, ms) => log.debug('updates stored', { rows, ms }));

  return {
    backlog,
    idle: () => compactor.idle(),

    async compactAndStop(docs: Y.Doc[]) {
      stopped = true;
      for (const doc of docs) {
        const name = (doc as Y.Doc & { name?: string }).name;
        if (name) await compactor.compact(name);
      }
      await compactor.close();
    },

    extensionName: 'bitacora-persistence',

    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      // A failed load throws: Hocuspocus then refuses the connection instead of serving
      // (and later storing) an empty document. It runs in the document's turn (RW-6): rows are read
      // only after every write still waiting under this name is committed.
      await inTurn(documentName, async () => {
        await loadInto(document, documentName);
        live.set(documentName, document);
      });
      return document;
    },

    async beforeSync({ type, payload, documentName, document, context, connection }: beforeSyncPayload) {
      if (stopped) throw Object.assign(new Error('relay is shutting down'), { reason: 'shutting-down' });
      if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
      if (connection.readOnly) return; // Hocuspocus does not apply it either
      const ticket = Symbol('write');
      waiting.set(ticket, Date.now());
      warnIfBehind();
      try {
        await storeInTurn(documentName, payload, document, context, connection);
      } finally {
        waiting.delete(ticket);
      }
    },

    async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
      if (live.get(documentName)?.isDestroyed) live.delete(documentName);
    },

    async onStoreDocument({ documentName }: onStoreDocumentPayload) {
      if (!stopped) await compactor.compact(documentName);
    },
  };

  async function loadInto(document: Y.Doc, documentName: string): Promise<void> {
    const { updates } = await store.loadUpdates(documentName);
    if (updates.length === 0) return;
    const { doc, bad } = await rebuildInSlices(updates);
    compactor.noteRows(documentName, updates.length);
    for (const b of bad)
      log.error('stored update could not be applied; skipped', { documentName, index: b.index, reason: b.reason });
    Y.applyUpdate(document, encodeWithPending(doc), 'storage');
    doc.destroy();
  }

  async function storeInTurn(
    documentName: string,
    payload: Uint8Array,
    document: Y.Doc,
    context: unknown,
    connection: beforeSyncPayload['connection'],
  ): Promise<void> {
    await inTurn(documentName, async () => {
      // A closed connection's queued updates are still stored after its instance was unloaded; they
      // go to the instance loaded since, if any, so its clients receive them (S-26).
      const current = live.get(documentName);
      const target = current && !current.isDestroyed ? current : document;
      const verdict = checkUpdate(target, payload);
      if (!verdict.ok && verdict.retryable) {
        // It lacks structs this relay has not received (yet): stored and kept pending by Yjs; the
        // sender's next handshake sends the rest. Nothing in it can throw (updateCheck.ts).
        log.debug('update stored pending its missing structs', { documentName, reason: verdict.reason });
      } else if (!verdict.ok) {
        const userId = (context as { userId?: string } | undefined)?.userId ?? null;
        log.warn('update refused', {
          documentName,
          reason: verdict.reason,
          check: verdict.method,
          bytes: payload.byteLength,
          userId,
        });
        await quarantine(documentName, userId, verdict.reason, payload).catch((e: unknown) =>
          log.error('could not quarantine a refused update', { documentName, error: String(e) }),
        );
        throw new InvalidUpdateError(documentName, verdict.reason);
      }
      if (isEmptyUpdate(payload)) return;
      await writes.append(documentName, payload);
      compactor.noteRows(documentName, 1);
      // Applied now, inside this document's turn, so that the next update is checked against a
      // document that already holds this one; Hocuspocus applies it again after this hook (no-op).
      Y.applyUpdate(target, payload, { source: 'connection', connection });
    });
  }
}

/** An update with no structs and no deletions (what a client in sync sends as SyncStep2). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((b) => b === 0);
}

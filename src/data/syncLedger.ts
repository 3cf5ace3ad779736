// The one owner of each document's sync state on this device: how many device changes the relay
// has not yet confirmed stored (the pending count) and the relay's refusal. It lives in memory and
// is written through to Dexie (userDb.syncState), so it survives reloads and restarts. The
// workspace reports changes, the sync layer reports checkpoints and refusals; "al día" is derived
// from it (pending 0 after a confirmed checkpoint) and the status store only mirrors it.
import type { DenialReason } from '../domain/wire/protocol.ts';
import type { DocName, SchoolId } from '../domain/wire/documentNames.ts';
import type { UserDb } from './userDb.ts';

export interface LedgerState {
  pending: number;
  denied: DenialReason | null;
}

/** What moved the state: a device change, a confirmed checkpoint, a refusal, or the saved row read. */
export type LedgerCause = 'change' | 'confirm' | 'denied' | 'load';
export type LedgerListener = (state: LedgerState, cause: LedgerCause) => void;

interface Entry extends LedgerState {
  schoolId: SchoolId;
  /** Device changes counted since the entry was made; never goes down (checkpoint marks compare it). */
  changes: number;
  lastSyncedAt: number | null;
  loaded: boolean;
  /** A checkpoint confirmed before the saved row arrived: the row's count is older than it. */
  confirmedBeforeLoad: boolean;
  /** The relay answered authentication before the saved row arrived: its answer wins. */
  relayAnswered: boolean;
  dirty: boolean;
  writing: Promise<void>;
  listeners: Set<LedgerListener>;
}

export class SyncLedger {
  private readonly entries = new Map<DocName, Entry>();

  constructor(private readonly db: UserDb) {}

  state(name: DocName): LedgerState {
    const e = this.entries.get(name);
    return { pending: e?.pending ?? 0, denied: e?.denied ?? null };
  }

  /** Calls `listener` now with the current state and after every change of the document's state. */
  subscribe(name: DocName, schoolId: SchoolId, listener: LedgerListener): () => void {
    const e = this.entry(name, schoolId);
    e.listeners.add(listener);
    listener(this.state(name), 'load');
    return () => e.listeners.delete(listener);
  }

  /** A change made on this device (an edit or a merge write): pending until a checkpoint covers it. */
  countChange(name: DocName, schoolId: SchoolId): void {
    const e = this.entry(name, schoolId);
    e.changes++;
    e.pending++;
    this.changed(name, e, 'change');
  }

  /** A mark to send with a checkpoint: `confirm` accepts it only if no change was counted since. */
  mark(name: DocName): number {
    return this.entries.get(name)?.changes ?? 0;
  }

  /**
   * The relay stores everything this device had when `mark` was taken. Returns false (and changes
   * nothing) when a change was counted since: a newer checkpoint must vouch for it.
   */
  confirm(name: DocName, mark: number): boolean {
    const e = this.entries.get(name);
    if (!e || e.changes !== mark) return false;
    e.pending = 0;
    e.denied = null;
    e.lastSyncedAt = Date.now();
    if (!e.loaded) e.confirmedBeforeLoad = true;
    this.changed(name, e, 'confirm');
    return true;
  }

  /** The relay's answer to authentication: a refusal, or null once it lets the document through. */
  setDenied(name: DocName, schoolId: SchoolId, denied: DenialReason | null): void {
    const e = this.entry(name, schoolId);
    e.relayAnswered = true;
    e.denied = denied;
    this.changed(name, e, 'denied');
  }

  /** Resolves once every state change so far is written to Dexie. */
  async settled(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.writing));
  }

  private entry(name: DocName, schoolId: SchoolId): Entry {
    const existing = this.entries.get(name);
    if (existing) return existing;
    const e: Entry = {
      schoolId,
      pending: 0,
      denied: null,
      changes: 0,
      lastSyncedAt: null,
      loaded: false,
      confirmedBeforeLoad: false,
      relayAnswered: false,
      dirty: false,
      writing: Promise.resolve(),
      listeners: new Set(),
    };
    this.entries.set(name, e);
    e.writing = this.load(name, e);
    return e;
  }

  private async load(name: DocName, e: Entry): Promise<void> {
    const row = await this.db.syncState.get(name).catch(() => undefined);
    e.loaded = true;
    // Changes counted before the row arrived were not written yet: they add to its count.
    if (row && !e.confirmedBeforeLoad) {
      e.pending += row.pending;
      e.lastSyncedAt = row.lastSyncedAt;
    }
    if (row && !e.relayAnswered && !e.confirmedBeforeLoad) e.denied = row.denied;
    for (const listener of e.listeners) listener(this.state(name), 'load');
    if (e.dirty) await this.write(name, e);
  }

  private changed(name: DocName, e: Entry, cause: LedgerCause): void {
    for (const listener of e.listeners) listener(this.state(name), cause);
    if (e.dirty) return; // a write is queued and will take the newest state
    e.dirty = true;
    if (e.loaded) e.writing = e.writing.then(() => this.write(name, e));
  }

  private async write(name: DocName, e: Entry): Promise<void> {
    e.dirty = false;
    const row = { name, schoolId: e.schoolId, pending: e.pending, lastSyncedAt: e.lastSyncedAt, denied: e.denied };
    await this.db.syncState.put(row).catch((err: unknown) => console.error(`Sync state of ${name} not saved`, err));
  }
}

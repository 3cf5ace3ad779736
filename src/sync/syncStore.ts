// Session and sync status, in a vanilla zustand store updated from outside React (the sync engine
// and the session code); components read it through small hooks. No document content here.
import { createStore } from 'zustand/vanilla';
import type { DenialReason, SessionUser } from '../domain/wire/protocol.ts';
import type { DocName, SchoolId } from '../domain/wire/documentNames.ts';

export type ConnectionState = 'offline' | 'connecting' | 'online';

export interface DocSyncStatus {
  schoolId: SchoolId;
  /** Device changes the relay has not confirmed stored: a mirror of the workspace's sync ledger. */
  pending: number;
  /** A checkpoint confirmed since the socket (re)connected, with no device change after it. */
  synced: boolean;
  denied: DenialReason | null;
}

export interface SyncState {
  user: SessionUser | null;
  connection: ConnectionState;
  docs: Record<DocName, DocSyncStatus>;
  /** Documents this device holds (or the relay lists) that are not open yet: not known to be up to date. */
  opening?: number;
  /** The relay refused the sync socket for its protocol version (PV-1): this app must be updated. */
  outdated?: boolean;
}

export const syncStore = createStore<SyncState>(() => ({ user: null, connection: 'offline', docs: {} }));

let queued: Map<DocName, Partial<DocSyncStatus> & { schoolId: SchoolId }> | null = null;

/**
 * Patches one document's status. Patches made in the same task (a document attaching reports its
 * status and its ledger at once; a dropped socket marks every document) reach the store as one
 * update at the end of it, so the badges that read it recount once, not once per document (CS-9).
 */
export function setDocStatus(name: DocName, patch: Partial<DocSyncStatus> & { schoolId: SchoolId }): void {
  if (!queued) {
    queued = new Map();
    queueMicrotask(flushDocStatus);
  }
  const before = queued.get(name);
  queued.set(name, before ? { ...before, ...patch } : patch);
}

/** Applies the queued patches now (they apply by themselves at the end of the task). */
export function flushDocStatus(): void {
  const patches = queued;
  queued = null;
  if (!patches) return;
  syncStore.setState((s) => {
    let docs = s.docs;
    for (const [name, patch] of patches) {
      const prev = docs[name] ?? { schoolId: patch.schoolId, pending: 0, synced: false, denied: null };
      const next = { ...prev, ...patch };
      if (prev.pending === next.pending && prev.synced === next.synced && prev.denied === next.denied) continue;
      if (docs === s.docs) docs = { ...s.docs };
      docs[name] = next;
    }
    return docs === s.docs ? s : { docs };
  });
}

/** Forgets every document's status, queued patches included (the engine closed, the user signed out). */
export function clearDocStatus(): void {
  queued = null;
  syncStore.setState({ docs: {} });
}

const NO_DOCS: readonly DocSyncStatus[] = [];
/** Each state's documents grouped by school once, however many badges ask. */
const docsBySchool = new WeakMap<SyncState['docs'], Map<SchoolId, DocSyncStatus[]>>();

function docsOf(docs: SyncState['docs'], schoolId: SchoolId): readonly DocSyncStatus[] {
  let groups = docsBySchool.get(docs);
  if (!groups) {
    groups = new Map();
    for (const d of Object.values(docs)) {
      const group = groups.get(d.schoolId);
      if (group) group.push(d);
      else groups.set(d.schoolId, [d]);
    }
    docsBySchool.set(docs, groups);
  }
  return groups.get(schoolId) ?? NO_DOCS;
}

/** "Al día" for one document: the relay stores every change of this device, confirmed on this connection. */
const isUpToDate = (d: DocSyncStatus): boolean => d.pending === 0 && d.synced && !d.denied;

export type SyncSummaryKind = 'sin-conexion' | 'sincronizando' | 'al-dia' | 'pendiente' | 'rechazado';

export interface SyncSummary {
  kind: SyncSummaryKind;
  pending: number;
  denied: DenialReason | null;
}

/**
 * What the indicator shows, for every document or for one school's. "al-dia" only when every
 * local change is confirmed stored by the relay: changes to a document the relay refuses keep the
 * summary at "rechazado" (they are safe on this device, but not on the server).
 */
export function summarize(state: SyncState, schoolId?: SchoolId): SyncSummary {
  const docs = schoolId ? docsOf(state.docs, schoolId) : Object.values(state.docs);
  const pending = docs.reduce((n, d) => n + d.pending, 0);
  const refusedWithChanges = docs.find((d) => d.denied && d.pending > 0);
  const denied = refusedWithChanges?.denied ?? docs.find((d) => d.denied)?.denied ?? null;
  if (schoolId && denied) return { kind: 'rechazado', pending, denied };
  // A school whose documents are not open yet is not known to be up to date.
  if (schoolId && docs.length === 0)
    return { kind: state.connection === 'online' ? 'sincronizando' : 'sin-conexion', pending: 0, denied: null };
  if (state.connection !== 'online') return { kind: pending > 0 ? 'pendiente' : 'sin-conexion', pending, denied };
  if (docs.some((d) => !d.denied && !isUpToDate(d))) return { kind: 'sincronizando', pending, denied };
  // Documents still opening in the background may hold news from the relay (CS-7).
  if (!schoolId && (state.opening ?? 0) > 0) return { kind: 'sincronizando', pending, denied };
  if (refusedWithChanges) return { kind: 'rechazado', pending, denied };
  return { kind: 'al-dia', pending: 0, denied };
}

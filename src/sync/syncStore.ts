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

export function setDocStatus(name: DocName, patch: Partial<DocSyncStatus> & { schoolId: SchoolId }): void {
  syncStore.setState((s) => {
    const prev = s.docs[name] ?? { schoolId: patch.schoolId, pending: 0, synced: false, denied: null };
    const next = { ...prev, ...patch };
    if (prev.pending === next.pending && prev.synced === next.synced && prev.denied === next.denied) return s;
    return { docs: { ...s.docs, [name]: next } };
  });
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
  const docs = Object.values(state.docs).filter((d) => !schoolId || d.schoolId === schoolId);
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

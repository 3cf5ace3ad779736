// Decides whether a Yjs update applies cleanly to the document as the relay holds it (S-5): every
// struct and deletion lands, nothing is left pending, nothing throws. Yjs itself accepts an update
// whose references it cannot resolve (kept as pending, or a crash later inside the live document),
// so the relay checks before storing.
//
// The check is structural and cheap: it decodes the update and verifies every reference (origin,
// right origin, parent, deleted range) against the document's state vector and the update's own
// structs, simulating Yjs's integration order, without copying the document. Only when that cannot
// decide (a layout Yjs would read differently from us) does it apply the update to a clone.
import * as Y from 'yjs';
import { Refusal, StructuralCheck, Undecided, type Struct } from './structuralCheck.ts';

/**
 * `retryable`: the update only lacks structs the relay does not hold yet (a client's earlier update
 * that never arrived, or arrives later on another connection). Yjs keeps such an update pending and
 * integrates it once the rest arrives; nothing in it can throw. Every other refusal can never apply.
 */
export type UpdateVerdict =
  | { ok: true; method: 'structural' | 'clone' }
  | { ok: false; reason: string; method: 'structural' | 'clone'; retryable: boolean };

/** Reasons that only mean "not yet": see UpdateVerdict. */
const RETRYABLE = new Set([
  'missing-preceding-structs',
  'dangling-reference',
  'deletion-of-unknown-range',
  'unresolved-references',
]);

export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  let decoded: { structs: Struct[]; ds: { clients: Map<number, { clock: number; len: number }[]> } };
  try {
    decoded = Y.decodeUpdate(update) as unknown as typeof decoded;
  } catch {
    return refusal('undecodable', 'structural');
  }
  try {
    new StructuralCheck(doc, decoded.structs, decoded.ds.clients).run();
    return { ok: true, method: 'structural' };
  } catch (e) {
    if (e instanceof Refusal) return refusal(e.reason, 'structural');
    if (!(e instanceof Undecided)) throw e;
  }
  return cloneApplyCheck(doc, update);
}

/** The exact but expensive check: apply to a copy of the document and look for pending or errors. */
export function cloneApplyCheck(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  const probe = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(probe, update);
    const clean = probe.store.pendingStructs === null && probe.store.pendingDs === null;
    return clean ? { ok: true, method: 'clone' } : refusal('unresolved-references', 'clone');
  } catch {
    return refusal('apply-failed', 'clone');
  } finally {
    probe.destroy();
  }
}

function refusal(reason: string, method: 'structural' | 'clone'): UpdateVerdict {
  return { ok: false, reason, method, retryable: RETRYABLE.has(reason) };
}

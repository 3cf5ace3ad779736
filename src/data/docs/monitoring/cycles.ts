// Cortes (cycles) of the plan de monitoreo and the frozen snapshot written when one is closed.
import * as Y from 'yjs';
import {
  cycleSnapshotSchema,
  monitoringCycleSchema,
  type CycleSnapshot,
  type MonitoringCycle,
} from '../../../domain/monitoring/cycles.ts';
import { assertOpen, cyclesOf, plainOf, snapshotsOf } from './roots.ts';

export type CycleFields = Pick<MonitoringCycle, 'id' | 'year' | 'name' | 'start' | 'end'>;

/** One stored corte, validated; null when absent or not valid. */
export function readCycle(doc: Y.Doc, id: string): MonitoringCycle | null {
  const v = cyclesOf(doc).get(id);
  if (v === undefined) return null;
  const c = monitoringCycleSchema.safeParse({ ...(plainOf(v) as object), id });
  return c.success ? c.data : null;
}

export function readCycles(doc: Y.Doc, invalid: string[]): MonitoringCycle[] {
  const cycles: MonitoringCycle[] = [];
  for (const id of cyclesOf(doc).keys()) {
    const c = readCycle(doc, id);
    if (c) cycles.push(c);
    else invalid.push(`cycle:${id}`);
  }
  return cycles.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

export function readSnapshots(doc: Y.Doc, invalid: string[]): CycleSnapshot[] {
  const snapshots: CycleSnapshot[] = [];
  for (const [id, v] of snapshotsOf(doc).entries()) {
    const s = cycleSnapshotSchema.safeParse(v);
    if (s.success && s.data.cycleId === id) snapshots.push(s.data);
    else invalid.push(`snapshot:${id}`);
  }
  return snapshots;
}

export function putCycle(doc: Y.Doc, cycle: CycleFields, origin: unknown): void {
  const parsed = monitoringCycleSchema.parse(cycle);
  const existing = cyclesOf(doc).get(parsed.id);
  if (existing !== undefined) assertOpen(doc, parsed.id);
  doc.transact(() => {
    const m: Y.Map<unknown> = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : new Y.Map<unknown>();
    if (!(existing instanceof Y.Map)) cyclesOf(doc).set(parsed.id, m);
    for (const k of ['year', 'name', 'start', 'end'] as const) if (m.get(k) !== parsed[k]) m.set(k, parsed[k]);
  }, origin);
}

/** Freezes the cycle: its snapshot is written once; records of the cycle become read-only. */
export function storeClosedCycle(doc: Y.Doc, snapshot: CycleSnapshot, origin: unknown): void {
  const parsed = cycleSnapshotSchema.parse(snapshot);
  assertOpen(doc, parsed.cycleId);
  doc.transact(() => {
    snapshotsOf(doc).set(parsed.cycleId, JSON.parse(JSON.stringify(parsed)));
    const c = cyclesOf(doc).get(parsed.cycleId);
    if (c instanceof Y.Map) {
      c.set('closedAt', parsed.closedAt);
      c.set('closedBy', parsed.closedBy);
    }
  }, origin);
}

// Cortes de monitoreo (issue 7, item 5): the year's cycles, closing one (a frozen snapshot of its
// records and measurements, like the PME versions: kept forever, never edited) and comparing two
// cycles action by action. Cycles of a year are ordered by start date, then id.
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { indicatorMeasurementSchema, monitoringRecordSchema } from './records.ts';
import type { IndicatorMeasurement, MonitoringRecord } from './records.ts';

const idSchema = z.string().min(1).max(64);

export const monitoringCycleSchema = z
  .object({
    id: idSchema,
    year: z.number().int(),
    name: z.string().trim().min(1, { message: 'Escriba el nombre del corte' }).max(100),
    start: isoDateSchema,
    end: isoDateSchema,
    /** ISO date-time when closed; absent or null while open. */
    closedAt: z.string().min(1).nullable().optional(),
    closedBy: z.string().max(200).nullable().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.end < c.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'El corte termina antes de empezar' });
    if (c.start.slice(0, 4) !== String(c.year))
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'El corte debe empezar en el año del plan' });
  });
export type MonitoringCycle = z.infer<typeof monitoringCycleSchema>;

export const cycleSnapshotSchema = z.object({
  cycleId: idSchema,
  cycle: monitoringCycleSchema,
  /** ISO date-time (the same as cycle.closedAt). */
  closedAt: z.string().min(1),
  closedBy: z.string().max(200),
  records: z.array(monitoringRecordSchema),
  measurements: z.array(indicatorMeasurementSchema),
});
export type CycleSnapshot = z.infer<typeof cycleSnapshotSchema>;

export function isClosed(c: Pick<MonitoringCycle, 'closedAt'>): boolean {
  return c.closedAt != null;
}

export function sortCycles<C extends Pick<MonitoringCycle, 'start' | 'id'>>(cycles: readonly C[]): C[] {
  return [...cycles].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * The current cycle on `today` (ISO date): the one whose dates hold it; else the next one to start;
 * else null (the year's cycles are all past). Ties: the earliest start.
 */
export function currentCycle<C extends Pick<MonitoringCycle, 'start' | 'end' | 'id'>>(
  cycles: readonly C[],
  today: string,
): C | null {
  const sorted = sortCycles(cycles);
  return sorted.find((c) => c.start <= today && today <= c.end) ?? sorted.find((c) => c.start > today) ?? null;
}

export type CloseCycleResult =
  { ok: true; cycle: MonitoringCycle; snapshot: CycleSnapshot } | { ok: false; code: 'already-closed' };

/** Closes `cycle`: the cycle marked closed, and a snapshot of ITS records and measurements (copied). */
export function closeCycle(
  cycle: MonitoringCycle,
  records: readonly MonitoringRecord[],
  measurements: readonly IndicatorMeasurement[],
  closedAt: string,
  closedBy: string,
): CloseCycleResult {
  if (isClosed(cycle)) return { ok: false, code: 'already-closed' };
  const closed: MonitoringCycle = { ...cycle, closedAt, closedBy };
  const snapshot = cycleSnapshotSchema.parse({
    cycleId: cycle.id,
    cycle: closed,
    closedAt,
    closedBy,
    records: records.filter((r) => r.cycleId === cycle.id),
    measurements: measurements.filter((m) => m.cycleId === cycle.id),
  });
  return { ok: true, cycle: closed, snapshot };
}

// Shared fixtures of the monitoring tests: records and cycles over the PME fixture (planFixture.ts:
// actions a1–a5 of 2026, b1 of 2027; goals g1–g3; PME cycle 2026–2029).
import type { z } from 'zod';
import { monitoringRecordSchema, type MonitoringRecord } from '../../../../src/domain/monitoring/records.ts';
import { monitoringCycleSchema, type MonitoringCycle } from '../../../../src/domain/monitoring/cycles.ts';
import { indicatorMeasurementSchema, type IndicatorMeasurement } from '../../../../src/domain/monitoring/records.ts';

export const ZERO = { sep: 0, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 };

export const HASH = 'a'.repeat(64);
export const PHOTO = { hash: HASH, type: 'image/jpeg' as const, size: 1000 };

type MonitoringRecordInput = z.input<typeof monitoringRecordSchema>;

export function record(over: Partial<MonitoringRecordInput> = {}): MonitoringRecord {
  return monitoringRecordSchema.parse({
    id: 'r1',
    actionId: 'a1',
    cycleId: 'c1',
    level: 'adecuada',
    progress: 60,
    executed: ZERO,
    medios: [],
    observaciones: '',
    dificultades: '',
    ajustes: '',
    instrumentRecordId: null,
    recordedAt: '2026-05-20T10:00:00Z',
    recordedBy: 'Jefa de UTP',
    ...over,
  });
}

export const CYCLES: MonitoringCycle[] = [
  { id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-05-31' },
  { id: 'c2', year: 2026, name: 'Corte 2', start: '2026-06-01', end: '2026-08-31' },
  { id: 'c3', year: 2026, name: 'Corte 3', start: '2026-09-01', end: '2026-11-30' },
  { id: 'c4', year: 2026, name: 'Corte 4', start: '2026-12-01', end: '2026-12-20' },
].map((c) => monitoringCycleSchema.parse(c));

export function measurement(over: Partial<IndicatorMeasurement> = {}): IndicatorMeasurement {
  return indicatorMeasurementSchema.parse({
    id: 'm1',
    goalId: 'g1',
    value: 50,
    date: '2026-05-30',
    source: 'Registro UTP',
    cycleId: 'c1',
    recordedBy: 'Jefa de UTP',
    ...over,
  });
}

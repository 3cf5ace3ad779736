import { describe, expect, it } from 'vitest';
import {
  closeCycle,
  currentCycle,
  cycleSnapshotSchema,
  monitoringCycleSchema,
} from '../../../../src/domain/monitoring/cycles.ts';
import { compareCycles } from '../../../../src/domain/monitoring/compare.ts';
import { CYCLES, PHOTO, ZERO, measurement, record } from './fixtures.ts';

describe('cycles', () => {
  it('validates dates and year', () => {
    expect(
      monitoringCycleSchema.safeParse({ id: 'c', year: 2026, name: 'Corte', start: '2026-05-01', end: '2026-04-01' })
        .success,
    ).toBe(false);
    expect(
      monitoringCycleSchema.safeParse({ id: 'c', year: 2027, name: 'Corte', start: '2026-05-01', end: '2026-06-01' })
        .success,
    ).toBe(false);
    expect(
      monitoringCycleSchema.safeParse({ id: 'c', year: 2026, name: ' ', start: '2026-05-01', end: '2026-06-01' })
        .success,
    ).toBe(false);
  });

  it.each([
    ['2026-04-10', 'c1'],
    ['2026-05-31', 'c1'],
    ['2026-06-01', 'c2'],
    ['2026-02-01', 'c1'],
    ['2026-12-21', null],
  ] as const)('current cycle on %s is %s', (today, id) => {
    expect(currentCycle([...CYCLES].reverse(), today)?.id ?? null).toBe(id);
  });

  it('closing freezes a snapshot of that cycle only, and cannot close twice', () => {
    const records = [record({ id: 'r1' }), record({ id: 'r2', cycleId: 'c2' })];
    const ms = [measurement({ id: 'm1' }), measurement({ id: 'm2', cycleId: 'c2' })];
    const res = closeCycle(CYCLES[0]!, records, ms, '2026-06-02T12:00:00Z', 'Ana Rojas');
    if (!res.ok) throw new Error('expected ok');
    expect(res.cycle.closedAt).toBe('2026-06-02T12:00:00Z');
    expect(res.snapshot.records.map((r) => r.id)).toEqual(['r1']);
    expect(res.snapshot.measurements.map((m) => m.id)).toEqual(['m1']);
    expect(cycleSnapshotSchema.parse(JSON.parse(JSON.stringify(res.snapshot)))).toEqual(res.snapshot);
    records[0]!.observaciones = 'cambiado después';
    expect(res.snapshot.records[0]?.observaciones).toBe('');
    expect(closeCycle(res.cycle, records, ms, 'x', 'y')).toEqual({ ok: false, code: 'already-closed' });
  });
});

describe('compareCycles', () => {
  const actions = [
    { id: 'up', nombre: 'Sube' },
    { id: 'down', nombre: 'Baja' },
    { id: 'same', nombre: 'Igual' },
    { id: 'new', nombre: 'Nueva' },
    { id: 'gone', nombre: 'Sin registro' },
    { id: 'none', nombre: 'Nada' },
  ];
  const m = (i: number, files: number) => ({
    index: i,
    text: `Medio ${i}`,
    attachments: Array.from({ length: files }, () => PHOTO),
  });
  const records = [
    record({
      id: 'u1',
      actionId: 'up',
      cycleId: 'c1',
      level: 'parcial',
      progress: 30,
      executed: { ...ZERO, sep: 100 },
      medios: [m(0, 1)],
    }),
    record({
      id: 'u2',
      actionId: 'up',
      cycleId: 'c2',
      level: 'avanzada',
      progress: 80,
      executed: { ...ZERO, sep: 300, pie: 50 },
      medios: [m(0, 2), m(1, 1)],
    }),
    record({ id: 'd1', actionId: 'down', cycleId: 'c1', level: 'adecuada', progress: 60 }),
    record({ id: 'd2', actionId: 'down', cycleId: 'c2', level: 'parcial', progress: 40 }),
    record({ id: 's1', actionId: 'same', cycleId: 'c1', level: 'adecuada', progress: 55 }),
    record({
      id: 's2',
      actionId: 'same',
      cycleId: 'c2',
      level: 'adecuada',
      progress: 70,
      recordedAt: '2026-08-01T00:00:00Z',
    }),
    record({
      id: 's3',
      actionId: 'same',
      cycleId: 'c2',
      level: 'adecuada',
      progress: 65,
      recordedAt: '2026-07-01T00:00:00Z',
      recordedBy: 'Director',
    }),
    record({ id: 'n2', actionId: 'new', cycleId: 'c2', level: 'inicial', progress: 10 }),
    record({ id: 'g1', actionId: 'gone', cycleId: 'c1', level: 'inicial', progress: 5 }),
  ];

  it('action by action: level change, progress, amounts and evidence deltas', () => {
    const rows = compareCycles(actions, records, 'c1', 'c2');
    expect(
      rows.map((r) => [r.actionId, r.levelChange, r.progressDelta, r.executedDelta, r.evidenceDelta, r.mediosDelta]),
    ).toEqual([
      ['up', 'sube', 50, 250, 2, 1],
      ['down', 'baja', -20, 0, 0, 0],
      ['same', 'igual', 15, 0, 0, 0], // s2 (latest) counts, not s3
      ['new', 'nuevo', null, null, null, null],
      ['gone', 'sin-registro', null, null, null, null],
      ['none', 'sin-cambio-registro', null, null, null, null],
    ]);
    expect(rows[0]?.after).toEqual({
      recordId: 'u2',
      level: 'avanzada',
      progress: 80,
      executed: 350,
      mediosCount: 2,
      evidenceCount: 3,
    });
  });
});

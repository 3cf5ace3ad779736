import { describe, expect, it } from 'vitest';
import { cycleDashboard } from '../../../../src/domain/monitoring/dashboard.ts';
import { IMPLEMENTATION_LEVELS, type ImplementationLevel } from '../../../../src/domain/monitoring/levels.ts';
import type { MonitoringRecord } from '../../../../src/domain/monitoring/records.ts';
import { monitoringCycleSchema } from '../../../../src/domain/monitoring/cycles.ts';
import { pmePlanSchema } from '../../../../src/domain/pme/model.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { actionInput } from '../pme/fixtures.ts';
import { CYCLES, ZERO, measurement, record } from './fixtures.ts';

const pme = buildPlan();

describe('cycle dashboard', () => {
  // 2026: a5 (FC, sR), a1 (GP, s1), a2 (GP, sR), a3 (LID, s1), a4 (FC, s1).
  const records = [
    record({ id: 'r1', actionId: 'a1', level: 'adecuada', progress: 60 }),
    record({ id: 'r2', actionId: 'a2', level: 'avanzada', progress: 80 }),
    record({ id: 'r3', actionId: 'a3', level: 'adecuada', progress: 51 }),
    record({
      id: 'r4',
      actionId: 'a4',
      level: 'completa',
      progress: 100,
      medios: [{ index: 0, text: 'Listas de asistencia', attachments: [] }],
    }),
    record({ id: 'old', actionId: 'a1', level: 'inicial', progress: 10, recordedAt: '2026-04-01T00:00:00Z' }),
    record({ id: 'other-cycle', actionId: 'a5', cycleId: 'c2', level: 'parcial', progress: 30 }),
  ];
  const db = cycleDashboard({
    pme,
    cycles: CYCLES,
    cycleId: 'c1',
    records,
    measurements: [measurement({ value: 55 })],
    today: '2026-05-20',
  });

  it('DB-1: actions by level with ids, and those without a record', () => {
    expect(db.actionCount).toBe(5);
    expect(db.levels.map((l) => [l.level, l.count, l.percent, l.actionIds, l.recordIds])).toEqual([
      ['completa', 1, 20, ['a4'], ['r4']],
      ['avanzada', 1, 20, ['a2'], ['r2']],
      ['adecuada', 2, 40, ['a1', 'a3'], ['r1', 'r3']],
      ['parcial', 0, 0, [], []],
      ['inicial', 0, 0, [], []],
      ['no-efectuada', 0, 0, [], []],
    ]);
    expect(db.sinRegistro).toEqual({ count: 1, percent: 20, actionIds: ['a5'] });
  });

  it('DB-2: average progress per dimension and per estrategia, recorded actions only', () => {
    expect(db.byDimension.map((g) => [g.key, g.averageProgress, g.recorded, g.actions, g.recordIds])).toEqual([
      ['LID', 51, 1, 1, ['r3']],
      ['GP', 70, 2, 2, ['r1', 'r2']],
      ['FC', 100, 1, 2, ['r4']],
      ['GR', null, 0, 0, []],
    ]);
    expect(db.byStrategy.map((g) => [g.key, g.averageProgress, g.recorded, g.actions])).toEqual([
      ['s1', 70.3, 3, 3],
      ['sR', 80, 1, 2],
    ]);
  });

  it('carries indicators, budget and alerts of the cycle', () => {
    expect(db.indicators.map((i) => [i.goalId, i.status])).toEqual([
      ['g1', 'en-camino'],
      ['g2', 'sin-datos'],
      ['g3', 'sin-datos'],
    ]);
    expect(db.budget.bySource[0]?.source).toBe('sep');
    expect(db.alerts).toEqual([]);
    expect(() =>
      cycleDashboard({ pme, cycles: CYCLES, cycleId: 'nope', records, measurements: [], today: '2026-05-20' }),
    ).toThrow(RangeError);
  });

  it('an empty year is all zeros, never NaN', () => {
    const empty = cycleDashboard({
      pme: { ...pme, actions: [] },
      cycles: CYCLES,
      cycleId: 'c1',
      records: [],
      measurements: [],
      today: '2026-05-20',
    });
    expect(empty.levels.every((l) => l.count === 0 && l.percent === 0)).toBe(true);
    expect(empty.sinRegistro).toEqual({ count: 0, percent: 0, actionIds: [] });
  });
});

// Speed is measured by `npm run bench` (monitoring.dashboard.ms), never asserted here.
describe('at the size of a real school', () => {
  it('40 actions, 20 indicators, 4 cycles: every cycle counts every action once', () => {
    const levels = IMPLEMENTATION_LEVELS.map((l) => l.code);
    const mid = (l: ImplementationLevel) => IMPLEMENTATION_LEVELS.find((x) => x.code === l)!.min;
    const big = pmePlanSchema.parse({
      ...pme,
      actions: Array.from({ length: 40 }, (_, i) =>
        actionInput({ id: `a${i}`, strategyId: i % 2 ? 's1' : 'sR', financiamiento: { ...ZERO, sep: 100_000 * i } }),
      ),
      goals: Array.from({ length: 20 }, (_, i) => ({ ...pme.goals[0]!, id: `g${i}` })),
    });
    const records: MonitoringRecord[] = [];
    const measurements = [];
    for (const c of CYCLES) {
      for (let i = 0; i < 40; i++)
        for (const who of ['UTP', 'Director']) {
          const level = levels[(i + c.id.length) % levels.length]!;
          records.push(
            record({
              id: `${c.id}-${i}-${who}`,
              actionId: `a${i}`,
              cycleId: c.id,
              recordedBy: who,
              level,
              progress: mid(level),
              executed: { ...ZERO, sep: 1000 * i },
            }),
          );
        }
      for (let g = 0; g < 20; g++)
        measurements.push(measurement({ id: `${c.id}-m${g}`, goalId: `g${g}`, cycleId: c.id, date: c.end }));
    }
    const cycles = CYCLES.map((c) => monitoringCycleSchema.parse(c));
    for (const c of cycles) {
      const dashboard = cycleDashboard({ pme: big, cycles, cycleId: c.id, records, measurements, today: '2026-12-30' });
      const counted = dashboard.levels.reduce((sum, l) => sum + l.count, 0) + dashboard.sinRegistro.count;
      expect(counted, c.id).toBe(40);
    }
  });
});

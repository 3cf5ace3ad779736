import { describe, expect, it } from 'vitest';
import { budgetExecution, latestRecordsUpTo } from '../../../../src/domain/monitoring/budget.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, ZERO, record } from './fixtures.ts';

// Planned 2026 (planFixture): SEP 1.250.000 (a1) + 2.400.000 (a2) + 600.000 (a4) = 4.250.000;
// PIE 350.000 (a2); General 95.500 (a4); Sostenedor 180.000 (a5). Total 4.875.500.
const actions = buildPlan().actions.filter((a) => a.year === 2026);

describe('budget executed vs planned per source', () => {
  const records = [
    record({ id: 'r1', actionId: 'a1', cycleId: 'c1', executed: { ...ZERO, sep: 400_000 } }),
    record({ id: 'r2', actionId: 'a2', cycleId: 'c1', executed: { ...ZERO, sep: 1_000_000, pie: 350_000 } }),
    // c2: a1 recorded again (accumulated), a2 not → keeps its c1 figures; a4 spends more than planned.
    record({
      id: 'r3',
      actionId: 'a1',
      cycleId: 'c2',
      executed: { ...ZERO, sep: 900_000 },
      recordedAt: '2026-08-01T10:00:00Z',
    }),
    record({
      id: 'r4',
      actionId: 'a4',
      cycleId: 'c2',
      executed: { ...ZERO, sep: 700_000, otro: 5_000 },
      recordedAt: '2026-08-01T10:00:00Z',
    }),
    // An action of another year is ignored.
    record({ id: 'r5', actionId: 'b1', cycleId: 'c2', executed: { ...ZERO, sep: 999 } }),
  ];

  it('at cycle 1', () => {
    const b = budgetExecution(actions, records, CYCLES, 'c1');
    expect(b.bySource.map((s) => [s.source, s.planned, s.executed, s.percent, s.recordIds])).toEqual([
      ['sep', 4_250_000, 1_400_000, 32.9, ['r1', 'r2']],
      ['pie', 350_000, 350_000, 100, ['r2']],
      ['general', 95_500, 0, 0, []],
      ['mantenimiento', 0, 0, null, []],
      ['faep', 0, 0, null, []],
      ['sostenedor', 180_000, 0, 0, []],
      ['otro', 0, 0, null, []],
    ]);
    expect([b.total.planned, b.total.executed, b.total.percent, b.total.recordIds]).toEqual([
      4_875_500,
      1_750_000,
      35.9,
      ['r1', 'r2'],
    ]);
  });

  it('at cycle 2: latest record per action carried forward, over-execution and unplanned sources shown', () => {
    const b = budgetExecution(actions, records, CYCLES, 'c2');
    const sep = b.bySource[0]!;
    expect([sep.executed, sep.percent, sep.recordIds.sort()]).toEqual([2_600_000, 61.2, ['r2', 'r3', 'r4']]);
    const otro = b.bySource.find((s) => s.source === 'otro')!;
    expect([otro.planned, otro.executed, otro.percent, otro.actionIds]).toEqual([0, 5_000, null, ['a4']]);
    expect(b.total.executed).toBe(2_955_000);
  });

  it('with no records: all zero, SEP first', () => {
    const b = budgetExecution(actions, [], CYCLES, 'c4');
    expect(b.bySource[0]?.label).toBe('SEP');
    expect(b.total.executed).toBe(0);
  });

  it('latestRecordsUpTo ignores later cycles', () => {
    expect([...latestRecordsUpTo(records, CYCLES, 'c1').values()].map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

import { describe, expect, it } from 'vitest';
import { actionCompliance, complianceReport, outcomeOfLevel } from '../../../../src/domain/evaluation/compliance.ts';
import { IMPLEMENTATION_LEVEL_CODES } from '../../../../src/domain/monitoring/levels.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, ZERO, record } from '../monitoring/fixtures.ts';

// Plan 2026 (planFixture): a1 GP s1 SEP 1.250.000 · a2 GP sR SEP 2.400.000 + PIE 350.000 · a3 LID s1 $0 ·
// a4 FC s1 SEP 600.000 + General 95.500 · a5 FC sR Sostenedor 180.000. b1 is of 2027.
const plan = buildPlan();
const actions = plan.actions.filter((a) => a.year === 2026);
const at = (day: string) => `${day}T10:00:00Z`;

const records = [
  record({
    id: 'r1',
    actionId: 'a1',
    cycleId: 'c1',
    level: 'adecuada',
    progress: 60,
    executed: { ...ZERO, sep: 400_000 },
  }),
  record({
    id: 'r2',
    actionId: 'a1',
    cycleId: 'c2',
    level: 'completa',
    progress: 100,
    executed: { ...ZERO, sep: 1_200_000 },
    recordedAt: at('2026-08-20'),
  }),
  record({
    id: 'r3',
    actionId: 'a2',
    cycleId: 'c1',
    level: 'parcial',
    progress: 30,
    executed: { ...ZERO, sep: 1_000_000, pie: 350_000 },
  }),
  record({ id: 'r4', actionId: 'a3', cycleId: 'c2', level: 'no-efectuada', progress: 0, recordedAt: at('2026-08-20') }),
  record({
    id: 'r5',
    actionId: 'a4',
    cycleId: 'c1',
    level: 'avanzada',
    progress: 80,
    executed: { ...ZERO, sep: 500_000 },
  }),
  // Two people record a4 in c2: the later one counts.
  record({
    id: 'r6',
    actionId: 'a4',
    cycleId: 'c2',
    level: 'inicial',
    progress: 10,
    recordedBy: 'Director',
    recordedAt: at('2026-08-01'),
  }),
  record({
    id: 'r7',
    actionId: 'a4',
    cycleId: 'c2',
    level: 'avanzada',
    progress: 90,
    executed: { ...ZERO, sep: 600_000 },
    recordedAt: at('2026-08-25'),
  }),
  record({
    id: 'r8',
    actionId: 'b1',
    cycleId: 'c2',
    level: 'completa',
    progress: 100,
    executed: { ...ZERO, sep: 999 },
  }),
];

describe('CP-2: final status from the level', () => {
  it.each([
    ['completa', 'cumplida'],
    ['avanzada', 'parcial'],
    ['adecuada', 'parcial'],
    ['parcial', 'parcial'],
    ['inicial', 'parcial'],
    ['no-efectuada', 'no-realizada'],
  ] as const)('%s → %s', (level, outcome) => expect(outcomeOfLevel(level)).toBe(outcome));
  it('no record → no-realizada', () => expect(outcomeOfLevel(null)).toBe('no-realizada'));
  it('covers every Mineduc level', () => expect(IMPLEMENTATION_LEVEL_CODES.map(outcomeOfLevel)).toHaveLength(6));
});

describe('CP-1/CP-3: per action, from the latest record over the cycles', () => {
  it('takes the last cycle with a record and its effective record', () => {
    expect(
      actionCompliance(actions, records, CYCLES).map((a) => [a.actionId, a.outcome, a.progress, a.recordId]),
    ).toEqual([
      ['a5', 'no-realizada', 0, null],
      ['a1', 'cumplida', 100, 'r2'],
      ['a2', 'parcial', 30, 'r3'],
      ['a3', 'no-realizada', 0, 'r4'],
      ['a4', 'parcial', 90, 'r7'],
    ]);
  });
  it('without cycles nothing counts', () => {
    expect(
      actionCompliance(actions, records, []).every((a) => a.outcome === 'no-realizada' && a.recordId === null),
    ).toBe(true);
  });
});

describe('CP-4/CP-5: by dimension, by estrategia and total', () => {
  const report = complianceReport({ actions, strategies: plan.strategies, records, cycles: CYCLES });
  const row = (g: (typeof report)['total']) => [
    g.key,
    g.actions,
    g.counts.cumplida,
    g.counts.parcial,
    g.counts['no-realizada'],
    g.meanProgress,
    g.planned,
    g.executed,
    g.executedPercent,
  ];

  it('by dimension: every dimension listed, empty ones with nulls', () => {
    expect(report.byDimension.map(row)).toEqual([
      ['LID', 1, 0, 0, 1, 0, 0, 0, null],
      // GP: (100 + 30) / 2; executed 1.200.000 + 1.350.000 of 4.000.000 = 63,75 → 63,8 (budgetExecution rounds)
      ['GP', 2, 1, 1, 0, 65, 4_000_000, 2_550_000, 63.8],
      // FC: (90 + 0) / 2; 600.000 of 875.500 = 68,53…
      ['FC', 2, 0, 1, 1, 45, 875_500, 600_000, 68.5],
      ['GR', 0, 0, 0, 0, null, 0, 0, null],
    ]);
    expect(report.byDimension[1]!.percents).toEqual({ cumplida: 50, parcial: 50, 'no-realizada': 0 });
    expect(report.byDimension[3]!.percents).toEqual({ cumplida: null, parcial: null, 'no-realizada': null });
  });

  it('by estrategia', () => {
    expect(report.byStrategy.map(row)).toEqual([
      // s1: a1, a3, a4 → (100 + 0 + 90) / 3; 1.800.000 of 1.945.500 = 92,52…
      ['s1', 3, 1, 1, 1, 190 / 3, 1_945_500, 1_800_000, 92.5],
      // sR: a2, a5 → (30 + 0) / 2; 1.350.000 of 2.930.000 = 46,07…
      ['sR', 2, 0, 1, 1, 15, 2_930_000, 1_350_000, 46.1],
    ]);
    expect(report.byStrategy[0]!.percents.cumplida).toBeCloseTo(100 / 3, 9);
  });

  it('total; the action of 2027 is left out', () => {
    expect(row(report.total)).toEqual(['total', 5, 1, 2, 2, 44, 4_875_500, 3_150_000, 64.6]);
    expect(report.total.percents).toEqual({ cumplida: 20, parcial: 40, 'no-realizada': 40 });
  });
});

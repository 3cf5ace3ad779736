import { describe, expect, it } from 'vitest';
import { goalSchema, type StrategicGoal } from '../../../../src/domain/pme/model.ts';
import {
  categorise,
  evaluationTarget,
  finalMeasurement,
  goalAchievement,
  goalAchievements,
} from '../../../../src/domain/evaluation/goals.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { measurement } from '../monitoring/fixtures.ts';

function goal(
  over: Partial<StrategicGoal> & { baselineValue?: number | null; min?: number | null } = {},
): StrategicGoal {
  const { baselineValue = 80, min = 0, ...rest } = over;
  return goalSchema.parse({
    id: 'g',
    objectiveId: 'o',
    text: 'Meta',
    indicator: { name: 'Asistencia promedio', unit: '%', min, max: 100 },
    baseline: { value: baselineValue, year: 2025, source: 'Registro' },
    targets: [{ year: 2029, value: 90 }],
    ...rest,
  });
}

describe('LM-4/LM-5: distance covered and category, hand-computed', () => {
  it.each([
    // baseline, target, final → distance %, category, covered
    ['reached exactly', 80, 90, 90, 100, 'logrado', 100],
    ['goal exceeded', 80, 90, 95, 150, 'logrado', 100],
    ['half way is parcialmente logrado', 80, 90, 85, 50, 'parcialmente-logrado', 50],
    ['just under half', 80, 90, 84.9, 49, 'no-logrado', 49],
    ['no move', 80, 90, 80, 0, 'no-logrado', 0],
    ['wrong way', 80, 90, 78, -20, 'no-logrado', 0],
    // Lower is better: abandono 8% → 2%.
    ['abandono reached', 8, 2, 2, 100, 'logrado', 100],
    ['abandono below target (exceeded)', 8, 2, 1, 350 / 3, 'logrado', 100],
    ['abandono 8 → 5: half', 8, 2, 5, 50, 'parcialmente-logrado', 50],
    ['abandono rose', 8, 2, 9, -50 / 3, 'no-logrado', 0],
    // Floating point: 37.5 → 60 in steps of a computed 0.1 is still exactly reached.
    ['float noise at the boundary', 0.1 + 0.2, 1.3, 1.3, 100, 'logrado', 100],
  ])('%s', (_, baseline, target, final, distance, category, covered) => {
    const r = categorise(baseline, target, final, 0);
    expect(r.distancePercent).toBeCloseTo(distance, 9);
    expect(r.category).toBe(category);
    expect(r.coveredPercent).toBeCloseTo(covered, 9);
    expect(r.lowerIsBetter).toBe(target < baseline);
    expect(r.wrongWay).toBe(distance < 0);
    expect(r.maintain).toBe(false);
  });

  it.each([
    // target == baseline ("mantener"): no distance; direction from the indicator's min.
    ['keep 95% attendance, got 96', 95, 96, 0, 'logrado', false],
    ['keep 95% attendance, got 94', 95, 94, 0, 'no-logrado', false],
    ['keep abandono at 0 (the floor), got 0', 0, 0, 0, 'logrado', true],
    ['keep abandono at 0 (the floor), got 2', 0, 2, 0, 'no-logrado', true],
    ['no min: higher is better', 10, 9, null, 'no-logrado', false],
  ])('mantener: %s', (_, value, final, min, category, lower) => {
    const r = categorise(value, value, final, min);
    expect(r).toMatchObject({
      maintain: true,
      distancePercent: null,
      category,
      lowerIsBetter: lower,
      coveredPercent: category === 'logrado' ? 100 : 0,
    });
  });
});

describe('LM-1, LM-2, LM-6 on goals and measurements', () => {
  const ms = [
    measurement({ id: 'm1', goalId: 'g', value: 82, date: '2026-05-30' }),
    measurement({ id: 'm3', goalId: 'g', value: 86, date: '2026-11-30' }),
    measurement({ id: 'm2', goalId: 'g', value: 85, date: '2026-11-30' }),
    measurement({ id: 'x', goalId: 'other', value: 1, date: '2026-12-30' }),
  ];

  it('final value: latest date, ties the greater id; `until` cuts later ones', () => {
    expect(finalMeasurement('g', ms)?.id).toBe('m3');
    expect(finalMeasurement('g', ms, '2026-06-30')?.id).toBe('m1');
    expect(finalMeasurement('g', ms, '2026-01-01')).toBeNull();
  });

  it("target: the cycle's final set target, or exactly the chosen year", () => {
    const targets = [
      { year: 2026, value: 82 },
      { year: 2027, value: 85 },
      { year: 2029, value: null },
      { year: 2031, value: 99 },
    ];
    expect(evaluationTarget({ targets }, 2029)).toEqual({ year: 2027, value: 85 });
    expect(evaluationTarget({ targets }, 2029, 2026)).toEqual({ year: 2026, value: 82 });
    expect(evaluationTarget({ targets }, 2029, 2029)).toBeNull();
    expect(evaluationTarget({ targets: [{ year: 2031, value: 99 }] }, 2029)).toEqual({ year: 2031, value: 99 });
  });

  it('a goal: 80 → 90 by 2029, final 86 → 60% parcialmente logrado', () => {
    const r = goalAchievement(goal(), 2029, ms);
    expect(r).toMatchObject({
      baseline: 80,
      target: { year: 2029, value: 90 },
      final: { value: 86, measurementId: 'm3' },
      category: 'parcialmente-logrado',
      missing: null,
    });
    expect(r.distancePercent).toBeCloseTo(60, 9);
  });

  it('against the year 2026 target (84): final 86 exceeds it', () => {
    const r = goalAchievement(
      goal({
        targets: [
          { year: 2026, value: 84 },
          { year: 2029, value: 90 },
        ],
      }),
      2029,
      ms,
      { targetYear: 2026 },
    );
    expect(r.distancePercent).toBeCloseTo(150, 9);
    expect([r.category, r.coveredPercent]).toEqual(['logrado', 100]);
  });

  it.each([
    ['missing final value', goal({ id: 'nothing' }), 'sin-medicion'],
    ['no baseline', goal({ baselineValue: null }), 'sin-linea-base'],
    ['no target', goal({ targets: [{ year: 2029, value: null }] }), 'sin-meta'],
  ])('sin-datos: %s', (_, g, reason) => {
    const r = goalAchievement(g, 2029, ms);
    expect([r.category, r.missing, r.distancePercent, r.coveredPercent]).toEqual(['sin-datos', reason, null, null]);
  });

  it('every goal of the PME fixture, in order (g1 37.5 → 90 by 2027; g2 0 → 6; g3 248 → 260 by 2029)', () => {
    const plan = buildPlan();
    const r = goalAchievements(plan, [
      measurement({ id: 'a', goalId: 'g1', value: 63.75, date: '2026-11-30' }),
      measurement({ id: 'b', goalId: 'g2', value: 6, date: '2026-11-30' }),
    ]);
    expect(r.map((g) => [g.goalId, g.target?.value, g.distancePercent, g.category])).toEqual([
      ['g1', 90, 50, 'parcialmente-logrado'], // (63.75 − 37.5) / (90 − 37.5) = 26.25 / 52.5
      ['g2', 6, 100, 'logrado'],
      ['g3', 260, null, 'sin-datos'],
    ]);
  });
});

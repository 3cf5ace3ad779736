import { describe, expect, it } from 'vitest';
import { actionCompliance } from '../../../../src/domain/evaluation/compliance.ts';
import { goalAchievements } from '../../../../src/domain/evaluation/goals.ts';
import {
  approachCategory,
  goalsApproach,
  objectiveEvaluations,
  strategyEvaluations,
} from '../../../../src/domain/evaluation/objectives.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, measurement, record } from '../monitoring/fixtures.ts';

const plan = buildPlan();

describe('OB-2: category of a mean covered percent', () => {
  it.each([
    [null, 'sin-datos'],
    [100, 'logrado'],
    [99.9, 'parcialmente-logrado'],
    [50, 'parcialmente-logrado'],
    [49.9, 'no-logrado'],
    [0, 'no-logrado'],
  ] as const)('%s → %s', (mean, category) => expect(approachCategory(mean)).toBe(category));
});

describe('OB-1: acercamiento a cada objetivo', () => {
  it('mean of the goals with data, each capped 0…100; sin-datos apart', () => {
    // g1 37,5 → 90: final 63,75 covers 50%; g2 0 → 6: final 6 covers 100%; g3 has no measurement.
    const achievements = goalAchievements(plan, [
      measurement({ id: 'a', goalId: 'g1', value: 63.75 }),
      measurement({ id: 'b', goalId: 'g2', value: 6 }),
    ]);
    expect(
      objectiveEvaluations(plan, achievements).map((o) => [
        o.objectiveId,
        o.meanCoveredPercent,
        o.category,
        o.goalsWithData,
        o.goalsWithoutData,
      ]),
    ).toEqual([
      ['oR', null, 'sin-datos', 0, 1],
      ['oG', 75, 'parcialmente-logrado', 2, 0],
    ]);
  });

  it('an exceeded goal counts 100, a goal that went backwards counts 0', () => {
    // g1 final 100: (100 − 37,5) / 52,5 = 119% → 100; g2 final 0 → 0%. Mean 50.
    const achievements = goalAchievements(plan, [
      measurement({ id: 'a', goalId: 'g1', value: 100 }),
      measurement({ id: 'b', goalId: 'g2', value: 0 }),
    ]);
    const oG = objectiveEvaluations(plan, achievements)[1]!;
    expect([oG.meanCoveredPercent, oG.category, oG.counts]).toEqual([
      50,
      'parcialmente-logrado',
      { logrado: 1, 'parcialmente-logrado': 0, 'no-logrado': 1, 'sin-datos': 0 },
    ]);
    const wrongWay = goalAchievements(plan, [measurement({ id: 'c', goalId: 'g3', value: 240 })]).find(
      (g) => g.goalId === 'g3',
    )!;
    expect(goalsApproach([wrongWay])).toMatchObject({ meanCoveredPercent: 0, category: 'no-logrado' });
  });
});

describe('OB-3: evaluación de cada estrategia', () => {
  it("mean cumplimiento of its actions and the acercamiento of its objective's goals", () => {
    const actions = plan.actions.filter((a) => a.year === 2026);
    const compliance = actionCompliance(
      actions,
      [
        record({ id: 'r1', actionId: 'a1', level: 'completa', progress: 100 }),
        record({ id: 'r2', actionId: 'a4', level: 'adecuada', progress: 50 }),
        record({ id: 'r3', actionId: 'a2', level: 'inicial', progress: 20 }),
      ],
      CYCLES,
    );
    const achievements = goalAchievements(plan, [
      measurement({ id: 'a', goalId: 'g1', value: 63.75 }),
      measurement({ id: 'b', goalId: 'g2', value: 6 }),
    ]);
    expect(
      strategyEvaluations(plan, compliance, achievements).map((s) => [
        s.strategyId,
        s.actions,
        s.meanCompliance,
        s.cumplidaPercent,
        s.goals.meanCoveredPercent,
        s.goals.category,
      ]),
    ).toEqual([
      // s1: a1 100, a3 none (0), a4 50 → 50; 1 of 3 cumplida.
      ['s1', 3, 50, expect.closeTo(100 / 3, 9), 75, 'parcialmente-logrado'],
      // sR: a2 20, a5 none → 10.
      ['sR', 2, 10, 0, null, 'sin-datos'],
    ]);
  });

  it('a strategy without actions is listed with nulls', () => {
    const [s1] = strategyEvaluations(plan, [], []);
    expect([s1!.actions, s1!.meanCompliance, s1!.cumplidaPercent, s1!.goals.category]).toEqual([
      0,
      null,
      null,
      'sin-datos',
    ]);
  });
});

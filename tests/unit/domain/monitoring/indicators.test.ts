import { describe, expect, it } from 'vitest';
import { expectedValue, indicatorTrend, statusOf, targetFor } from '../../../../src/domain/monitoring/indicators.ts';
import { goalSchema } from '../../../../src/domain/pme/model.ts';
import { CYCLES, measurement } from './fixtures.ts';

// Baseline 40 → target 80 over 2026 (start 2026-01-01 → end 2026-12-31): distance 40, tolerances 4 and 10.
describe('IN-3 status (higher is better)', () => {
  it.each([
    [70, 60, 'en-camino'], // ahead
    [60, 60, 'en-camino'], // exactly expected
    [56, 60, 'en-camino'], // gap −4 = −10% boundary
    [55.9, 60, 'en-riesgo'],
    [50, 60, 'en-riesgo'], // gap −10 = −25% boundary
    [49.9, 60, 'desviado'],
  ] as const)('measured %s vs expected %s → %s', (m, e, s) => {
    expect(statusOf(m, e, 40, 80)).toBe(s);
  });
});

describe('IN-3 status (lower is better: target < baseline)', () => {
  // Baseline 20 (% atrasos) → target 10: distance 10, tolerances 1 and 2,5.
  it.each([
    [12, 15, 'en-camino'],
    [16, 15, 'en-camino'],
    [16.1, 15, 'en-riesgo'],
    [17.5, 15, 'en-riesgo'],
    [17.6, 15, 'desviado'],
  ] as const)('measured %s vs expected %s → %s', (m, e, s) => {
    expect(statusOf(m, e, 20, 10)).toBe(s);
  });
});

describe('IN-3 status (maintain: target = baseline)', () => {
  it.each([
    [90, 'en-camino'],
    [81, 'en-camino'],
    [80.9, 'en-riesgo'],
    [67.5, 'en-riesgo'],
    [67.4, 'desviado'],
  ] as const)('baseline = target = 90, measured %s → %s', (m, s) => {
    expect(statusOf(m, 90, 90, 90)).toBe(s);
  });
  it('a target of 0 uses a distance of 1', () => {
    expect(statusOf(0.1, 0, 0, 0)).toBe('en-camino');
    expect(statusOf(-0.2, 0, 0, 0)).toBe('en-riesgo');
  });
});

describe('IN-1 and IN-2', () => {
  const goal = goalSchema.parse({
    id: 'g',
    objectiveId: 'o',
    text: 'Meta',
    indicator: { name: 'Asistencia', unit: '%', min: 0, max: 100 },
    baseline: { value: 40, year: 2025, source: '' },
    targets: [
      { year: 2029, value: 90 },
      { year: 2026, value: 80 },
      { year: 2027, value: null },
    ],
  });
  it.each([
    ['2026-05-30', { year: 2026, value: 80 }],
    ['2027-05-30', { year: 2029, value: 90 }], // 2027 has no value: the next set one
    ['2031-01-01', { year: 2029, value: 90 }], // past every target: the last
  ] as const)('target on %s', (d, t) => {
    expect(targetFor(goal, d)).toEqual(t);
  });

  it('is linear between Jan 1 of the first year and Dec 31 of the target year, clamped', () => {
    expect(expectedValue(40, 80, 2026, 2026, '2025-06-01')).toBe(40);
    expect(expectedValue(40, 80, 2026, 2026, '2026-01-01')).toBe(40);
    expect(expectedValue(40, 80, 2026, 2026, '2026-12-31')).toBe(80);
    expect(expectedValue(40, 80, 2026, 2026, '2027-03-01')).toBe(80);
    expect(expectedValue(40, 80, 2026, 2026, '2026-07-02')).toBeCloseTo(40 + 40 * (182 / 364), 9);
    expect(expectedValue(20, 10, 2026, 2027, '2026-12-31')).toBeCloseTo(20 - 10 * (364 / 729), 9);
  });
});

describe('indicatorTrend', () => {
  const goal = goalSchema.parse({
    id: 'g1',
    objectiveId: 'o',
    text: 'Meta',
    indicator: { name: 'Cursos con lectura', unit: '%', min: 0, max: 100 },
    baseline: { value: 40, year: 2025, source: '' },
    targets: [{ year: 2026, value: 80 }],
  });

  it('one point per cycle, latest measurement of the cycle, sin-datos where none', () => {
    const ms = [
      measurement({ id: 'm1', value: 30, date: '2026-05-10', cycleId: 'c1' }),
      measurement({ id: 'm2', value: 55, date: '2026-05-30', cycleId: 'c1' }),
      measurement({ id: 'm3', value: 50, date: '2026-08-30', cycleId: 'c2' }),
      measurement({ id: 'x', goalId: 'other', cycleId: 'c1' }),
    ];
    const t = indicatorTrend(goal, 2026, CYCLES.slice(0, 3), ms);
    expect(t.points.map((p) => [p.cycleId, p.value, p.status, p.measurementIds])).toEqual([
      ['c1', 55, 'en-camino', ['m1', 'm2']], // expected ≈ 56,4 on May 30
      ['c2', 50, 'desviado', ['m3']], // expected ≈ 66,3 on Aug 30: gap −16,3 < −10
      ['c3', null, 'sin-datos', []],
    ]);
    expect(t.status).toBe('sin-datos');
    expect(t.lowerIsBetter).toBe(false);
  });

  it('sin-meta without a baseline value or a target', () => {
    const noBase = { ...goal, baseline: { ...goal.baseline, value: null } };
    expect(indicatorTrend(noBase, 2026, CYCLES.slice(0, 1), [measurement()]).status).toBe('sin-meta');
    const noTarget = { ...goal, targets: [] };
    expect(indicatorTrend(noTarget, 2026, CYCLES.slice(0, 1), [measurement()]).points[0]?.status).toBe('sin-meta');
  });

  it('lower is better when the target is below the baseline', () => {
    const down = { ...goal, baseline: { ...goal.baseline, value: 20 }, targets: [{ year: 2026, value: 10 }] };
    const t = indicatorTrend(down, 2026, CYCLES.slice(0, 1), [measurement({ value: 16 })]);
    expect(t.lowerIsBetter).toBe(true);
    expect(t.points[0]?.status).toBe('en-camino'); // expected ≈ 15,9; gap −0,1
  });
});

import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../../src/domain/diagnosis/aggregation.ts';
import { classifyMean, proposeFindings } from '../../../../src/domain/diagnosis/findings.ts';
import type { Instrument, Response, ScaleAnswer, StakeholderGroup } from '../../../../src/domain/diagnosis/model.ts';
import type { SubdimensionCode } from '../../../../src/domain/mge/modelo.ts';

/** One item per subdimension; response i answers values[i] for each subdimension listed. */
function aggWith(values: Partial<Record<SubdimensionCode, ScaleAnswer[]>>, group: StakeholderGroup = 'docentes') {
  const subs = Object.keys(values) as SubdimensionCode[];
  const ins: Instrument = {
    id: `q-${group}`,
    group,
    title: 'Cuestionario',
    version: 1,
    items: subs.map((s) => ({ id: `i-${s}`, kind: 'scale' as const, subdimension: s, text: s })),
  };
  const max = Math.max(0, ...subs.map((s) => values[s]?.length ?? 0));
  const responses: Response[] = Array.from({ length: max }, (_, i) => {
    const answers: Response['answers'] = {};
    for (const s of subs) {
      const v = values[s]?.[i];
      if (v !== undefined) answers[`i-${s}`] = v;
    }
    return {
      id: `${group}-${i}`,
      instrumentId: ins.id,
      instrumentVersion: 1,
      group,
      mode: 'paper',
      startedAt: 'x',
      completedAt: 'x',
      answers,
      openAnswers: {},
    };
  });
  return { ins, responses };
}

describe('proposeFindings: boundaries of the default thresholds', () => {
  const { ins, responses } = aggWith({
    'LID-1': [3, 3, 3, 3, 3], // 15/5 = 3.0 → fortaleza (inclusive)
    'LID-2': [3, 3, 3, 3, 2], // 14/5 = 2.8 → en desarrollo
    'LID-3': [2, 2, 2, 2, 2, 2, 3, 3], // 18/8 = 2.25 → debilidad (inclusive)
    'GP-1': [2, 2, 2, 2, 2, 3, 3, 3], // 19/8 = 2.375 → en desarrollo
    'GP-2': [4, 4, 4, 4], // n 4 < 5 → sin datos
    'GP-3': [4, 4, 4, 4, 'ns', 'ns'], // n 4 (ns not counted) → sin datos
    'FC-1': [1, 1, 1, 1, 1], // 1.0 → debilidad
    'FC-2': [4, 4, 4, 4, 3], // 19/5 = 3.8 → fortaleza
    'FC-3': [4, 4, 4, 4, 4], // 4.0 → fortaleza
  });
  const findings = proposeFindings(aggregateDiagnosis([ins], responses, {}));
  const kindOf = (code: string) => findings.find((f) => f.code === code)?.kind;

  it.each([
    ['LID-1', 'fortaleza'],
    ['LID-2', 'en-desarrollo'],
    ['LID-3', 'debilidad'],
    ['GP-1', 'en-desarrollo'],
    ['GP-2', 'sin-datos'],
    ['GP-3', 'sin-datos'],
    ['FC-1', 'debilidad'],
    ['FC-2', 'fortaleza'],
    ['GR-1', 'sin-datos'],
  ])('%s → %s', (code, kind) => {
    expect(kindOf(code)).toBe(kind);
  });

  it('orders weaknesses lowest first, then strengths highest first, then the rest', () => {
    expect(findings.map((f) => f.code)).toEqual([
      'FC-1',
      'LID-3', // debilidades 1.0, 2.25
      'FC-3',
      'FC-2',
      'LID-1', // fortalezas 4.0, 3.8, 3.0
      'GP-1',
      'LID-2', // en desarrollo 2.375, 2.8
      'GP-2',
      'GP-3',
      'GR-1',
      'GR-2',
      'GR-3', // sin datos, MGE order
    ]);
    expect(findings[0]).toEqual({
      code: 'FC-1',
      dimension: 'FC',
      label: 'Formación',
      mean: 1,
      n: 5,
      kind: 'debilidad',
    });
  });

  it('keeps the mean unrounded and null when there are no answers', () => {
    expect(findings.find((f) => f.code === 'GP-1')?.mean).toBe(2.375);
    expect(findings.find((f) => f.code === 'GR-1')?.mean).toBeNull();
  });
});

describe('proposeFindings: options', () => {
  it('reaches sin datos → classified at exactly minAnswers', () => {
    expect(classifyMean(4, 4)).toBe('sin-datos');
    expect(classifyMean(4, 5)).toBe('fortaleza');
    expect(classifyMean(2.9999999, 5)).toBe('en-desarrollo');
    expect(classifyMean(2.2500001, 5)).toBe('en-desarrollo');
    expect(classifyMean(null, 100)).toBe('sin-datos');
  });

  it('applies custom thresholds', () => {
    const { ins, responses } = aggWith({ 'LID-1': [3, 3], 'LID-2': [2, 3] }); // 3.0 and 2.5
    const f = proposeFindings(aggregateDiagnosis([ins], responses, {}), {
      strength: 3.5,
      weakness: 2.5,
      minAnswers: 2,
    });
    expect(f.slice(0, 2).map((x) => [x.code, x.kind])).toEqual([
      ['LID-2', 'debilidad'],
      ['LID-1', 'en-desarrollo'],
    ]);
  });

  it('can decide on the group-balanced mean', () => {
    // docentes LID-1: 1,1 (mean 1); estudiantes LID-1: 4 ×8 (mean 4)
    // by answers: (2 + 32) / 10 = 3.4 → fortaleza; by groups: (1 + 4) / 2 = 2.5 → en desarrollo
    const a = aggWith({ 'LID-1': [1, 1] }, 'docentes');
    const b = aggWith({ 'LID-1': [4, 4, 4, 4, 4, 4, 4, 4] }, 'estudiantes');
    const agg = aggregateDiagnosis([a.ins, b.ins], [...a.responses, ...b.responses], {});
    expect(proposeFindings(agg)[0]).toMatchObject({ code: 'LID-1', mean: 3.4, kind: 'fortaleza' });
    expect(proposeFindings(agg, undefined, 'groups')[0]).toMatchObject({
      code: 'LID-1',
      mean: 2.5,
      kind: 'en-desarrollo',
    });
  });

  it('rejects a weakness threshold above the strength threshold', () => {
    const { ins, responses } = aggWith({ 'LID-1': [3] });
    expect(() =>
      proposeFindings(aggregateDiagnosis([ins], responses, {}), { strength: 2, weakness: 3, minAnswers: 1 }),
    ).toThrow(RangeError);
  });
});

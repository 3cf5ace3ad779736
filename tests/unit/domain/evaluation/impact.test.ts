import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../../src/domain/diagnosis/aggregation.ts';
import type { Response } from '../../../../src/domain/diagnosis/model.ts';
import { READY_MADE_INSTRUMENTS } from '../../../../src/domain/diagnosis/templates.ts';
import { participatoryImpact, resultsSeries } from '../../../../src/domain/evaluation/impact.ts';
import { EVALUATION_INSTRUMENTS } from '../../../../src/domain/evaluation/templates.ts';
import { efficiencyYearSchema, idpsResultSchema, simceResultSchema } from '../../../../src/domain/results/schemas.ts';

function response(id: string, instrumentId: string, group: Response['group'], answers: Response['answers']): Response {
  return {
    id,
    instrumentId,
    instrumentVersion: 1,
    group,
    mode: 'kiosk',
    startedAt: '2026-04-01T10:00:00Z',
    completedAt: '2026-04-01T10:10:00Z',
    answers,
    openAnswers: {},
  };
}

function firstScaleItem(instrumentId: string, sub: string, list = READY_MADE_INSTRUMENTS): string {
  const ins = list.find((i) => i.id === instrumentId)!;
  return ins.items.find((i) => i.kind === 'scale' && i.subdimension === sub)!.id;
}

describe('IM-1/IM-2: diagnosis vs evaluation scores', () => {
  // Diagnosis: docentes LID-2 → 2 and 3 (mean 2,5); estudiantes LID-2 → 1. Every answer alike: 6 / 3 = 2.
  const before = aggregateDiagnosis(
    READY_MADE_INSTRUMENTS,
    [
      response('r1', 'tpl-docentes', 'docentes', { 'doc-LID2-1': 2, 'doc-LID2-2': 3 }),
      response('r2', 'tpl-estudiantes', 'estudiantes', { 'est-LID2-1': 1, 'est-LID2-2': 'ns' }),
    ],
    {},
  );
  // Evaluation (the evaluation instruments through the same engine): docentes 4 and 3 (3,5); estudiantes 3: 10 / 3.
  const after = aggregateDiagnosis(
    EVALUATION_INSTRUMENTS,
    [
      response('e1', 'eval-docentes', 'docentes', { 'evdoc-LID2-i1': 4, 'evdoc-LID2-e1': 3 }),
      response('e2', 'eval-estudiantes', 'estudiantes', { 'evest-LID2-i1': 3 }),
      response('e3', 'eval-estudiantes', 'estudiantes', { 'evest-GP2-i1': 2 }),
    ],
    {},
  );
  const impact = participatoryImpact(before, after);

  it("IM-2 per dimension: overall over the compared groups with every answer alike (the Informe Diagnóstico's average), and per group", () => {
    const lid = impact.dimensions[0]!;
    expect(lid.code).toBe('LID');
    expect(impact.groups).toEqual({ compared: ['docentes', 'estudiantes'], onlyDiagnosis: [], onlyEvaluation: [] });
    expect(lid.overall).toEqual({ before: 2, after: 10 / 3, delta: 10 / 3 - 2, nBefore: 3, nAfter: 3 });
    expect(lid.diagnosisAll).toBe(before.dimensions.LID.mean);
    expect(lid.groups.docentes).toEqual({ before: 2.5, after: 3.5, delta: 1, nBefore: 2, nAfter: 2 });
    expect(lid.groups.estudiantes).toEqual({ before: 1, after: 3, delta: 2, nBefore: 1, nAfter: 1 });
    expect(lid.groups.directivos).toEqual({ before: null, after: null, delta: null, nBefore: 0, nAfter: 0 });
  });

  it('a side without answers gives no delta', () => {
    const gp = impact.dimensions.find((d) => d.code === 'GP')!;
    expect(gp.overall).toEqual({ before: null, after: 2, delta: null, nBefore: 0, nAfter: 1 });
  });

  it('IM-2 like with like: a group that answered one side only stays out of the overall row and is named', () => {
    // The diagnosis adds apoderados (LID-2 → 1), the evaluation adds directivos (LID-2 → 4):
    // neither moves the comparison.
    const d2 = aggregateDiagnosis(
      READY_MADE_INSTRUMENTS,
      [
        response('r1', 'tpl-docentes', 'docentes', { 'doc-LID2-1': 2, 'doc-LID2-2': 3 }),
        response('r3', 'tpl-apoderados', 'apoderados', { [firstScaleItem('tpl-apoderados', 'LID-2')]: 1 }),
      ],
      {},
    );
    const e2 = aggregateDiagnosis(
      EVALUATION_INSTRUMENTS,
      [
        response('e1', 'eval-docentes', 'docentes', { 'evdoc-LID2-i1': 4, 'evdoc-LID2-e1': 3 }),
        response('e4', 'eval-directivos', 'directivos', {
          [firstScaleItem('eval-directivos', 'LID-2', EVALUATION_INSTRUMENTS)]: 4,
        }),
      ],
      {},
    );
    const i2 = participatoryImpact(d2, e2);
    expect(i2.groups).toEqual({
      compared: ['docentes'],
      onlyDiagnosis: ['apoderados'],
      onlyEvaluation: ['directivos'],
    });
    const lid = i2.dimensions[0]!;
    expect(lid.overall).toEqual({ before: 2.5, after: 3.5, delta: 1, nBefore: 2, nAfter: 2 });
    expect(lid.diagnosisAll).toBe(2);
    expect(lid.diagnosisAll).toBe(d2.dimensions.LID.mean);
  });

  it('per subdimension, every one of the 12 listed', () => {
    expect(impact.subdimensions).toHaveLength(12);
    expect(impact.subdimensions.find((s) => s.code === 'LID-2')!.overall.delta).toBe(10 / 3 - 2);
  });
});

describe('IM-3: results over the years as series', () => {
  const simce = (year: number, test: string, average: number | null) =>
    simceResultSchema.parse({
      test,
      grade: '4b',
      year,
      average,
      studentsTested: 30,
      diffPrevious: null,
      diffGroup: null,
      socioeconomicGroup: 2,
      pctInsuficiente: null,
      pctElemental: null,
      pctAdecuado: null,
    });
  const data = {
    simce: [
      simce(2024, 'lectura', 248),
      simce(2022, 'lectura', 240),
      simce(2025, 'lectura', null),
      simce(2024, 'matematica', 231),
    ],
    idps: [
      idpsResultSchema.parse({ indicator: 'CC', grade: '4b', year: 2023, score: 70 }),
      idpsResultSchema.parse({ indicator: 'CC', grade: '4b', year: 2024, score: 74 }),
    ],
    efficiency: [2023, 2024, 2025].map((year, i) =>
      efficiencyYearSchema.parse({
        year,
        matricula: 100 + i,
        asistenciaPct: 88 + i,
        retencionPct: null,
        aprobacionPct: 95,
        reprobacionPct: 5 - i,
        repitenciaPct: null,
      }),
    ),
  };

  it('one series per indicator with points sorted by year, nulls skipped, delta last − first', () => {
    expect(
      resultsSeries(data).map((s) => [
        s.key,
        s.points.map((p) => `${p.year}:${p.value}`).join(' '),
        s.delta,
        s.lowerIsBetter,
      ]),
    ).toEqual([
      ['simce|4b|lectura', '2022:240 2024:248', 8, false],
      ['simce|4b|matematica', '2024:231', null, false],
      ['idps|4b|CC', '2023:70 2024:74', 4, false],
      ['eficiencia|matricula', '2023:100 2024:101 2025:102', 2, false],
      ['eficiencia|asistenciaPct', '2023:88 2024:89 2025:90', 2, false],
      ['eficiencia|aprobacionPct', '2023:95 2024:95 2025:95', 0, false],
      ['eficiencia|reprobacionPct', '2023:5 2024:4 2025:3', -2, true],
    ]);
    expect(resultsSeries(data)[0]!.label).toBe('SIMCE Lectura 4° básico');
  });

  it('limited to a range of years', () => {
    expect(resultsSeries(data, { fromYear: 2024, toYear: 2024 }).map((s) => [s.key, s.points.length])).toEqual([
      ['simce|4b|lectura', 1],
      ['simce|4b|matematica', 1],
      ['idps|4b|CC', 1],
      ['eficiencia|matricula', 1],
      ['eficiencia|asistenciaPct', 1],
      ['eficiencia|aprobacionPct', 1],
      ['eficiencia|reprobacionPct', 1],
    ]);
  });
});

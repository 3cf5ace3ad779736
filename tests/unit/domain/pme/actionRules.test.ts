import { describe, expect, it } from 'vitest';
import { validateAction, validateForFinalVersion } from '../../../../src/domain/pme/actionRules.ts';
import { defaultSchoolYear } from '../../../../src/domain/shared/schoolYear.ts';
import type { SchoolYear } from '../../../../src/domain/pme/actionRules.ts';
import { actionSchema } from '../../../../src/domain/pme/model.ts';
import type { PmePlan } from '../../../../src/domain/pme/model.ts';
import { actionInput } from './fixtures.ts';

const sy: SchoolYear = {
  start: '2026-03-02',
  end: '2026-12-18',
  winterBreak: { start: '2026-06-22', end: '2026-07-03' },
};
const action = (over: Parameters<typeof actionInput>[0] = {}) => actionSchema.parse(actionInput(over));
const codes = (a: ReturnType<typeof action>, y: SchoolYear = sy) =>
  validateAction(a, y).map((p) => `${p.code}@${p.field}`);

describe('default school year', () => {
  it('is March 1 – December 20 without winter break', () => {
    expect(defaultSchoolYear(2026)).toEqual({ start: '2026-03-01', end: '2026-12-20' });
  });
});

describe('validateAction: dates', () => {
  it('accepts the exact boundaries of the school year and a one-day action', () => {
    expect(codes(action({ fechaInicio: '2026-03-02', fechaTermino: '2026-12-18' }))).toEqual([]);
    expect(codes(action({ fechaInicio: '2026-05-04', fechaTermino: '2026-05-04' }))).toEqual([]);
  });

  it('rejects one day before the start and one day after the end', () => {
    const p = validateAction(action({ fechaInicio: '2026-03-01', fechaTermino: '2026-12-19' }), sy);
    expect(p.map((x) => `${x.code}@${x.field}`)).toEqual([
      'outside-school-year@fechaInicio',
      'outside-school-year@fechaTermino',
    ]);
    expect(p[0]?.message).toBe(
      'La acción queda fuera del año escolar: el 01-03-2026 no está entre el 02-03-2026 y el 18-12-2026',
    );
  });

  it('rejects an end one day before the start', () => {
    const p = validateAction(action({ fechaInicio: '2026-05-05', fechaTermino: '2026-05-04' }), sy);
    expect(p).toEqual([
      { code: 'end-before-start', field: 'fechaTermino', message: 'La fecha de término es anterior a la de inicio' },
    ]);
  });

  it('allows spanning or touching the winter break, not lying entirely inside it', () => {
    expect(codes(action({ fechaInicio: '2026-06-01', fechaTermino: '2026-07-31' }))).toEqual([]);
    expect(codes(action({ fechaInicio: '2026-07-03', fechaTermino: '2026-07-10' }))).toEqual([]);
    expect(validateAction(action({ fechaInicio: '2026-06-22', fechaTermino: '2026-07-03' }), sy)).toEqual([
      {
        code: 'outside-school-year',
        field: 'fechaInicio',
        message: 'La acción queda fuera del año escolar: cae completa en las vacaciones de invierno',
      },
    ]);
  });

  it('reports malformed dates from merged data', () => {
    expect(codes({ ...action(), fechaInicio: '2026-02-29' })).toEqual(['invalid-date@fechaInicio']);
  });
});

describe('validateAction: other fields', () => {
  it('flags missing responsable, medios de verificación and a foreign subdimension', () => {
    const merged = { ...action(), responsable: '  ', mediosVerificacion: [' '], subdimensiones: ['LID-1' as const] };
    expect(validateAction(merged, sy)).toEqual([
      { code: 'no-responsible', field: 'responsable', message: 'La acción no tiene responsable' },
      {
        code: 'no-means-of-verification',
        field: 'mediosVerificacion',
        message: 'La acción no tiene medios de verificación',
      },
      {
        code: 'subdimension-outside-dimension',
        field: 'subdimensiones',
        message: 'Hay subdimensiones que no pertenecen a la dimensión de la acción',
      },
    ]);
  });
});

describe('validateForFinalVersion', () => {
  const objective = (id: string, text: string, dimension: PmePlan['objectives'][number]['dimension'] = 'GP') => ({
    id,
    dimension,
    text,
    priorityIds: ['p1'],
  });
  const goal = {
    id: 'g1',
    objectiveId: 'o1',
    text: 'Meta',
    indicator: { name: 'Lectura', unit: '%' as const, min: 0, max: 100 },
    baseline: { value: 40, year: 2025, source: 'DIA' },
    targets: [{ year: 2029, value: 60 }],
  };
  // One objective per area (LID, GP, FC, GR, RES), each with a meta and an estrategia.
  const AREAS = ['LID', 'GP', 'FC', 'GR', 'RES'] as const;
  const complete = {
    objectives: AREAS.map((d, i) => objective(`o${i + 1}`, `Objetivo de ${d}`, d)),
    goals: AREAS.map((_, i) => ({ ...goal, id: `g${i + 1}`, objectiveId: `o${i + 1}` })),
    strategies: AREAS.map((_, i) => ({ id: `s${i + 1}`, objectiveId: `o${i + 1}`, text: 'Estrategia' })),
  };
  const plan = (
    over: Partial<PmePlan> = {},
  ): Pick<PmePlan, 'objectives' | 'goals' | 'strategies' | 'actions' | 'annual'> => ({
    ...complete,
    actions: [action()],
    annual: [{ year: 2026, schoolYear: sy, declaredSep: null }],
    ...over,
  });

  it('VF-1 passes a complete plan', () => {
    expect(validateForFinalVersion(plan())).toEqual([]);
  });

  it('VF-1 an area (dimension or área de resultados) with no objective is a problem, in MGE order', () => {
    const keep = (codes: readonly string[]) => ({
      objectives: complete.objectives.filter((o) => codes.includes(o.dimension)),
      goals: complete.goals.filter((g) =>
        codes.includes(complete.objectives.find((o) => o.id === g.objectiveId)!.dimension),
      ),
      strategies: complete.strategies.filter((s) =>
        codes.includes(complete.objectives.find((o) => o.id === s.objectiveId)!.dimension),
      ),
    });
    expect(validateForFinalVersion(plan(keep(['GP'])))).toEqual([
      {
        code: 'area-without-objective',
        area: 'LID',
        message: 'La dimensión Liderazgo no tiene objetivos estratégicos',
      },
      {
        code: 'area-without-objective',
        area: 'FC',
        message: 'La dimensión Formación y Convivencia no tiene objetivos estratégicos',
      },
      {
        code: 'area-without-objective',
        area: 'GR',
        message: 'La dimensión Gestión de Recursos no tiene objetivos estratégicos',
      },
      { code: 'area-without-objective', area: 'RES', message: 'El área de resultados no tiene objetivos estratégicos' },
    ]);
    expect(validateForFinalVersion(plan(keep(['LID', 'GP', 'FC', 'GR']))).map((p) => `${p.code}@${p.area}`)).toEqual([
      'area-without-objective@RES',
    ]);
  });

  it('VF-1 lists every blocking problem: areas, objectives (meta, estrategia), then actions in order', () => {
    const actions = [
      action({
        id: 'x1',
        nombre: 'Taller de lectura',
        responsable: '',
        fechaInicio: '2026-06-01',
        fechaTermino: '2026-05-01',
      }),
      action({ id: 'x2', nombre: 'Jornada de convivencia', mediosVerificacion: [], fechaTermino: '2026-12-19' }),
      action({ id: 'x3', nombre: 'Acción 2027', year: 2027, fechaInicio: '2027-03-01', fechaTermino: '2027-12-20' }),
    ];
    const objectives = [...complete.objectives, objective('o9', 'Fortalecer la convivencia escolar', 'FC')];
    expect(
      validateForFinalVersion(
        plan({ objectives, actions, strategies: complete.strategies.filter((s) => s.id !== 's2') }),
      ),
    ).toEqual([
      {
        code: 'objective-without-strategy',
        objectiveId: 'o2',
        message: 'El objetivo «Objetivo de GP» no tiene estrategias',
      },
      {
        code: 'objective-without-goal',
        objectiveId: 'o9',
        message: 'El objetivo «Fortalecer la convivencia escolar» no tiene metas estratégicas',
      },
      {
        code: 'objective-without-strategy',
        objectiveId: 'o9',
        message: 'El objetivo «Fortalecer la convivencia escolar» no tiene estrategias',
      },
      {
        code: 'end-before-start',
        actionId: 'x1',
        field: 'fechaTermino',
        message: 'Acción «Taller de lectura»: La fecha de término es anterior a la de inicio',
      },
      {
        code: 'no-responsible',
        actionId: 'x1',
        field: 'responsable',
        message: 'Acción «Taller de lectura»: La acción no tiene responsable',
      },
      {
        code: 'outside-school-year',
        actionId: 'x2',
        field: 'fechaTermino',
        message:
          'Acción «Jornada de convivencia»: La acción queda fuera del año escolar: el 19-12-2026 no está entre el 02-03-2026 y el 18-12-2026',
      },
      {
        code: 'no-means-of-verification',
        actionId: 'x2',
        field: 'mediosVerificacion',
        message: 'Acción «Jornada de convivencia»: La acción no tiene medios de verificación',
      },
    ]);
  });

  it('VF-1 uses the default school year for a year without settings; an empty plan misses every area and its actions', () => {
    const p = validateForFinalVersion({
      objectives: [],
      goals: [],
      strategies: [],
      actions: [action({ year: 2027, fechaInicio: '2027-02-28', fechaTermino: '2027-03-01' })],
      annual: [],
    });
    expect(p.map((x) => x.code)).toEqual([...AREAS.map(() => 'area-without-objective'), 'outside-school-year']);
    expect(validateForFinalVersion(plan({ actions: [] })).map((x) => x.code)).toEqual(['no-actions']);
  });
});

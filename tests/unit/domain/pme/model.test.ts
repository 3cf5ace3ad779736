import { describe, expect, it } from 'vitest';
import {
  FUNDING_SOURCES,
  PME_AREAS,
  actionSchema,
  cycleYears,
  emptyFunding,
  goalSchema,
  objectiveSchema,
} from '../../../../src/domain/pme/model.ts';
import { actionInput } from './fixtures.ts';

const messages = (r: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('action schema', () => {
  it('accepts a realistic action and brands amounts as pesos', () => {
    const parsed = actionSchema.parse(actionInput());
    expect(parsed.financiamiento.sep).toBe(1_250_000);
    expect(parsed.subdimensiones).toEqual(['GP-1', 'GP-2']);
  });

  it('accepts a draft without responsable nor medios de verificación (blocking only for Versión Final)', () => {
    expect(actionSchema.safeParse(actionInput({ responsable: '', mediosVerificacion: [] })).success).toBe(true);
  });

  it('rejects a subdimension of another dimension', () => {
    expect(messages(actionSchema.safeParse(actionInput({ subdimensiones: ['GP-1', 'FC-2'] })))).toEqual([
      'subdimensiones: Hay subdimensiones que no pertenecen a la dimensión de la acción',
    ]);
  });

  it('rejects an empty name, no subdimension, a bad date and decimal or negative amounts, in Spanish', () => {
    const r = actionSchema.safeParse(
      actionInput({
        nombre: '   ',
        subdimensiones: [],
        fechaInicio: '2026-02-30',
        fechaTermino: '30-11-2026',
        financiamiento: { ...actionInput().financiamiento, pie: 10.5, otro: -1 },
      }),
    );
    expect(messages(r)).toEqual([
      'nombre: Escriba el nombre de la acción',
      'subdimensiones: Elija al menos una subdimensión',
      'fechaInicio: La fecha no es válida (formato dd-mm-aaaa)',
      'fechaTermino: La fecha no es válida (formato dd-mm-aaaa)',
      'financiamiento.pie: El monto debe ser un número entero de pesos, sin decimales',
      'financiamiento.otro: El monto no puede ser negativo',
    ]);
  });

  it('rejects the área de resultados and unknown normative plans as the action dimension / plans', () => {
    const r = actionSchema.safeParse(actionInput({ dimension: 'RES' as never, subdimensiones: ['GP-1'] }));
    expect(messages(r)[0]).toBe('dimension: Elija una dimensión del Modelo de Gestión Escolar');
    expect(actionSchema.safeParse(actionInput({ planesNormativos: ['pise', 'otro' as never] })).success).toBe(false);
  });
});

describe('strategic phase', () => {
  it('has the four dimensions and the área de resultados', () => {
    expect(PME_AREAS.map((a) => a.code)).toEqual(['LID', 'GP', 'FC', 'GR', 'RES']);
    expect(PME_AREAS[4]?.label).toBe('Área de resultados');
  });

  it('lists the cycle years', () => {
    expect(cycleYears({ startYear: 2026, years: 4 })).toEqual([2026, 2027, 2028, 2029]);
  });

  it('accepts an objective of the área de resultados and rejects a blank one', () => {
    expect(
      objectiveSchema.safeParse({ id: 'o1', dimension: 'RES', text: 'Subir SIMCE', priorityIds: ['p1'] }).success,
    ).toBe(true);
    expect(messages(objectiveSchema.safeParse({ id: 'o1', dimension: 'XX', text: '', priorityIds: [] }))).toEqual([
      'dimension: Elija una dimensión o el área de resultados',
      'text: Escriba el objetivo estratégico',
    ]);
  });

  it('checks a goal indicator range and duplicate target years', () => {
    const goal = {
      id: 'g1',
      objectiveId: 'o1',
      text: 'Aumentar asistencia promedio al 90% al 2029',
      indicator: { name: 'Asistencia promedio', unit: '%', min: 0, max: 100 },
      baseline: { value: 84, year: 2025, source: 'SIGE 2025' },
      targets: [
        { year: 2026, value: 85 },
        { year: 2029, value: 90 },
      ],
    };
    expect(goalSchema.safeParse(goal).success).toBe(true);
    const bad = {
      ...goal,
      indicator: { ...goal.indicator, min: 50, max: 10 },
      targets: [...goal.targets, { year: 2026, value: 86 }],
    };
    expect(messages(goalSchema.safeParse(bad))).toEqual([
      'indicator.max: El máximo del indicador es menor que el mínimo',
      'targets: Hay dos metas para el mismo año',
    ]);
  });
});

describe('funding sources', () => {
  it('are the seven sources of the Plataforma PME, with an all-zero default', () => {
    expect(FUNDING_SOURCES.map((f) => f.label)).toEqual([
      'SEP',
      'PIE',
      'Subvención General',
      'Mantenimiento',
      'FAEP / otros fondos',
      'Aporte del sostenedor',
      'Otro',
    ]);
    expect(Object.values(emptyFunding())).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

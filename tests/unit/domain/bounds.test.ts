// B-1 bounds: for each, the edge inside, the edge outside and the Spanish message.
import { describe, expect, it } from 'vitest';
import {
  PEOPLE_MESSAGE,
  indicatorValueError,
  pasteOverflowNotice,
  passFailSumError,
  peopleCountSchema,
  textCounter,
  yearError,
  yearSchema,
} from '../../../src/domain/bounds.ts';
import { PESOS_MAX, pesosError, pesosSchema } from '../../../src/domain/shared/money.ts';
import { goalSchema } from '../../../src/domain/pme/model.ts';
import { schoolYearSchema } from '../../../src/domain/shared/schoolYear.ts';
import { efficiencyYearSchema } from '../../../src/domain/results/schemas.ts';

const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe('B-1 bounds', () => {
  it.each([
    [0, null],
    [5000, null],
    [5001, PEOPLE_MESSAGE],
    [999_999, PEOPLE_MESSAGE],
    [-1, PEOPLE_MESSAGE],
    [-3, PEOPLE_MESSAGE],
    [2.5, PEOPLE_MESSAGE],
    [Number.NaN, PEOPLE_MESSAGE],
  ])('B-1 people count %s → %s', (n, message) => {
    expect(messageOf(peopleCountSchema.safeParse(n))).toBe(message);
  });

  it('B-1 people message names the window', () => {
    expect(PEOPLE_MESSAGE).toBe('Ingrese un número entero entre 0 y 5.000');
  });

  it.each([
    [1990, null],
    [2036, null],
    [1989, 'Ingrese un año entre 1990 y 2036'],
    [2037, 'Ingrese un año entre 1990 y 2036'],
    [3000, 'Ingrese un año entre 1990 y 2036'],
    [2025.5, 'Ingrese un año entre 1990 y 2036'],
  ])('B-1 year %s with current year 2026 → %s', (y, message) => {
    expect(messageOf(yearSchema(2026).safeParse(y))).toBe(message);
    expect(yearError(y, 2026)).toBe(message);
  });

  it.each([
    [0, null],
    [5_000_000_000, null],
    [5_000_000_001, 'Ingrese un monto entero entre $ 0 y $ 5.000.000.000'],
    [99_999_999_999_999, 'Ingrese un monto entero entre $ 0 y $ 5.000.000.000'],
  ])('B-1 pesos %s → %s', (n, message) => {
    expect(pesosError(n)).toBe(message);
    expect(messageOf(pesosSchema.safeParse(n))).toBe(message);
  });

  it('B-1 the pesos ceiling is stated once', () => {
    expect(PESOS_MAX).toBe(5_000_000_000);
  });

  it.each([
    [50, 50, null],
    [60, 40.5, null],
    [
      60,
      60,
      'En 2024, aprobación (60\u00a0%) y reprobación (60\u00a0%) suman 120\u00a0%: no pueden superar 100\u00a0%',
    ],
    [
      90,
      10.6,
      'En 2024, aprobación (90\u00a0%) y reprobación (10,6\u00a0%) suman 100,6\u00a0%: no pueden superar 100\u00a0%',
    ],
    [null, 60, null],
  ])('B-1 aprobación %s + reprobación %s → %s', (a, r, message) => {
    expect(passFailSumError(2024, a, r)).toBe(message);
  });

  it('B-1 the eficiencia schema puts the sum message under reprobación', () => {
    const row = {
      year: 2024,
      matricula: 300,
      asistenciaPct: null,
      retencionPct: null,
      aprobacionPct: 60,
      reprobacionPct: 60,
      repitenciaPct: null,
    };
    const r = efficiencyYearSchema.safeParse(row);
    expect(r.error?.issues[0]?.path).toEqual(['reprobacionPct']);
    expect(r.error?.issues[0]?.message).toContain('En 2024');
    expect(efficiencyYearSchema.safeParse({ ...row, reprobacionPct: 40 }).success).toBe(true);
  });

  it.each([
    [{ unit: '%', min: null, max: null }, 100, null],
    [{ unit: '%', min: null, max: null }, 0, null],
    [{ unit: '%', min: null, max: null }, 180, 'Ingrese un valor entre 0 y 100 % (rango del indicador)'],
    [{ unit: '%', min: null, max: null }, -10, 'Ingrese un valor entre 0 y 100 % (rango del indicador)'],
    [{ unit: 'número', min: 0, max: null }, 5000, null],
    [{ unit: 'número', min: 0, max: null }, -1, 'Ingrese un valor de al menos 0 (mínimo del indicador)'],
    [{ unit: 'puntos', min: null, max: 400 }, 400.5, 'Ingrese un valor de como máximo 400 (máximo del indicador)'],
    [{ unit: 'promedio', min: 1, max: 7 }, 7, null],
  ])('B-1 indicator %j value %s → %s', (indicator, v, message) => {
    expect(indicatorValueError(indicator, v)).toBe(message);
  });

  it('B-1 a meta of 150 % or −10 % is an error of the goal, not a warning', () => {
    const goal = {
      id: 'g',
      objectiveId: 'o',
      text: 'Subir la asistencia',
      indicator: { name: 'Asistencia', unit: '%' as const, min: null, max: null },
      baseline: { value: 85, year: 2025, source: '' },
      targets: [
        { year: 2026, value: 150 },
        { year: 2027, value: -10 },
        { year: 2028, value: 100 },
      ],
    };
    const issues = goalSchema.safeParse(goal).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['targets.0.value', 'Meta 2026: Ingrese un valor entre 0 y 100 % (rango del indicador)'],
      ['targets.1.value', 'Meta 2027: Ingrese un valor entre 0 y 100 % (rango del indicador)'],
    ]);
  });

  it.each([
    [{ start: '2026-03-01', end: '2026-12-20' }, null],
    [{ start: '2026-03-01', end: '2026-03-01' }, 'El año escolar termina antes de empezar'],
    [{ start: '2026-12-20', end: '2026-03-01' }, 'El año escolar termina antes de empezar'],
    [{ start: '2026-03-01', end: '2026-12-20', winterBreak: { start: '2026-07-06', end: '2026-07-17' } }, null],
    [
      { start: '2026-03-01', end: '2026-12-20', winterBreak: { start: '2026-02-20', end: '2026-03-05' } },
      'Las vacaciones de invierno deben estar dentro del año escolar',
    ],
    [
      { start: '2026-03-01', end: '2026-12-20', winterBreak: { start: '2026-12-15', end: '2026-12-21' } },
      'Las vacaciones de invierno deben estar dentro del año escolar',
    ],
  ])('B-1 school year %j → %s', (sy, message) => {
    expect(messageOf(schoolYearSchema.safeParse(sy))).toBe(message);
  });

  it.each([
    [7999, 10_000, false, '7.999 / 10.000'],
    [8000, 10_000, true, '8.000 / 10.000'],
    [10_000, 10_000, true, '10.000 / 10.000'],
  ])('B-2 the counter of %s characters of %s shows from 80 %%: %s', (length, max, visible, label) => {
    const c = textCounter(length, max);
    expect(c.visible).toBe(visible);
    expect(c.label).toBe(label);
    expect(c.full).toBe(length >= max);
  });

  it.each([
    [9000, 0, 1000, null],
    [9000, 0, 1001, 'Se pegaron 1.000 de 1.001 caracteres: el máximo es 10.000'],
    [10_000, 500, 600, 'Se pegaron 500 de 600 caracteres: el máximo es 10.000'],
  ])(
    'B-2 into %s characters (%s selected) a paste of %s is announced when cut: %s',
    (current, selected, pasted, notice) => {
      expect(pasteOverflowNotice(current, selected, pasted, 10_000)).toBe(notice);
    },
  );
});

import { describe, expect, it } from 'vitest';
import {
  efficiencyYearSchema,
  IDPS_INDICATORS,
  idpsResultSchema,
  SIMCE_GRADES,
  simceResultSchema,
  SOCIOECONOMIC_GROUPS,
} from '../../../../src/domain/results/schemas.ts';

const simce = {
  test: 'lectura',
  grade: '4b',
  year: 2024,
  average: 233,
  studentsTested: 20,
  diffPrevious: -7,
  diffGroup: -25,
  socioeconomicGroup: 1,
  pctInsuficiente: 75,
  pctElemental: 5,
  pctAdecuado: 20,
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`);
}

describe('SimceResult', () => {
  it('accepts a complete result and one with every optional value null', () => {
    expect(simceResultSchema.safeParse(simce).success).toBe(true);
    const empty = {
      ...simce,
      average: null,
      studentsTested: null,
      diffPrevious: null,
      diffGroup: null,
      socioeconomicGroup: null,
      pctInsuficiente: null,
      pctElemental: null,
      pctAdecuado: null,
    };
    expect(simceResultSchema.safeParse(empty).success).toBe(true);
  });

  it('checks that the three standards sum to 100 ± 1, only when all three are present', () => {
    expect(
      simceResultSchema.safeParse({ ...simce, pctInsuficiente: 62.3, pctElemental: 29.2, pctAdecuado: 8.4 }).success,
    ).toBe(true);
    expect(
      simceResultSchema.safeParse({ ...simce, pctInsuficiente: 75, pctElemental: 5, pctAdecuado: 21 }).success,
    ).toBe(true);
    expect(messages(simceResultSchema.safeParse({ ...simce, pctAdecuado: 18.5 }))).toEqual([
      'pctAdecuado: Los % Insuficiente, Elemental y Adecuado deben sumar 100 (suman 98,5)',
    ]);
    expect(simceResultSchema.safeParse({ ...simce, pctAdecuado: null }).success).toBe(true);
  });

  it('rejects values out of range with Spanish messages', () => {
    const bad = {
      ...simce,
      test: 'ingles',
      grade: '5b',
      year: 1999,
      studentsTested: 2.5,
      socioeconomicGroup: 6,
      pctInsuficiente: 101,
    };
    expect(messages(simceResultSchema.safeParse(bad))).toEqual([
      'test: La prueba debe ser una de: Lectura, Matemática, Ciencias Naturales, Historia, Geografía y Ciencias Sociales, Escritura',
      'grade: El grado debe ser uno de: 2° básico, 4° básico, 6° básico, 8° básico, 2° medio, 3° medio',
      'year: El año debe estar entre 2000 y 2100',
      'studentsTested: El número de estudiantes debe ser un número entero',
      'socioeconomicGroup: El grupo socioeconómico debe ser un número del 1 (bajo) al 5 (alto)',
      'pctInsuficiente: El % Insuficiente debe estar entre 0 y 100',
    ]);
    expect(messages(simceResultSchema.safeParse({ ...simce, year: 2101 }))).toEqual([
      'year: El año debe estar entre 2000 y 2100',
    ]);
    expect(messages(simceResultSchema.safeParse({ ...simce, year: null, test: undefined }))).toEqual([
      'test: La prueba es obligatoria',
      'year: El año es obligatorio',
    ]);
  });

  it('labels the closed lists in Spanish', () => {
    expect(SIMCE_GRADES.find((g) => g.code === '4b')?.label).toBe('4° básico');
    expect(SOCIOECONOMIC_GROUPS.map((g) => g.label)).toEqual(['Bajo', 'Medio bajo', 'Medio', 'Medio alto', 'Alto']);
    expect(IDPS_INDICATORS.map((i) => i.code)).toEqual(['AM', 'CC', 'PF', 'HV']);
  });
});

describe('IdpsResult', () => {
  it('accepts a score 0–100 for one of the four indicators', () => {
    expect(idpsResultSchema.safeParse({ indicator: 'CC', grade: '2m', year: 2024, score: 74 }).success).toBe(true);
    expect(messages(idpsResultSchema.safeParse({ indicator: 'XX', grade: '2m', year: 2024, score: 100.5 }))).toEqual([
      expect.stringMatching(/^indicator: El indicador debe ser uno de: AM \(Autoestima académica/),
      'score: El puntaje debe estar entre 0 y 100',
    ]);
  });
});

describe('EfficiencyYear', () => {
  it('takes an integer matrícula ≥ 0 and nullable percentages', () => {
    const year = {
      year: 2024,
      matricula: 0,
      asistenciaPct: 88.4,
      retencionPct: null,
      aprobacionPct: 95,
      reprobacionPct: 5,
      repitenciaPct: null,
    };
    expect(efficiencyYearSchema.safeParse(year).success).toBe(true);
    expect(messages(efficiencyYearSchema.safeParse({ ...year, matricula: -1, asistenciaPct: 120 }))).toEqual([
      'matricula: La matrícula no puede ser negativa',
      'asistenciaPct: La asistencia promedio (%) debe estar entre 0 y 100',
    ]);
    expect(messages(efficiencyYearSchema.safeParse({ ...year, matricula: 10.5 }))).toEqual([
      'matricula: La matrícula debe ser un número entero',
    ]);
  });
});

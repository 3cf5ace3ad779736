import { describe, expect, it } from 'vitest';
import { baselineCandidates } from '../../../../src/domain/pme/baselines.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../../../../src/domain/results/schemas.ts';

const simce: SimceResult = {
  test: 'lectura',
  grade: '4b',
  year: 2024,
  average: 251,
  studentsTested: 40,
  diffPrevious: null,
  diffGroup: null,
  socioeconomicGroup: null,
  pctInsuficiente: 30,
  pctElemental: 40,
  pctAdecuado: null,
} as SimceResult;
const idps: IdpsResult = { indicator: 'CC', grade: '4b', year: 2023, score: 74 };
const efficiency: EfficiencyYear = {
  year: 2025,
  matricula: 300,
  asistenciaPct: 88.5,
  retencionPct: null,
  aprobacionPct: 95,
  reprobacionPct: 5,
  repitenciaPct: null,
} as EfficiencyYear;

describe('baselineCandidates', () => {
  it('turns each loaded SIMCE, IDPS and efficiency value into a candidate, newest year first', () => {
    const list = baselineCandidates({ simce: [simce], idps: [idps], efficiency: [efficiency] });
    expect(list.map((c) => c.id)).toEqual([
      'eff|2025|aprobacionPct',
      'eff|2025|asistenciaPct',
      'eff|2025|reprobacionPct',
      'simce|2024|4b|lectura|ins',
      'simce|2024|4b|lectura|avg',
      'idps|2023|4b|CC',
    ]);
    expect(list.find((c) => c.id.endsWith('|avg'))).toMatchObject({
      indicatorName: 'Puntaje SIMCE Lectura 4° básico',
      unit: 'puntos',
      max: null,
      value: 251,
      source: 'SIMCE 2024',
    });
    expect(list.find((c) => c.id.endsWith('|ins'))).toMatchObject({
      indicatorName: '% de estudiantes en nivel Insuficiente, SIMCE Lectura 4° básico',
      unit: '%',
      max: 100,
      value: 30,
    });
    expect(list.find((c) => c.id.startsWith('idps'))).toMatchObject({
      indicatorName: 'IDPS Clima de convivencia escolar (4° básico)',
      value: 74,
      source: 'IDPS 2023',
    });
    expect(list.find((c) => c.id === 'eff|2025|asistenciaPct')).toMatchObject({
      indicatorName: 'Asistencia promedio (%)',
      value: 88.5,
      source: 'Indicadores de eficiencia interna 2025',
    });
  });

  it('skips values not loaded', () => {
    const empty = { ...simce, average: null, pctInsuficiente: null, pctAdecuado: null } as SimceResult;
    expect(baselineCandidates({ simce: [empty], idps: [], efficiency: [] })).toEqual([]);
  });
});

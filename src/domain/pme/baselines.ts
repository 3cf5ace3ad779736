// Baselines for metas taken from the diagnosis data (issue 4, item 1): each SIMCE average and
// standard level, IDPS score and efficiency rate the school has loaded becomes a candidate
// indicator with its value, year and source, most recent first.
import { IDPS_INDICATORS, SIMCE_GRADES, SIMCE_TESTS } from '../results/schemas.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../results/schemas.ts';
import type { IndicatorUnitCode } from './model.ts';

export interface BaselineCandidate {
  id: string;
  indicatorName: string;
  unit: IndicatorUnitCode;
  min: number;
  max: number | null;
  value: number;
  year: number;
  source: string;
}

const testLabel = (c: string) => SIMCE_TESTS.find((t) => t.code === c)?.label ?? c;
const gradeLabel = (c: string) => SIMCE_GRADES.find((g) => g.code === c)?.label ?? c;
const idpsLabel = (c: string) => IDPS_INDICATORS.find((i) => i.code === c)?.label ?? c;

const EFFICIENCY: { key: keyof EfficiencyYear; name: string }[] = [
  { key: 'asistenciaPct', name: 'Asistencia promedio' },
  { key: 'retencionPct', name: 'Retención' },
  { key: 'aprobacionPct', name: 'Aprobación' },
  { key: 'reprobacionPct', name: 'Reprobación' },
  { key: 'repitenciaPct', name: 'Repitencia' },
];

// eslint-disable-next-line max-lines-per-function -- SIMCE, IDPS, efficiency into one list
export function baselineCandidates(data: {
  simce: readonly SimceResult[];
  idps: readonly IdpsResult[];
  efficiency: readonly EfficiencyYear[];
}): BaselineCandidate[] {
  const out: BaselineCandidate[] = [];
  for (const r of data.simce) {
    const what = `${testLabel(r.test)} ${gradeLabel(r.grade)}`;
    const source = `SIMCE ${r.year}`;
    if (r.average !== null)
      out.push({
        id: `simce|${r.year}|${r.grade}|${r.test}|avg`,
        indicatorName: `Puntaje SIMCE ${what}`,
        unit: 'puntos',
        min: 0,
        max: null,
        value: r.average,
        year: r.year,
        source,
      });
    if (r.pctAdecuado !== null)
      out.push({
        id: `simce|${r.year}|${r.grade}|${r.test}|ade`,
        indicatorName: `% de estudiantes en nivel Adecuado, SIMCE ${what}`,
        unit: '%',
        min: 0,
        max: 100,
        value: r.pctAdecuado,
        year: r.year,
        source,
      });
    if (r.pctInsuficiente !== null)
      out.push({
        id: `simce|${r.year}|${r.grade}|${r.test}|ins`,
        indicatorName: `% de estudiantes en nivel Insuficiente, SIMCE ${what}`,
        unit: '%',
        min: 0,
        max: 100,
        value: r.pctInsuficiente,
        year: r.year,
        source,
      });
  }
  for (const r of data.idps) {
    out.push({
      id: `idps|${r.year}|${r.grade}|${r.indicator}`,
      indicatorName: `IDPS ${idpsLabel(r.indicator)} (${gradeLabel(r.grade)})`,
      unit: 'puntos',
      min: 0,
      max: 100,
      value: r.score,
      year: r.year,
      source: `IDPS ${r.year}`,
    });
  }
  for (const r of data.efficiency) {
    for (const e of EFFICIENCY) {
      const v = r[e.key];
      if (typeof v === 'number')
        out.push({
          id: `eff|${r.year}|${e.key}`,
          indicatorName: `${e.name} (%)`,
          unit: '%',
          min: 0,
          max: 100,
          value: v,
          year: r.year,
          source: `Indicadores de eficiencia interna ${r.year}`,
        });
    }
  }
  return out.sort(
    (a, b) => b.year - a.year || (a.indicatorName < b.indicatorName ? -1 : a.indicatorName > b.indicatorName ? 1 : 0),
  );
}

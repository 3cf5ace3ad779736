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

/** The SIMCE measures that can be a meta's baseline, each with its id suffix and indicator wording. */
const SIMCE_MEASURES: {
  key: 'average' | 'pctAdecuado' | 'pctInsuficiente';
  suffix: string;
  unit: IndicatorUnitCode;
  max: number | null;
  name: (what: string) => string;
}[] = [
  { key: 'average', suffix: 'avg', unit: 'puntos', max: null, name: (w) => `Puntaje SIMCE ${w}` },
  {
    key: 'pctAdecuado',
    suffix: 'ade',
    unit: '%',
    max: 100,
    name: (w) => `% de estudiantes en nivel Adecuado, SIMCE ${w}`,
  },
  {
    key: 'pctInsuficiente',
    suffix: 'ins',
    unit: '%',
    max: 100,
    name: (w) => `% de estudiantes en nivel Insuficiente, SIMCE ${w}`,
  },
];

function simceCandidates(r: SimceResult): BaselineCandidate[] {
  const what = `${testLabel(r.test)} ${gradeLabel(r.grade)}`;
  return SIMCE_MEASURES.flatMap((m) => {
    const value = r[m.key];
    if (value === null) return [];
    const id = `simce|${r.year}|${r.grade}|${r.test}|${m.suffix}`;
    return [
      {
        id,
        indicatorName: m.name(what),
        unit: m.unit,
        min: 0,
        max: m.max,
        value,
        year: r.year,
        source: `SIMCE ${r.year}`,
      },
    ];
  });
}

function idpsCandidate(r: IdpsResult): BaselineCandidate {
  return {
    id: `idps|${r.year}|${r.grade}|${r.indicator}`,
    indicatorName: `IDPS ${idpsLabel(r.indicator)} (${gradeLabel(r.grade)})`,
    unit: 'puntos',
    min: 0,
    max: 100,
    value: r.score,
    year: r.year,
    source: `IDPS ${r.year}`,
  };
}

function efficiencyCandidates(r: EfficiencyYear): BaselineCandidate[] {
  return EFFICIENCY.flatMap((e) => {
    const v = r[e.key];
    if (typeof v !== 'number') return [];
    return [
      {
        id: `eff|${r.year}|${e.key}`,
        indicatorName: `${e.name} (%)`,
        unit: '%' as const,
        min: 0,
        max: 100,
        value: v,
        year: r.year,
        source: `Indicadores de eficiencia interna ${r.year}`,
      },
    ];
  });
}

export function baselineCandidates(data: {
  simce: readonly SimceResult[];
  idps: readonly IdpsResult[];
  efficiency: readonly EfficiencyYear[];
}): BaselineCandidate[] {
  const out = [
    ...data.simce.flatMap(simceCandidates),
    ...data.idps.map(idpsCandidate),
    ...data.efficiency.flatMap(efficiencyCandidates),
  ];
  return out.sort(
    (a, b) => b.year - a.year || (a.indicatorName < b.indicatorName ? -1 : a.indicatorName > b.indicatorName ? 1 : 0),
  );
}

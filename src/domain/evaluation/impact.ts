// Impact (month 7): the participatory scores before (diagnosis) and after (evaluation) per dimension
// and subdimension of the MGE and per stakeholder group, and the school's results data over the
// years as one series per indicator.
//
// Rules, exactly:
// - IM-1 Both inputs are DiagnosisAggregate (diagnosis/aggregation.ts): the diagnosis' and the
//   evaluation's, the latter made by aggregateDiagnosis over the evaluation instruments (templates.ts).
// - IM-2 Like with like: only the groups that answered both (`groups.compared`: a participating
//   response in the diagnosis and in the evaluation) enter the overall row of a dimension or
//   subdimension; the groups that answered one side only are named (`onlyDiagnosis`,
//   `onlyEvaluation`) and left out of it. Before and after are the same average the Informe
//   Diagnóstico prints (diagnosis/aggregation.ts `pooledMean`: every valid answer of those groups
//   weighs the same); `diagnosisAll` is the diagnosis over every group, i.e. exactly the Informe
//   Diagnóstico's figure. A cell (dimension or subdimension × group) compares the group's means.
//   delta = after − before, null when either side is null. n before/after are kept to judge the
//   evidence.
// - IM-3 Results series: SIMCE one per grade × test (value: the average, rows without one skipped),
//   IDPS one per grade × indicator (score), eficiencia interna one per measure (matrícula and each %;
//   null values skipped). Points sorted by year; first/last/delta over the points kept (delta null
//   with fewer than two). `lowerIsBetter` for reprobación and repitencia. Series in the order of the
//   vocabularies (grade, then test/indicator), series without points left out. `fromYear`/`toYear`
//   limit the years.
import { DIMENSIONS, SUBDIMENSIONS } from '../mge/modelo.ts';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../diagnosis/model.ts';
import { answeringGroups, pooledMean, type CellStats, type DiagnosisAggregate } from '../diagnosis/aggregation.ts';
import { IDPS_INDICATORS, SIMCE_GRADES, SIMCE_TESTS } from '../results/schemas.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../results/schemas.ts';

export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null when either is null. */
  delta: number | null;
  nBefore: number;
  nAfter: number;
}

export interface ImpactRow {
  /** Dimension or subdimension code. */
  code: string;
  label: string;
  /** IM-2: the diagnosis over every group that answered it (the Informe Diagnóstico's figure). */
  diagnosisAll: number | null;
  /** IM-2: over the compared groups only. */
  overall: Change;
  groups: Record<StakeholderGroup, Change>;
}

export interface ComparedGroups {
  /** Answered both: the only groups in the overall rows. */
  compared: StakeholderGroup[];
  onlyDiagnosis: StakeholderGroup[];
  onlyEvaluation: StakeholderGroup[];
}

export interface ParticipatoryImpact {
  groups: ComparedGroups;
  dimensions: ImpactRow[];
  subdimensions: ImpactRow[];
}

function change(before: number | null, after: number | null, nBefore: number, nAfter: number): Change {
  return { before, after, delta: before === null || after === null ? null : after - before, nBefore, nAfter };
}

/** IM-2: which groups each side has. */
export function comparedGroups(diagnosis: DiagnosisAggregate, evaluation: DiagnosisAggregate): ComparedGroups {
  const before = new Set(answeringGroups(diagnosis));
  const after = new Set(answeringGroups(evaluation));
  const codes = STAKEHOLDER_GROUPS.map((g) => g.code);
  return {
    compared: codes.filter((g) => before.has(g) && after.has(g)),
    onlyDiagnosis: codes.filter((g) => before.has(g) && !after.has(g)),
    onlyEvaluation: codes.filter((g) => after.has(g) && !before.has(g)),
  };
}

function row(
  code: string,
  label: string,
  bCells: Record<StakeholderGroup, CellStats>,
  aCells: Record<StakeholderGroup, CellStats>,
  compared: readonly StakeholderGroup[],
): ImpactRow {
  const groups = {} as Record<StakeholderGroup, Change>;
  for (const g of STAKEHOLDER_GROUPS)
    groups[g.code] = change(bCells[g.code].mean, aCells[g.code].mean, bCells[g.code].n, aCells[g.code].n);
  const b = pooledMean(bCells, compared);
  const a = pooledMean(aCells, compared);
  return { code, label, diagnosisAll: pooledMean(bCells).mean, overall: change(b.mean, a.mean, b.n, a.n), groups };
}

/** IM-1, IM-2. */
export function participatoryImpact(
  diagnosis: DiagnosisAggregate,
  evaluation: DiagnosisAggregate,
): ParticipatoryImpact {
  const groups = comparedGroups(diagnosis, evaluation);
  return {
    groups,
    dimensions: DIMENSIONS.map((d) =>
      row(d.code, d.label, diagnosis.dimensionCells[d.code], evaluation.dimensionCells[d.code], groups.compared),
    ),
    subdimensions: SUBDIMENSIONS.map((s) =>
      row(s.code, s.label, diagnosis.cells[s.code], evaluation.cells[s.code], groups.compared),
    ),
  };
}

export type SeriesKind = 'simce' | 'idps' | 'eficiencia';

export interface ResultsSeries {
  /** e.g. "simce|4b|lectura", "idps|4b|CC", "eficiencia|asistenciaPct". */
  key: string;
  kind: SeriesKind;
  label: string;
  unit: 'puntos' | '%' | 'número';
  lowerIsBetter: boolean;
  points: { year: number; value: number }[];
  first: { year: number; value: number } | null;
  last: { year: number; value: number } | null;
  delta: number | null;
}

export interface ResultsData {
  simce: readonly SimceResult[];
  idps: readonly IdpsResult[];
  efficiency: readonly EfficiencyYear[];
}

export const EFFICIENCY_MEASURES = [
  { code: 'matricula', label: 'Matrícula', unit: 'número', lowerIsBetter: false },
  { code: 'asistenciaPct', label: 'Asistencia promedio', unit: '%', lowerIsBetter: false },
  { code: 'retencionPct', label: 'Retención', unit: '%', lowerIsBetter: false },
  { code: 'aprobacionPct', label: 'Aprobación', unit: '%', lowerIsBetter: false },
  { code: 'reprobacionPct', label: 'Reprobación', unit: '%', lowerIsBetter: true },
  { code: 'repitenciaPct', label: 'Repitencia', unit: '%', lowerIsBetter: true },
] as const satisfies readonly {
  code: keyof EfficiencyYear;
  label: string;
  unit: ResultsSeries['unit'];
  lowerIsBetter: boolean;
}[];

type Point = { year: number; value: number };

function series(
  key: string,
  kind: SeriesKind,
  label: string,
  unit: ResultsSeries['unit'],
  lowerIsBetter: boolean,
  raw: readonly { year: number; value: number | null }[],
): ResultsSeries | null {
  const points = raw
    .filter((p): p is Point => p.value !== null)
    .map((p) => ({ year: p.year, value: p.value }))
    .sort((a, b) => a.year - b.year);
  if (points.length === 0) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  return {
    key,
    kind,
    label,
    unit,
    lowerIsBetter,
    points,
    first,
    last,
    delta: points.length < 2 ? null : last.value - first.value,
  };
}

/** IM-3. */
export function resultsSeries(data: ResultsData, range: { fromYear?: number; toYear?: number } = {}): ResultsSeries[] {
  const inRange = (y: number) =>
    (range.fromYear === undefined || y >= range.fromYear) && (range.toYear === undefined || y <= range.toYear);
  const out: (ResultsSeries | null)[] = [];
  for (const g of SIMCE_GRADES) {
    for (const t of SIMCE_TESTS) {
      const rows = data.simce.filter((r) => r.grade === g.code && r.test === t.code && inRange(r.year));
      out.push(
        series(
          `simce|${g.code}|${t.code}`,
          'simce',
          `SIMCE ${t.label} ${g.label}`,
          'puntos',
          false,
          rows.map((r) => ({ year: r.year, value: r.average })),
        ),
      );
    }
  }
  for (const g of SIMCE_GRADES) {
    for (const i of IDPS_INDICATORS) {
      const rows = data.idps.filter((r) => r.grade === g.code && r.indicator === i.code && inRange(r.year));
      out.push(
        series(
          `idps|${g.code}|${i.code}`,
          'idps',
          `IDPS ${i.label} ${g.label}`,
          'puntos',
          false,
          rows.map((r) => ({ year: r.year, value: r.score })),
        ),
      );
    }
  }
  for (const m of EFFICIENCY_MEASURES) {
    const rows = data.efficiency.filter((r) => inRange(r.year));
    out.push(
      series(
        `eficiencia|${m.code}`,
        'eficiencia',
        m.label,
        m.unit,
        m.lowerIsBetter,
        rows.map((r) => ({ year: r.year, value: r[m.code] })),
      ),
    );
  }
  return out.filter((s): s is ResultsSeries => s !== null);
}

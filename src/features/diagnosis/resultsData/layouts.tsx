// What each kind of results data shows (its table's columns) and asks for (its manual entry's fields).
import { passFailSumError } from '../../../domain/bounds.ts';
import {
  IDPS_INDICATORS,
  SIMCE_GRADES,
  SIMCE_TESTS,
  SOCIOECONOMIC_GROUPS,
  type EfficiencyYear,
  type IdpsResult,
  type SimceResult,
} from '../../../domain/results/schemas.ts';
import type { ManualField } from './ManualEntry.tsx';
import type { Column } from './ResultsTable.tsx';
import { formatDiff, formatNumber, formatPercent, gradeLabel, gseLabel, indicatorLabel, testLabel } from './format.ts';

export const SIMCE_COLUMNS: Column<SimceResult>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Grado', cell: (r) => gradeLabel(r.grade) },
  { label: 'Prueba', cell: (r) => testLabel(r.test) },
  { label: 'Puntaje promedio', cell: (r) => formatNumber(r.average), numeric: true },
  { label: 'Estudiantes', cell: (r) => formatNumber(r.studentsTested, 0), numeric: true },
  { label: 'Dif. evaluación anterior', cell: (r) => formatDiff(r.diffPrevious), numeric: true },
  { label: 'Dif. mismo GSE', cell: (r) => formatDiff(r.diffGroup), numeric: true },
  { label: 'GSE', cell: (r) => gseLabel(r.socioeconomicGroup) },
  { label: '% Insuficiente', cell: (r) => formatPercent(r.pctInsuficiente), numeric: true },
  { label: '% Elemental', cell: (r) => formatPercent(r.pctElemental), numeric: true },
  { label: '% Adecuado', cell: (r) => formatPercent(r.pctAdecuado), numeric: true },
];

export const IDPS_COLUMNS: Column<IdpsResult>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Grado', cell: (r) => gradeLabel(r.grade) },
  { label: 'Indicador', cell: (r) => indicatorLabel(r.indicator) },
  { label: 'Puntaje', cell: (r) => formatNumber(r.score), numeric: true },
];

export const EFFICIENCY_COLUMNS: Column<EfficiencyYear>[] = [
  { label: 'Año', cell: (r) => r.year },
  { label: 'Matrícula', cell: (r) => formatNumber(r.matricula, 0), numeric: true },
  { label: 'Asistencia (%)', cell: (r) => formatPercent(r.asistenciaPct), numeric: true },
  { label: 'Retención (%)', cell: (r) => formatPercent(r.retencionPct), numeric: true },
  { label: 'Aprobación (%)', cell: (r) => formatPercent(r.aprobacionPct), numeric: true },
  {
    label: 'Reprobación (%)',
    cell: (r) => {
      const sum = passFailSumError(r.year, r.aprobacionPct, r.reprobacionPct);
      return (
        <>
          {formatPercent(r.reprobacionPct)}
          {sum && (
            <span className="field-error" data-testid="efficiency-sum-error">
              {' '}
              {sum}
            </span>
          )}
        </>
      );
    },
    numeric: true,
  },
  { label: 'Repitencia (%)', cell: (r) => formatPercent(r.repitenciaPct), numeric: true },
];

const YEAR_FIELD: ManualField = { name: 'year', label: 'Año', kind: 'number' };
const GRADE_FIELD: ManualField = { name: 'grade', label: 'Grado', kind: { options: SIMCE_GRADES } };

export const SIMCE_FIELDS: ManualField[] = [
  YEAR_FIELD,
  GRADE_FIELD,
  { name: 'test', label: 'Prueba', kind: { options: SIMCE_TESTS } },
  { name: 'average', label: 'Puntaje promedio', kind: 'number' },
  { name: 'studentsTested', label: 'Estudiantes evaluados', kind: 'number' },
  { name: 'diffPrevious', label: 'Diferencia con la evaluación anterior', kind: 'number' },
  { name: 'diffGroup', label: 'Diferencia con el mismo GSE', kind: 'number' },
  { name: 'socioeconomicGroup', label: 'Grupo socioeconómico', kind: { options: SOCIOECONOMIC_GROUPS } },
  { name: 'pctInsuficiente', label: '% Insuficiente', kind: 'number' },
  { name: 'pctElemental', label: '% Elemental', kind: 'number' },
  { name: 'pctAdecuado', label: '% Adecuado', kind: 'number' },
];

export const IDPS_FIELDS: ManualField[] = [
  YEAR_FIELD,
  GRADE_FIELD,
  { name: 'indicator', label: 'Indicador', kind: { options: IDPS_INDICATORS } },
  { name: 'score', label: 'Puntaje (0 a 100)', kind: 'number' },
];

export const EFFICIENCY_FIELDS: ManualField[] = [
  YEAR_FIELD,
  { name: 'matricula', label: 'Matrícula', kind: 'number' },
  { name: 'asistenciaPct', label: 'Asistencia promedio (%)', kind: 'number' },
  { name: 'retencionPct', label: 'Retención (%)', kind: 'number' },
  { name: 'aprobacionPct', label: 'Aprobación (%)', kind: 'number' },
  { name: 'reprobacionPct', label: 'Reprobación (%)', kind: 'number' },
  { name: 'repitenciaPct', label: 'Repitencia (%)', kind: 'number' },
];

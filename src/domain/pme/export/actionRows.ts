// The year's actions as data (MX-2): one row per action and year, in the PME document's order
// (planIndex.ts), each row starting with the school's identifying columns of Mineduc's open data
// (MX-1). Two sheets of one export:
// - the readable one, every field we hold with Spanish headers, amounts per funding source as integer
//   pesos and their total;
// - "Datos abiertos", the same actions under the column names of Mineduc's "Bases de datos PME"
//   (docs/domain.md §6) for the fields we hold: DIMENSION, NOM_ACTIVIDAD, DESC_ACTIVIDAD,
//   FECHA_INICIO, FECHA_TERMINO, NIV_IMPLEM (the level that counts at the year's last corte, blank
//   when none) and ESTIM_SEP, ESTIM_TOTAL (planned amounts: Mineduc's are estimates too).
// Dates are date cells (EX-4). Both files end with the school's identification (FT2-2).
import { DIMENSIONS } from '../../mge/modelo.ts';
import { actionTotal } from '../budget.ts';
import { dateCell, type ExportCell, type ExportSheet } from '../../export/cells.ts';
import { toCsv } from '../../export/csv.ts';
import { identificationSheet, type ExportSchool } from '../../export/identification.ts';
import { schoolIdentification } from '../../schools/schoolIdentification.ts';
import { MINEDUC_SCHOOL_COLUMNS, mineducSchoolCells, type MineducSchool } from '../../export/mineducSchool.ts';
import { levelLabel, type ImplementationLevel } from '../../monitoring/levels.ts';
import { FUNDING_SOURCES } from '../model.ts';
import type { PmeAction, PmePlan } from '../model.ts';
import {
  actionsOfYear,
  indexPlan,
  joinMeans,
  normativePlanLabels,
  subdimensionLabels,
  yesNo,
} from '../report/planIndex.ts';

export const ACTION_COLUMNS: readonly string[] = [
  ...MINEDUC_SCHOOL_COLUMNS,
  'Dimensión',
  'Subdimensiones',
  'Objetivo estratégico',
  'Estrategia',
  'Nombre de la acción',
  'Descripción',
  'Fecha inicio',
  'Fecha término',
  'Responsable',
  'Recursos necesarios',
  'Medios de verificación',
  'Uso de TIC',
  'Asesoría ATE',
  'Planes asociados',
  'Programa asociado',
  ...FUNDING_SOURCES.map((f) => f.label),
  'Total',
];

export const OPEN_DATA_ACTION_COLUMNS: readonly string[] = [
  ...MINEDUC_SCHOOL_COLUMNS,
  'DIMENSION',
  'NOM_ACTIVIDAD',
  'DESC_ACTIVIDAD',
  'FECHA_INICIO',
  'FECHA_TERMINO',
  'NIV_IMPLEM',
  'ESTIM_SEP',
  'ESTIM_TOTAL',
];

const dimensionLabel = (a: PmeAction) => DIMENSIONS.find((d) => d.code === a.dimension)?.label ?? a.dimension;

/** One row per action of `year`, cells in the order of ACTION_COLUMNS. */
export function actionRows(plan: PmePlan, year: number, school: MineducSchool): ExportCell[][] {
  const index = indexPlan(plan);
  const ids = mineducSchoolCells(school, year);
  return actionsOfYear(plan, year).map((a) => [
    ...ids,
    dimensionLabel(a),
    subdimensionLabels(a.subdimensiones),
    index.objectiveOfStrategy(a.strategyId)?.text ?? '',
    index.strategy(a.strategyId)?.text ?? '',
    a.nombre,
    a.descripcion,
    dateCell(a.fechaInicio),
    dateCell(a.fechaTermino),
    a.responsable,
    a.recursos,
    joinMeans(a.mediosVerificacion),
    yesNo(a.usoTIC),
    yesNo(a.asesoriaATE),
    normativePlanLabels(a.planesNormativos),
    a.programaAsociado,
    ...FUNDING_SOURCES.map((f) => a.financiamiento[f.code] as number),
    actionTotal(a) as number,
  ]);
}

/** One row per action of `year` under Mineduc's column names (OPEN_DATA_ACTION_COLUMNS). */
export function openDataActionRows(
  plan: PmePlan,
  year: number,
  school: MineducSchool,
  levels: ReadonlyMap<string, ImplementationLevel>,
): ExportCell[][] {
  const ids = mineducSchoolCells(school, year);
  return actionsOfYear(plan, year).map((a) => {
    const level = levels.get(a.id);
    return [
      ...ids,
      dimensionLabel(a),
      a.nombre,
      a.descripcion,
      dateCell(a.fechaInicio),
      dateCell(a.fechaTermino),
      level ? levelLabel(level) : '',
      a.financiamiento.sep as number,
      actionTotal(a) as number,
    ];
  });
}

/** The action export of `year`: the readable sheet, the open-data one, then the identification. */
export function actionSheets(
  plan: PmePlan,
  year: number,
  school: ExportSchool,
  levels: ReadonlyMap<string, ImplementationLevel>,
): ExportSheet[] {
  return [
    { name: `Acciones ${year}`, headers: ACTION_COLUMNS, rows: actionRows(plan, year, school.ids) },
    {
      name: `Datos abiertos ${year}`,
      headers: OPEN_DATA_ACTION_COLUMNS,
      rows: openDataActionRows(plan, year, school.ids, levels),
    },
    identificationSheet(school),
  ];
}

/** The readable actions of `year` as CSV, the school's identification after the table. */
export function actionsCsv(plan: PmePlan, year: number, school: ExportSchool): string {
  return toCsv(actionRows(plan, year, school.ids), ACTION_COLUMNS, schoolIdentification(school));
}

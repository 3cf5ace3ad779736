// Monitoring as data (MX-3), two sheets of one export, each row starting with the school's
// identifying columns of Mineduc's open data (MX-1):
// - "Monitoreo": one row per action of the year and corte, from the corte's effective record
//   (records.ts, the one the dashboard and the Informe count), with the action's description; an action
//   without a record in the corte has its row with blank record cells and "Registros en el corte" 0.
// - "Detalle por persona": every record (who recorded what, when), one row each.
// The level is written exactly as Mineduc's NIV_IMPLEM values ("Implementación avanzada: 75% a 99%").
// Amounts are integer pesos per source, then the total (Mineduc's ESTIM_* are *estimated* amounts; ours
// are *executed* ones, hence "Ejecutado …"). Dates are date cells (EX-4), a record's instant as its
// local calendar date. Order: cortes by start date, actions as in the PME document (actionsOfYear),
// then (detail) recordedAt. Both files end with the school's identification (FT2-2).
import { DIMENSIONS } from '../../mge/modelo.ts';
import { dateCell, type ExportCell, type ExportSheet } from '../../export/cells.ts';
import { toCsv } from '../../export/csv.ts';
import { identificationSheet } from '../../export/identification.ts';
import { schoolIdentification, type SchoolIdentity } from '../../schools/schoolIdentification.ts';
import { MINEDUC_SCHOOL_COLUMNS, mineducSchoolCells, type MineducSchool } from '../../export/mineducSchool.ts';
import { FUNDING_SOURCES } from '../../pme/model.ts';
import type { PmeAction, PmePlan } from '../../pme/model.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import type { MonitoringCycle } from '../cycles.ts';
import { sortCycles } from '../cycles.ts';
import { levelLabel } from '../levels.ts';
import type { MonitoringRecord } from '../records.ts';
import { effectiveRecords, evidenceCount, executedTotal } from '../records.ts';

const ACTION_HEADERS = ['Corte', 'Dimensión', 'Nombre de la acción'] as const;
const RECORD_HEADERS = [
  'Fecha inicio',
  'Fecha término',
  'Responsable',
  'Nivel de implementación', // NIV_IMPLEM
  '% de avance',
  ...FUNDING_SOURCES.map((f) => `Ejecutado ${f.label}`),
  'Ejecutado total',
  'Medios de verificación verificados',
  'Evidencias adjuntas',
  'Observaciones',
  'Dificultades',
  'Ajustes propuestos',
  'Registrado por',
  'Fecha de registro',
];

export const MONITORING_EXPORT_COLUMNS: readonly string[] = [
  ...MINEDUC_SCHOOL_COLUMNS,
  ...ACTION_HEADERS,
  'Descripción de la acción',
  ...RECORD_HEADERS,
  'Registros en el corte',
];

export const MONITORING_DETAIL_COLUMNS: readonly string[] = [
  ...MINEDUC_SCHOOL_COLUMNS,
  ...ACTION_HEADERS,
  ...RECORD_HEADERS,
  'Id registro',
];

export type MonitoringCell = ExportCell;

export interface MonitoringRowsInput {
  school: MineducSchool;
  pme: PmePlan;
  cycles: readonly MonitoringCycle[];
  records: readonly MonitoringRecord[];
}

const dimensionLabel = (a: PmeAction) => DIMENSIONS.find((d) => d.code === a.dimension)?.label ?? a.dimension;

function recordCells(a: PmeAction, r: MonitoringRecord | undefined): ExportCell[] {
  const action = [dateCell(a.fechaInicio), dateCell(a.fechaTermino), a.responsable];
  if (!r) return [...action, ...RECORD_HEADERS.slice(action.length).map(() => '')];
  return [
    ...action,
    levelLabel(r.level),
    r.progress,
    ...FUNDING_SOURCES.map((f) => r.executed[f.code] as number),
    executedTotal(r),
    r.medios.map((m) => m.text).join('; '),
    evidenceCount(r),
    r.observaciones,
    r.dificultades,
    r.ajustes,
    r.recordedBy,
    dateCell(r.recordedAt),
  ];
}

const byRecordedAt = (x: MonitoringRecord, y: MonitoringRecord) =>
  x.recordedAt < y.recordedAt ? -1 : x.recordedAt > y.recordedAt ? 1 : x.id < y.id ? -1 : 1;

/** One row per action of the year and corte (its effective record), in MONITORING_EXPORT_COLUMNS' order. */
export function monitoringRows(input: MonitoringRowsInput): MonitoringCell[][] {
  const rows: MonitoringCell[][] = [];
  for (const cycle of sortCycles(input.cycles)) {
    const ids = mineducSchoolCells(input.school, cycle.year);
    const effective = effectiveRecords(input.records, cycle.id);
    const inCycle = input.records.filter((r) => r.cycleId === cycle.id);
    for (const a of actionsOfYear(input.pme, cycle.year)) {
      const count = inCycle.filter((r) => r.actionId === a.id).length;
      const head = [...ids, cycle.name, dimensionLabel(a), a.nombre, a.descripcion];
      rows.push([...head, ...recordCells(a, effective.get(a.id)), count]);
    }
  }
  return rows;
}

/** Every record whose action and corte are known, in MONITORING_DETAIL_COLUMNS' order. */
export function monitoringDetailRows(input: MonitoringRowsInput): MonitoringCell[][] {
  const rows: MonitoringCell[][] = [];
  for (const cycle of sortCycles(input.cycles)) {
    const ids = mineducSchoolCells(input.school, cycle.year);
    const inCycle = input.records.filter((r) => r.cycleId === cycle.id);
    for (const a of actionsOfYear(input.pme, cycle.year)) {
      for (const r of inCycle.filter((x) => x.actionId === a.id).sort(byRecordedAt)) {
        rows.push([...ids, cycle.name, dimensionLabel(a), a.nombre, ...recordCells(a, r), r.id]);
      }
    }
  }
  return rows;
}

/** The monitoring export of the given cortes: per action and corte, per person, then the identification. */
export function monitoringSheets(input: MonitoringRowsInput, year: number, school: SchoolIdentity): ExportSheet[] {
  return [
    { name: `Monitoreo ${year}`, headers: MONITORING_EXPORT_COLUMNS, rows: monitoringRows(input) },
    { name: 'Detalle por persona', headers: MONITORING_DETAIL_COLUMNS, rows: monitoringDetailRows(input) },
    identificationSheet(school),
  ];
}

/** Per action and corte as CSV, the school's identification after the table. */
export function monitoringCsv(input: MonitoringRowsInput, school: SchoolIdentity): string {
  return toCsv(monitoringRows(input), MONITORING_EXPORT_COLUMNS, schoolIdentification(school));
}

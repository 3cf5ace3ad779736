// Monitoring records as rows (issue 7, item 6): one row per record, Spanish headers, close to
// Mineduc's "Bases de datos PME Implementación" so the two can be held side by side: RBD, DIMENSION,
// NOM_ACTIVIDAD, FECHA_INICIO/FECHA_TERMINO, and the level under "Nivel de implementación" written
// exactly as Mineduc's NIV_IMPLEM values ("Implementación avanzada: 75% a 99%"). Amounts are integer
// pesos (numbers) per source, then the total (Mineduc's ESTIM_* … ESTIM_TOTAL are *estimated* amounts;
// ours are *executed* ones, hence "Ejecutado …" headers). Dates are date cells (EX-4), the record's
// instant as its local calendar date. Write them with export/csv.ts `toCsv` or the XLSX writer.
// Order: cycles by start date, then actions as in the PME document (actionsOfYear), then recordedAt.
import { DIMENSIONS } from '../../mge/modelo.ts';
import { dateCell, type ExportCell } from '../../export/cells.ts';
import { FUNDING_SOURCES } from '../../pme/model.ts';
import type { PmePlan } from '../../pme/model.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import type { MonitoringCycle } from '../cycles.ts';
import { sortCycles } from '../cycles.ts';
import { levelLabel } from '../levels.ts';
import type { MonitoringRecord } from '../records.ts';
import { evidenceCount, executedTotal } from '../records.ts';

export const MONITORING_EXPORT_COLUMNS: readonly string[] = [
  'RBD',
  'Establecimiento',
  'Año',
  'Corte',
  'Dimensión',
  'Nombre de la acción',
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
  'Id registro',
];

export type MonitoringCell = ExportCell;

export interface MonitoringRowsInput {
  school: { rbd: string | number; name: string };
  pme: PmePlan;
  cycles: readonly MonitoringCycle[];
  records: readonly MonitoringRecord[];
}

/** One row per record whose action and cycle are known, cells in the order of MONITORING_EXPORT_COLUMNS. */
export function monitoringRows(input: MonitoringRowsInput): MonitoringCell[][] {
  const rows: MonitoringCell[][] = [];
  for (const cycle of sortCycles(input.cycles)) {
    const inCycle = input.records.filter((r) => r.cycleId === cycle.id);
    for (const a of actionsOfYear(input.pme, cycle.year)) {
      const recs = inCycle
        .filter((r) => r.actionId === a.id)
        .sort((x, y) => (x.recordedAt < y.recordedAt ? -1 : x.recordedAt > y.recordedAt ? 1 : x.id < y.id ? -1 : 1));
      for (const r of recs) {
        rows.push([
          Number(input.school.rbd),
          input.school.name,
          cycle.year,
          cycle.name,
          DIMENSIONS.find((d) => d.code === a.dimension)?.label ?? a.dimension,
          a.nombre,
          dateCell(a.fechaInicio),
          dateCell(a.fechaTermino),
          a.responsable,
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
          r.id,
        ]);
      }
    }
  }
  return rows;
}

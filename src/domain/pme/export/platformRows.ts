// The year's actions as rows for the Plataforma PME (docs/domain.md §6): one row per action, the
// columns the Plataforma asks for, in its order, with its Spanish headers; amounts per funding source
// as integer pesos (numbers, not text) and their total, so the rows hold up against Mineduc's open
// data (ESTIM_SEP … ESTIM_TOTAL); dates as date cells (EX-4). Same action order as the PME document (planIndex.ts).
import { DIMENSIONS } from '../../mge/modelo.ts';
import { actionTotal } from '../budget.ts';
import { dateCell, type ExportCell } from '../../export/cells.ts';
import { FUNDING_SOURCES } from '../model.ts';
import type { PmePlan } from '../model.ts';
import {
  actionsOfYear,
  indexPlan,
  joinMeans,
  normativePlanLabels,
  subdimensionLabels,
  yesNo,
} from '../report/planIndex.ts';

export const PLATFORM_COLUMNS: readonly string[] = [
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

export type PlatformCell = ExportCell;

/** One row per action of `year`, cells in the order of PLATFORM_COLUMNS. */
export function platformRows(plan: PmePlan, year: number): PlatformCell[][] {
  const index = indexPlan(plan);
  return actionsOfYear(plan, year).map((a) => [
    DIMENSIONS.find((d) => d.code === a.dimension)?.label ?? a.dimension,
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

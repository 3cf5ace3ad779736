// The dashboard as a table: Spanish labels of each state, the filters and sort orders the screen
// offers (SD-7), and the cells of each column, shared by the screen, the XLSX and the PDF summary so
// the three show the same figures (SD-8).
import { IMPLEMENTATION_LEVELS } from '../monitoring/levels.ts';
import { FUNDING_SOURCES } from '../pme/model.ts';
import { DEPENDENCIAS, labelOf } from '../schools/enums.ts';
import { calendarDateOf, formatCalendarDate } from '../shared/localDates.ts';
import { formatNumber } from '../shared/numbers.ts';
import type { ExportCell } from '../export/cells.ts';
import type { ActaState, EvaluationState, PmeState, SchoolDashboardRow } from './row.ts';

export const PME_STATE_LABELS: Record<PmeState, string> = {
  'sin-plan': 'Sin plan',
  'en-elaboracion': 'En elaboración',
  borrador: 'Borrador',
  final: 'Versión final',
};
export const EVALUATION_STATE_LABELS: Record<EvaluationState, string> = {
  'sin-iniciar': 'Sin iniciar',
  'en-curso': 'En curso',
  cerrada: 'Cerrada',
};
export const ACTA_STATE_LABELS: Record<ActaState, string> = {
  'sin-acta': 'Sin acta',
  pendiente: 'Firma pendiente',
  firmada: 'Firmada',
};

export interface DashboardFilters {
  comuna: string;
  dependencia: string;
  /** '' any, 'rural' or 'urbano'. */
  rural: string;
  asesor: string;
  /** PME state, '' any. */
  pmeState: string;
}
export const NO_FILTERS: DashboardFilters = { comuna: '', dependencia: '', rural: '', asesor: '', pmeState: '' };

/** SD-7: every filter set must match; an empty one matches all. */
export function filterRows(rows: readonly SchoolDashboardRow[], f: DashboardFilters): SchoolDashboardRow[] {
  return rows.filter(
    (r) =>
      (f.comuna === '' || r.comunaCode === f.comuna) &&
      (f.dependencia === '' || r.dependencia === f.dependencia) &&
      (f.rural === '' || (f.rural === 'rural') === (r.rural === true)) &&
      (f.asesor === '' || r.asesor === f.asesor) &&
      (f.pmeState === '' || r.pme.state === f.pmeState),
  );
}

const PME_ORDER: PmeState[] = ['sin-plan', 'en-elaboracion', 'borrador', 'final'];
const levelPercent = (r: SchoolDashboardRow, level: string) =>
  r.monitoring?.dashboard.levels.find((l) => l.level === level)?.percent ?? -1;

/** SD-7: sort keys; a school without the figure sorts before every school with it. */
export const SORT_KEYS = {
  nombre: { label: 'Establecimiento', value: (r: SchoolDashboardRow) => r.name },
  comuna: { label: 'Comuna', value: (r: SchoolDashboardRow) => r.comunaName },
  mes: {
    label: 'Mes de la asesoría',
    value: (r: SchoolDashboardRow) =>
      typeof r.programme?.programmeMonth === 'number' ? r.programme.programmeMonth : -1,
  },
  horas: { label: 'Horas usadas', value: (r: SchoolDashboardRow) => r.programme?.hoursUsed ?? -1 },
  atrasados: { label: 'Entregables atrasados', value: (r: SchoolDashboardRow) => r.deliverables.late },
  pme: { label: 'Estado PME', value: (r: SchoolDashboardRow) => PME_ORDER.indexOf(r.pme.state) },
  completa: { label: '% implementación completa', value: (r: SchoolDashboardRow) => levelPercent(r, 'completa') },
  presupuesto: {
    label: '% presupuesto ejecutado',
    value: (r: SchoolDashboardRow) => r.monitoring?.dashboard.budget.total.percent ?? -1,
  },
  alertas: { label: 'Alertas', value: (r: SchoolDashboardRow) => r.monitoring?.dashboard.alerts.length ?? -1 },
  desviados: { label: 'Indicadores desviados', value: (r: SchoolDashboardRow) => r.indicators.desviado },
} as const;
export type SortKey = keyof typeof SORT_KEYS;

/** SD-7: stable; ties keep the RBD order. */
export function sortRows(rows: readonly SchoolDashboardRow[], key: SortKey, descending = false): SchoolDashboardRow[] {
  const value = SORT_KEYS[key].value as (r: SchoolDashboardRow) => string | number;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'string' ? va.localeCompare(vb as string, 'es') : va - (vb as number);
    return c !== 0 ? sign * c : a.rbd - b.rbd;
  });
}

export function monthText(r: SchoolDashboardRow): string {
  const p = r.programme;
  if (!p) return 'Sin asesoría';
  if (p.programmeMonth === 'antes') return 'Por comenzar';
  if (p.programmeMonth === 'despues') return 'Terminada';
  return `${p.programmeMonth} de ${p.monthsTotal}`;
}

export const pmeDateText = (r: SchoolDashboardRow) => (r.pme.date ? formatCalendarDate(r.pme.date) : '');
export const ruralText = (r: SchoolDashboardRow) => (r.rural === null ? '' : r.rural ? 'Rural' : 'Urbano');
export const dependenciaText = (r: SchoolDashboardRow) => labelOf(DEPENDENCIAS, r.dependencia) || r.dependencia;
export const hoursText = (r: SchoolDashboardRow) => (r.programme ? formatNumber(r.programme.hoursUsed, 1) : '');

/** The XLSX columns: one row per school (SD-8). Percentages as numbers (0–100), one decimal. */
export const EXPORT_HEADERS = [
  'RBD',
  'Establecimiento',
  'Comuna',
  'Dependencia',
  'Ruralidad',
  'Asesor(a)',
  'Mes de la asesoría',
  'Horas usadas',
  'Horas contratadas',
  'Entregables entregados',
  'Entregables atrasados',
  'Estado PME',
  'Fecha estado PME',
  'Último corte',
  ...IMPLEMENTATION_LEVELS.map((l) => `% ${l.short}`),
  '% Sin registro',
  ...FUNDING_SOURCES.map((s) => `% ejecutado ${s.label}`),
  'Presupuesto planificado ($)',
  'Presupuesto ejecutado ($)',
  '% ejecutado total',
  'Alertas',
  'Indicadores en camino',
  'Indicadores en riesgo',
  'Indicadores desviados',
  'Evaluación',
  'Acta de Verificación',
] as const;

const cellOr = (n: number | null | undefined): ExportCell => (n === null || n === undefined ? '' : n);

export function exportRow(r: SchoolDashboardRow): ExportCell[] {
  const d = r.monitoring?.dashboard;
  const source = (code: string) => d?.budget.bySource.find((s) => s.source === code)?.percent;
  return [
    r.rbd,
    r.name,
    r.comunaName,
    dependenciaText(r),
    ruralText(r),
    r.asesor,
    monthText(r),
    cellOr(r.programme ? Math.round(r.programme.hoursUsed * 10) / 10 : null),
    cellOr(r.programme?.hoursContracted),
    r.deliverables.delivered,
    r.deliverables.late,
    PME_STATE_LABELS[r.pme.state],
    r.pme.date ? { kind: 'date', iso: calendarDateOf(r.pme.date) } : '',
    r.monitoring?.cycleName ?? '',
    ...IMPLEMENTATION_LEVELS.map((l) => cellOr(d?.levels.find((x) => x.level === l.code)?.percent)),
    cellOr(d?.sinRegistro.percent),
    ...FUNDING_SOURCES.map((s) => cellOr(source(s.code))),
    cellOr(d?.budget.total.planned),
    cellOr(d?.budget.total.executed),
    cellOr(d?.budget.total.percent),
    cellOr(d?.alerts.length),
    r.indicators['en-camino'],
    r.indicators['en-riesgo'],
    r.indicators.desviado,
    EVALUATION_STATE_LABELS[r.evaluation],
    ACTA_STATE_LABELS[r.acta],
  ];
}

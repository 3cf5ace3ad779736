// Content of the *Informe de Monitoreo* (issue 7, item 6; month 5 and month 8 of the programme): a
// pure function from the cycle's dashboard to plain strings and tables — cover, summary figures,
// the actions with nivel, % de avance and evidence, the indicators against their targets, budget
// execution per source (SEP first), alerts, and the team's decisions (free text typed by the user).
// Everything is formatted here (es-CL: "$ 1.250.000", dd-mm-aaaa, decimal comma); a renderer only lays it out.
import { DIMENSIONS } from '../../mge/modelo.ts';
import { formatIsoDate } from '../../shared/localDates.ts';
import { formatCalendarDate } from '../../shared/localDates.ts';
import type { PmePlan } from '../../pme/model.ts';
import { formatPesos } from '../../shared/money.ts';
import {
  rbdText,
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../schools/schoolIdentification.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import type { MonitoringCycle } from '../cycles.ts';
import type { CycleDashboard } from '../dashboard.ts';
import { levelLabel } from '../levels.ts';
import type { MonitoringRecord } from '../records.ts';
import { effectiveRecords, evidenceCount, executedTotal } from '../records.ts';
import { formatPercent } from '../../shared/numbers.ts';
import { DELETED_ACTION, NO_VALUE, type AlertFigure, type BudgetFigure, type IndicatorFigure } from './figures.ts';
import { cycleFigures } from './cycleFigures.ts';

export const MONITORING_REPORT_TITLE = 'Informe de Monitoreo';
export { NO_VALUE };

export interface MonitoringReportInput {
  school: SchoolIdentity;
  pme: PmePlan;
  cycle: MonitoringCycle;
  /** Every cycle of the year (alerts name late cycles). */
  cycles: readonly MonitoringCycle[];
  dashboard: CycleDashboard;
  records: readonly MonitoringRecord[];
  /** Decisions agreed by the team (typed in the report screen). */
  decisions: string;
  /** ISO date the report is made. */
  date: string;
}

export interface ReportActionRow {
  actionId: string;
  recordId: string | null;
  dimension: string;
  nombre: string;
  responsable: string;
  nivel: string;
  avance: string;
  evidencias: string;
  ejecutado: string;
  observaciones: string;
}

export type ReportIndicatorRow = IndicatorFigure;
export type ReportBudgetRow = BudgetFigure;

export interface MonitoringReportContent {
  title: string;
  /** "Corte 1 · 01-03-2026 al 30-05-2026 · Plan anual 2026". */
  subtitle: string;
  /** The year of the annual plan the figures refer to. */
  year: number;
  school: string;
  rbd: string;
  /** The school's identification rows (IDN-1). */
  identification: IdentificationRows;
  date: string;
  closed: string | null;
  summary: { label: string; value: string }[];
  levels: { label: string; count: number; percent: string }[];
  byDimension: { label: string; average: string; recorded: string }[];
  actions: ReportActionRow[];
  indicators: ReportIndicatorRow[];
  budget: ReportBudgetRow[];
  alerts: AlertFigure[];
  decisions: string;
}

export function monitoringReportContent(input: MonitoringReportInput): MonitoringReportContent {
  const { pme, cycle, dashboard: db } = input;
  const eff = effectiveRecords(input.records, cycle.id);
  const actions = actionsOfYear(pme, cycle.year);
  const names = new Map(pme.actions.map((a) => [a.id, a.nombre]));
  const recorded = db.actionCount - db.sinRegistro.count;
  const completas = db.levels.find((l) => l.level === 'completa')?.count ?? 0;
  const figures = cycleFigures(db, (id) => names.get(id) ?? DELETED_ACTION, input.cycles);
  return {
    title: MONITORING_REPORT_TITLE,
    subtitle: `${cycle.name} · ${formatIsoDate(cycle.start)} al ${formatIsoDate(cycle.end)} · Plan anual ${cycle.year}`,
    year: cycle.year,
    school: input.school.name,
    rbd: rbdText(input.school),
    identification: schoolIdentification(input.school),
    date: formatCalendarDate(input.date),
    closed: cycle.closedAt ? formatCalendarDate(cycle.closedAt) : null,
    summary: [
      { label: 'Acciones del plan anual', value: String(db.actionCount) },
      { label: 'Acciones monitoreadas en el corte', value: `${recorded} de ${db.actionCount}` },
      { label: 'Acciones con implementación completa', value: String(completas) },
      {
        label: 'Ejecución presupuestaria total',
        value: `${formatPesos(db.budget.total.executed)} de ${formatPesos(db.budget.total.planned)} (${formatPercent(db.budget.total.percent)})`,
      },
      { label: 'Alertas', value: String(db.alerts.length) },
    ],
    levels: figures.levels.map(({ figure: { label, count, percent } }) => ({ label, count, percent })),
    byDimension: figures.byDimension.map(({ figure: { label, average, recorded } }) => ({ label, average, recorded })),
    actions: actions.map((a): ReportActionRow => {
      const r = eff.get(a.id);
      return {
        actionId: a.id,
        recordId: r?.id ?? null,
        dimension: DIMENSIONS.find((d) => d.code === a.dimension)?.label ?? a.dimension,
        nombre: a.nombre,
        responsable: a.responsable || NO_VALUE,
        nivel: r ? levelLabel(r.level) : 'Sin registro',
        avance: r ? formatPercent(r.progress, 0) : NO_VALUE,
        evidencias: r
          ? `${r.medios.length} de ${a.mediosVerificacion.length} medios · ${evidenceCount(r)} archivos`
          : NO_VALUE,
        ejecutado: r ? formatPesos(executedTotal(r)) : NO_VALUE,
        observaciones: r?.observaciones || NO_VALUE,
      };
    }),
    indicators: figures.indicators,
    budget: [...figures.budget.bySource, figures.budget.total].map((row) => row.figure),
    alerts: figures.alerts,
    decisions: input.decisions.trim(),
  };
}

// Content of the *Informe de Monitoreo* (issue 7, item 6; month 5 and month 8 of the programme): a
// pure function from the cycle's dashboard to plain strings and tables — cover, summary figures,
// the actions with nivel, % de avance and evidence, the indicators against their targets, budget
// execution per source (SEP first), alerts, and the team's decisions (free text typed by the user).
// Everything is formatted here (es-CL: "$ 1.250.000", dd-mm-aaaa, decimal comma); a renderer only lays it out.
import { DIMENSIONS } from '../../mge/modelo.ts';
import { formatNumber, formatPercent } from '../../numberFormat.ts';
import { formatIsoDate } from '../../pme/calendar.ts';
import type { PmePlan } from '../../pme/model.ts';
import { formatPesos } from '../../pme/money.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import { alertText, ALERT_LABELS } from '../alerts.ts';
import type { MonitoringCycle } from '../cycles.ts';
import type { CycleDashboard } from '../dashboard.ts';
import { indicatorStatusLabel, type IndicatorStatus } from '../indicators.ts';
import { levelLabel } from '../levels.ts';
import type { MonitoringRecord } from '../records.ts';
import { effectiveRecords, evidenceCount, executedTotal } from '../records.ts';

export const MONITORING_REPORT_TITLE = 'Informe de Monitoreo';
export const NO_VALUE = '—';

export interface MonitoringReportInput {
  school: { name: string; rbd: string | number; dv: string; comuna: string };
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

export interface ReportIndicatorRow {
  goalId: string;
  indicador: string;
  lineaBase: string;
  meta: string;
  valor: string;
  esperado: string;
  status: IndicatorStatus;
  estado: string;
}

export interface ReportBudgetRow {
  fuente: string;
  planificado: string;
  ejecutado: string;
  porcentaje: string;
}

export interface MonitoringReportContent {
  title: string;
  /** "Corte 1 · 01-03-2026 al 30-05-2026 · Plan anual 2026". */
  subtitle: string;
  school: string;
  rbd: string;
  date: string;
  closed: string | null;
  summary: { label: string; value: string }[];
  levels: { label: string; count: number; percent: string }[];
  byDimension: { label: string; average: string; recorded: string }[];
  actions: ReportActionRow[];
  indicators: ReportIndicatorRow[];
  budget: ReportBudgetRow[];
  alerts: { title: string; text: string }[];
  decisions: string;
}

const num = (n: number | null, d = 1) => (n === null ? NO_VALUE : formatNumber(n, d));
const pct = (n: number | null) => formatPercent(n, 1);

export function monitoringReportContent(input: MonitoringReportInput): MonitoringReportContent {
  const { pme, cycle, dashboard: db } = input;
  const eff = effectiveRecords(input.records, cycle.id);
  const actions = actionsOfYear(pme, cycle.year);
  const names = new Map(pme.actions.map((a) => [a.id, a.nombre]));
  const recorded = db.actionCount - db.sinRegistro.count;
  const completas = db.levels.find((l) => l.level === 'completa')?.count ?? 0;
  return {
    title: MONITORING_REPORT_TITLE,
    subtitle: `${cycle.name} · ${formatIsoDate(cycle.start)} al ${formatIsoDate(cycle.end)} · Plan anual ${cycle.year}`,
    school: input.school.name,
    rbd: `${input.school.rbd}-${input.school.dv}`,
    date: formatIsoDate(input.date.slice(0, 10)),
    closed: cycle.closedAt ? formatIsoDate(cycle.closedAt.slice(0, 10)) : null,
    summary: [
      { label: 'Acciones del plan anual', value: String(db.actionCount) },
      { label: 'Acciones monitoreadas en el corte', value: `${recorded} de ${db.actionCount}` },
      { label: 'Acciones con implementación completa', value: String(completas) },
      { label: 'Ejecución presupuestaria total', value: `${formatPesos(db.budget.total.executed)} de ${formatPesos(db.budget.total.planned)} (${pct(db.budget.total.percent)})` },
      { label: 'Alertas', value: String(db.alerts.length) },
    ],
    levels: [
      ...db.levels.map((l) => ({ label: l.label, count: l.count, percent: pct(l.percent) })),
      { label: 'Sin registro en el corte', count: db.sinRegistro.count, percent: pct(db.sinRegistro.percent) },
    ],
    byDimension: db.byDimension.map((g) => ({ label: g.label, average: pct(g.averageProgress), recorded: `${g.recorded} de ${g.actions}` })),
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
        evidencias: r ? `${r.medios.length} de ${a.mediosVerificacion.length} medios · ${evidenceCount(r)} archivos` : NO_VALUE,
        ejecutado: r ? formatPesos(executedTotal(r)) : NO_VALUE,
        observaciones: r?.observaciones || NO_VALUE,
      };
    }),
    indicators: db.indicators.map((t): ReportIndicatorRow => {
      const p = t.points.at(-1);
      return {
        goalId: t.goalId,
        indicador: t.unit === '%' ? `${t.name} (%)` : t.name,
        lineaBase: num(t.baseline),
        meta: t.target ? `${num(t.target.value)} (${t.target.year})` : NO_VALUE,
        valor: num(p?.value ?? null),
        esperado: num(p?.expected ?? null),
        status: t.status,
        estado: indicatorStatusLabel(t.status),
      };
    }),
    budget: [...db.budget.bySource, db.budget.total].map((s) => ({
      fuente: s.label,
      planificado: formatPesos(s.planned),
      ejecutado: formatPesos(s.executed),
      porcentaje: pct(s.percent),
    })),
    alerts: db.alerts.map((a) => ({
      title: ALERT_LABELS[a.code],
      text: alertText(a, (id) => names.get(id) ?? id, (id) => input.cycles.find((c) => c.id === id)),
    })),
    decisions: input.decisions.trim(),
  };
}

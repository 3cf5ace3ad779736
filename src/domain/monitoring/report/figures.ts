// The display strings of the Seguimiento figures, shared by the dashboard screen and the Informe de
// Monitoreo (docs/spec/reports.md RM-1): each figure is formatted once, here, from the corte's
// dashboard (dashboard.ts), so the screen and the PDF print the same characters. A figure carries
// its year or target beside it ("Meta 2027: 22", "plan anual 2026").
import { formatIsoDate } from '../../shared/localDates.ts';
import { formatPesos } from '../../shared/money.ts';
import { formatNumber } from '../../diagnosis/report/content.ts';
import { formatIndicatorValue } from '../../pme/report/content.ts';
import { formatPercent } from '../../shared/numbers.ts';
import { alertText, ALERT_LABELS, type MonitoringAlert } from '../alerts.ts';
import type { MonitoringCycle } from '../cycles.ts';
import type { LevelCount, ProgressGroup } from '../dashboard.ts';
import type { SourceExecution } from '../budget.ts';
import { indicatorStatusLabel, type IndicatorStatus, type IndicatorTrend } from '../indicators.ts';

export const NO_VALUE = '—';
/** The name an alert gives an action no longer in the plan. */
export const DELETED_ACTION = '(acción eliminada)';

const num = (n: number | null | undefined, d = 1) => (n === null || n === undefined ? NO_VALUE : formatNumber(n, d));

export interface LevelFigure {
  key: string;
  label: string;
  count: number;
  percent: string;
}

export const levelFigure = (l: Pick<LevelCount, 'level' | 'label' | 'count' | 'percent'>): LevelFigure => ({
  key: l.level,
  label: l.label,
  count: l.count,
  percent: formatPercent(l.percent),
});

export const sinRegistroFigure = (s: { count: number; percent: number }): LevelFigure => ({
  key: 'none',
  label: 'Sin registro en el corte',
  count: s.count,
  percent: formatPercent(s.percent),
});

export interface GroupFigure {
  key: string;
  label: string;
  /** Mean % de avance of the recorded actions. */
  average: string;
  /** "2 de 3". */
  recorded: string;
}

export const groupFigure = (g: ProgressGroup): GroupFigure => ({
  key: g.key,
  label: g.label,
  average: formatPercent(g.averageProgress),
  recorded: `${g.recorded} de ${g.actions}`,
});

export interface IndicatorFigure {
  goalId: string;
  indicador: string;
  lineaBase: string;
  /** "Meta 2027: 22". */
  meta: string;
  /** "55,0 (30-05-2026)": the corte's measurement and its date. */
  valor: string;
  esperado: string;
  status: IndicatorStatus;
  estado: string;
}

export function indicatorFigure(t: IndicatorTrend): IndicatorFigure {
  const p = t.points.at(-1);
  return {
    goalId: t.goalId,
    indicador: t.unit === '%' ? `${t.name} (%)` : t.name,
    lineaBase: formatIndicatorValue(t.baseline),
    meta: t.target ? `Meta ${t.target.year}: ${formatIndicatorValue(t.target.value)}` : NO_VALUE,
    valor:
      p?.value === null || p?.value === undefined
        ? NO_VALUE
        : `${formatIndicatorValue(p.value)}${p.date ? ` (${formatIsoDate(p.date)})` : ''}`,
    esperado: num(p?.expected ?? null),
    status: t.status,
    estado: indicatorStatusLabel(t.status),
  };
}

export interface BudgetFigure {
  source: string;
  fuente: string;
  planificado: string;
  ejecutado: string;
  porcentaje: string;
}

export const budgetFigure = (s: SourceExecution): BudgetFigure => ({
  source: s.source,
  fuente: s.label,
  planificado: formatPesos(s.planned),
  ejecutado: formatPesos(s.executed),
  porcentaje: formatPercent(s.percent),
});

export interface AlertFigure {
  title: string;
  text: string;
}

export function alertFigures(
  alerts: readonly MonitoringAlert[],
  actionName: (id: string) => string,
  cycles: readonly MonitoringCycle[],
): AlertFigure[] {
  return alerts.map((a) => ({
    title: ALERT_LABELS[a.code],
    text: alertText(a, actionName, (id) => cycles.find((c) => c.id === id)),
  }));
}

/** "Alertas (3)" / the empty sentence, the same on screen and paper. */
export const NO_ALERTS = 'Sin alertas en el corte.';

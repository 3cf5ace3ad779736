// The dashboard's main figures as text, one row per school: what the PDF summary prints (SD-8), in the
// words and formats the screen's table shows.
import type { SchoolDashboardRow } from '../../../domain/dashboard/row.ts';
import {
  ACTA_STATE_LABELS,
  EVALUATION_STATE_LABELS,
  PME_STATE_LABELS,
  hoursText,
  monthText,
  pmeDateText,
} from '../../../domain/dashboard/table.ts';
import { formatPercent } from '../../../domain/shared/numbers.ts';

export const SUMMARY_HEADERS = [
  'RBD',
  'Establecimiento',
  'Comuna',
  'Mes',
  'Horas',
  'Entregables (entregados / atrasados)',
  'PME',
  'Último corte',
  '% completa',
  '% ejecutado',
  'Alertas',
  'Indicadores (en camino / en riesgo / desviados)',
  'Evaluación',
  'Acta',
];

export function summaryRow(r: SchoolDashboardRow): string[] {
  const d = r.monitoring?.dashboard;
  return [
    String(r.rbd),
    r.name,
    r.comunaName,
    monthText(r),
    r.programme ? `${hoursText(r)} de ${r.programme.hoursContracted}` : '—',
    `${r.deliverables.delivered} / ${r.deliverables.late}`,
    `${PME_STATE_LABELS[r.pme.state]} ${pmeDateText(r)}`.trim(),
    r.monitoring?.cycleName ?? '—',
    d ? formatPercent(d.levels.find((l) => l.level === 'completa')?.percent ?? 0) : '—',
    d ? formatPercent(d.budget.total.percent) : '—',
    d ? String(d.alerts.length) : '—',
    `${r.indicators['en-camino']} / ${r.indicators['en-riesgo']} / ${r.indicators.desviado}`,
    EVALUATION_STATE_LABELS[r.evaluation],
    ACTA_STATE_LABELS[r.acta],
  ];
}

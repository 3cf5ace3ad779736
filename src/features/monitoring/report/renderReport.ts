// Renders the Informe de Monitoreo of a corte (content from the domain builder) as an A4 PDF with
// jspdf, offline: a portrait first page with the identification and the summary figures, then the
// summary charts (actions by nivel de implementación, average % de avance per dimension, budget
// planned vs executed per source), then landscape pages for the tables (actions, indicators, budget),
// the alerts and the team's decisions. Every page carries "Informe de Monitoreo · <corte> · <school>"
// and "Página N de M" in its footer; every page but the first a running header.
import type { jsPDF } from 'jspdf';
import type { CellDef, RowInput } from 'jspdf-autotable';
import { IMPLEMENTATION_LEVELS } from '../../../domain/monitoring/levels.ts';
import type { IndicatorStatus } from '../../../domain/monitoring/indicators.ts';
import { NO_VALUE, type MonitoringReportContent } from '../../../domain/monitoring/report/content.ts';
import { NO_ALERTS } from '../../../domain/monitoring/report/figures.ts';
import { cycleNameOf, parsePercent, parsePesos } from './chartData.ts';
import {
  horizontalBars,
  horizontalBarsHeight,
  pairedBars,
  pairedBarsHeight,
  type BarRow,
  type PairRow,
} from './charts.ts';
import {
  ACCENT,
  BODY_SIZE,
  lineHeight,
  newDocument,
  pageW,
  toBytes,
  type Cursor,
  type Rgb,
} from '../../files/report/index.ts';
import { monitoringLook } from './look.ts';
import { LEVEL_RGB } from '../../../reports/levelPalette.ts';
import { formatPercent } from '../../../domain/shared/numbers.ts';

const { MARGIN_X, TOP, contentW, drawPageFrames, ensureSpace, facts, heading, muted, newPage, table, writeLines } =
  monitoringLook;

const STATUS_COLORS: Record<IndicatorStatus, Rgb> = {
  'en-camino': [46, 125, 50],
  'en-riesgo': [190, 120, 0],
  desviado: [170, 30, 30],
  'sin-datos': [110, 110, 110],
  'sin-meta': [110, 110, 110],
};
const PERCENT_TICKS = [0, 25, 50, 75, 100].map((at) => ({ at, label: formatPercent(at, 0) }));

/** The colour of a level's NIV_IMPLEM text; grey for "Sin registro…" and anything unknown. */
function levelColor(label: string): Rgb {
  const level = IMPLEMENTATION_LEVELS.find((l) => l.label === label);
  return LEVEL_RGB[level?.code ?? 'none'];
}

/** A light tint of `rgb` for table cells. */
const tint = (rgb: Rgb): Rgb => rgb.map((v) => Math.round(v + (255 - v) * 0.75)) as Rgb;

function drawIdentification(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  const w = pageW(doc);
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, w, 10, 'F');
  c.y = 20;
  doc.setTextColor(...ACCENT);
  writeLines(doc, c, r.title, 22, 'bold');
  doc.setTextColor(0);
  c.y += 1;
  writeLines(doc, c, r.subtitle, 11.5);
  c.y += 4;
  facts(doc, c, r.identification);
  writeLines(doc, c, `Fecha del informe: ${r.date}`, 11);
  if (r.closed) writeLines(doc, c, `Corte cerrado el ${r.closed}`, 11);
  c.y += 3;
  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(0.5);
  doc.line(MARGIN_X, c.y, MARGIN_X + contentW(doc), c.y);
  doc.setDrawColor(0);
  c.y += 5;
}

function drawSummary(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  heading(doc, c, '1. Resumen del corte');
  facts(
    doc,
    c,
    r.summary.map((s) => [s.label, s.value] as const),
  );
}

/** Room for a section title above a chart: the title (14 pt) and the space around it. */
const TITLE_H = 10;

function drawCharts(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  const total = r.levels.reduce((s, l) => s + l.count, 0);
  const levels: BarRow[] = r.levels.map((l) => ({
    label: l.label,
    value: l.count,
    text: `${l.count} (${l.percent})`,
    color: levelColor(l.label),
  }));
  heading(doc, c, 'Acciones por nivel de implementación', TITLE_H + horizontalBarsHeight(doc, levels));
  horizontalBars(doc, c, levels, total);

  const dimensions: BarRow[] = r.byDimension.map((d) => ({
    label: d.label,
    value: parsePercent(d.average),
    text: `${d.average} (${d.recorded})`,
    color: ACCENT,
  }));
  heading(doc, c, 'Avance promedio por dimensión', TITLE_H + 6 + horizontalBarsHeight(doc, dimensions, PERCENT_TICKS));
  muted(
    doc,
    c,
    'Promedio del % de avance de las acciones registradas en el corte; entre paréntesis, cuántas lo están.',
    8.5,
  );
  horizontalBars(doc, c, dimensions, 100, PERCENT_TICKS);

  // Sources with nothing planned nor executed are left out of the chart (the table lists them all).
  const sources = r.budget.slice(0, -1).flatMap((b): PairRow[] => {
    const planned = parsePesos(b.planificado) ?? 0;
    const executed = parsePesos(b.ejecutado) ?? 0;
    if (planned === 0 && executed === 0) return [];
    return [
      {
        label: b.fuente,
        planned,
        executed,
        plannedText: b.planificado,
        executedText: b.porcentaje === NO_VALUE ? b.ejecutado : `${b.ejecutado} (${b.porcentaje})`,
      },
    ];
  });
  heading(
    doc,
    c,
    'Presupuesto ejecutado y planificado por fuente',
    TITLE_H + (sources.length === 0 ? 8 : pairedBarsHeight(doc, sources)),
  );
  if (sources.length === 0) muted(doc, c, 'Sin montos planificados ni ejecutados en el año.');
  else pairedBars(doc, c, sources);
}

const cell = (content: string, styles: CellDef['styles']): CellDef => ({ content, styles });

function drawActions(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  heading(doc, c, `2. Acciones: nivel de implementación, avance y evidencias (${r.actions.length})`);
  if (r.actions.length === 0) {
    muted(doc, c, 'El plan anual no tiene acciones.');
    return;
  }
  const body: RowInput[] = r.actions.map((a) => [
    a.dimension,
    a.nombre,
    a.responsable,
    cell(a.nivel, { fillColor: tint(levelColor(a.nivel)) }),
    a.avance,
    a.evidencias,
    a.ejecutado,
    a.observaciones,
  ]);
  table(
    doc,
    c,
    [
      [
        'Dimensión',
        'Acción',
        'Responsable',
        'Nivel de implementación',
        '% de avance',
        'Medios de verificación y evidencias',
        'Ejecutado',
        'Observaciones',
      ],
    ],
    body,
    {
      columnStyles: {
        0: { cellWidth: 26 },
        1: { cellWidth: 60 },
        2: { cellWidth: 28 },
        3: { cellWidth: 36 },
        4: { cellWidth: 16, halign: 'center' },
        5: { cellWidth: 32 },
        6: { cellWidth: 24, halign: 'right' },
      },
    },
  );
}

function drawIndicators(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  heading(doc, c, '3. Indicadores: avance respecto de la línea base y la meta');
  if (r.indicators.length === 0) {
    muted(doc, c, 'El PME no tiene metas con indicadores.');
    return;
  }
  const body: RowInput[] = r.indicators.map((i) => [
    i.indicador,
    i.lineaBase,
    i.meta,
    i.valor,
    i.esperado,
    cell(i.estado, { textColor: STATUS_COLORS[i.status], fontStyle: 'bold' }),
  ]);
  const right = { halign: 'right', cellWidth: 28 } as const;
  table(doc, c, [['Indicador', 'Línea base', 'Meta', 'Valor del corte', 'Valor esperado', 'Estado']], body, {
    columnStyles: { 1: right, 2: { ...right, cellWidth: 32 }, 3: right, 4: right, 5: { cellWidth: 36 } },
  });
}

function drawBudget(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  // A short table: kept whole with its title (about 7 mm a row).
  heading(doc, c, `4. Ejecución presupuestaria por fuente · plan anual ${r.year}`, TITLE_H + 7 * (r.budget.length + 1));
  const last = r.budget.length - 1;
  const body: RowInput[] = r.budget.map((b, i) => {
    const row = [b.fuente, b.planificado, b.ejecutado, b.porcentaje];
    return i === last ? row.map((content) => ({ content, styles: { fontStyle: 'bold' } })) : row;
  });
  table(doc, c, [['Fuente', 'Planificado', 'Ejecutado', '% de ejecución']], body, {
    tableWidth: 150,
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
}

function drawAlerts(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  heading(doc, c, `5. Alertas (${r.alerts.length})`, 20);
  if (r.alerts.length === 0) {
    muted(doc, c, NO_ALERTS);
    return;
  }
  r.alerts.forEach((a, i) => {
    ensureSpace(doc, c, 2 * lineHeight(BODY_SIZE) + 2);
    writeLines(doc, c, `${i + 1}. ${a.title}`, BODY_SIZE, 'bold');
    writeLines(doc, c, a.text, BODY_SIZE, 'normal', 5);
    c.y += 1.5;
  });
}

function drawDecisions(doc: jsPDF, c: Cursor, r: MonitoringReportContent): void {
  if (!r.decisions) return;
  c.y += 2;
  heading(doc, c, '6. Decisiones tomadas', 20);
  writeLines(doc, c, r.decisions, BODY_SIZE);
}

/** The laid-out report (for callers that need the page count or `save`). */
export function renderMonitoringDocument(content: MonitoringReportContent): jsPDF {
  const cycle = cycleNameOf(content);
  const doc = newDocument(`${content.title} – ${content.school} – ${cycle}`, content.title);
  const c: Cursor = { y: TOP };
  drawIdentification(doc, c, content);
  drawSummary(doc, c, content);
  drawCharts(doc, c, content);
  const t = newPage(doc, 'landscape');
  drawActions(doc, t, content);
  drawIndicators(doc, t, content);
  drawBudget(doc, t, content);
  drawAlerts(doc, t, content);
  drawDecisions(doc, t, content);
  drawPageFrames(doc, {
    header: { left: `${content.title} · ${content.school}`, right: `RBD ${content.rbd} · ${content.date}` },
    footer: `${content.title} · ${cycle} · ${content.school}`,
  });
  return doc;
}

/** The Informe de Monitoreo as PDF bytes. */
export function renderMonitoringPdf(content: MonitoringReportContent): Uint8Array {
  return toBytes(renderMonitoringDocument(content));
}

// Renders the *Informe de Evaluación del PME* (content from the domain builder) as an A4 portrait
// PDF with jspdf, offline: identification and summary, then cumplimiento de acciones (stacked bars
// of the outcomes per dimension, tables per dimension, budget, estrategia and action), logro de
// metas (bars of the distance covered, table with categories), objectives, impact (paired bars
// diagnosis vs evaluation and first vs last year of the results), decisions, evaluación proyectiva
// and sistematización. The footer of every page names the report and the school, with
// "Página N de M".
import type { jsPDF } from 'jspdf';
import type { CellHookData, RowInput } from 'jspdf-autotable';
import type { GoalCategory } from '../../../domain/evaluation/goals.ts';
import {
  ACTION_HEADERS,
  BUDGET_HEADERS,
  COMPLIANCE_HEADERS,
  GOAL_HEADERS,
  OBJECTIVE_HEADERS,
  STRATEGY_HEADERS,
  type CategorisedRow,
  type EvaluationReport,
} from '../../../domain/evaluation/report/evaluationReport.ts';
import {
  DECISION_HEADERS,
  IMPACT_DIMENSION_HEADERS,
  IMPACT_GROUP_HEADERS,
  RESULTS_HEADERS,
  type TextList,
} from '../../../domain/evaluation/report/evaluationImpact.ts';
import type { PairChart, StackChart } from '../../../domain/evaluation/report/reportFormat.ts';
import { pairedBars, pairedBarsHeight, stackedBars, stackedBarsHeight } from './charts.ts';
import { BODY_SIZE, newDocument, toBytes, type Cursor, type Rgb } from '../../files/report/index.ts';
import { evaluationLook } from './look.ts';

const { TOP, drawPageFrames, facts, heading, muted, paragraph, table, title, writeLines } = evaluationLook;

const OUTCOME_COLORS: Rgb[] = [
  [46, 125, 50],
  [230, 160, 40],
  [170, 30, 30],
];
const CATEGORY_COLORS: Record<GoalCategory, Rgb> = {
  logrado: [46, 125, 50],
  'parcialmente-logrado': [190, 120, 0],
  'no-logrado': [170, 30, 30],
  'sin-datos': [110, 110, 110],
};
const SECTIONS = [
  '1. Cumplimiento de acciones',
  '2. Logro de metas',
  '3. Estrategias y objetivos estratégicos',
  '4. Impacto',
  '5. Decisiones del año',
  '6. Evaluación proyectiva',
  '7. Sistematización',
] as const;

/** The chart's title, kept on the page with the whole chart (`height` mm). */
function chartTitle(doc: jsPDF, c: Cursor, text: string, height: number): void {
  heading(doc, c, text, height + 12, 10.5);
}

function stack(doc: jsPDF, c: Cursor, chart: StackChart, colors: readonly Rgb[]): void {
  if (chart.rows.length === 0) return;
  chartTitle(doc, c, chart.title, stackedBarsHeight(chart.rows.length));
  stackedBars(
    doc,
    c,
    chart.rows,
    chart.segments.map((s, i): [string, Rgb] => [s, colors[i] ?? colors[0] ?? [0, 0, 0]]),
  );
}

function pair(doc: jsPDF, c: Cursor, chart: PairChart | null): void {
  if (!chart || chart.rows.length === 0) return;
  chartTitle(doc, c, chart.title, pairedBarsHeight(chart.rows.length));
  pairedBars(doc, c, chart.rows, chart.axis, chart.names);
}

/** A table whose last column is the category, coloured. */
function categorised(
  doc: jsPDF,
  c: Cursor,
  head: readonly string[],
  rows: readonly CategorisedRow[],
  extra: Parameters<typeof table>[4] = {},
): void {
  const colour = (data: CellHookData) => {
    const row = rows[data.row.index];
    if (data.section === 'body' && row && data.column.index === head.length - 1)
      data.cell.styles.textColor = CATEGORY_COLORS[row.category];
  };
  table(
    doc,
    c,
    [[...head]],
    rows.map((r) => r.cells),
    { ...extra, didParseCell: colour },
  );
}

function lists(doc: jsPDF, c: Cursor, items: readonly TextList[]): void {
  for (const l of items) {
    writeLines(doc, c, l.title, 10.5, 'bold');
    c.y += 1;
    if (l.items.length === 0) muted(doc, c, 'Nada registrado.');
    for (const it of l.items) writeLines(doc, c, `•  ${it}`, BODY_SIZE, 'normal', 3);
    c.y += 3;
  }
}

function drawFront(doc: jsPDF, c: Cursor, r: EvaluationReport): void {
  title(doc, c, r.title);
  writeLines(doc, c, r.subtitle, 11);
  c.y += 3;
  facts(doc, c, r.identification);
  heading(doc, c, 'Resumen');
  facts(doc, c, r.summary);
  heading(doc, c, 'Contenido');
  for (const s of SECTIONS) writeLines(doc, c, s, BODY_SIZE, 'normal', 3);
}

function drawCompliance(doc: jsPDF, c: Cursor, r: EvaluationReport): void {
  doc.addPage('a4', 'portrait');
  c.y = TOP;
  heading(doc, c, SECTIONS[0]);
  muted(
    doc,
    c,
    'Resultado de cada acción según su último registro de monitoreo del año: cumplida (implementación completa), parcialmente cumplida, o no realizada (no efectuada o sin registro).',
  );
  stack(doc, c, r.compliance.chart, OUTCOME_COLORS);
  table(doc, c, [[...COMPLIANCE_HEADERS]], r.compliance.byDimension, { foot: [r.compliance.total] });
  heading(doc, c, 'Ejecución presupuestaria por dimensión', 30, 10.5);
  table(doc, c, [[...BUDGET_HEADERS]], r.compliance.budget);
  heading(doc, c, 'Cumplimiento por estrategia', 30, 10.5);
  if (r.compliance.byStrategy.length === 0) muted(doc, c, 'Ninguna estrategia tiene acciones en el año.');
  else table(doc, c, [[...STRATEGY_HEADERS]], r.compliance.byStrategy, { columnStyles: { 0: { cellWidth: 72 } } });
  heading(doc, c, 'Acciones', 30, 10.5);
  table(doc, c, [[...ACTION_HEADERS]], r.compliance.actions, {
    columnStyles: { 0: { cellWidth: 10 }, 4: { cellWidth: 20 } },
  });
}

function drawGoals(doc: jsPDF, c: Cursor, r: EvaluationReport): void {
  heading(doc, c, SECTIONS[1], 60);
  muted(doc, c, r.goals.note);
  facts(doc, c, r.goals.counts);
  stack(doc, c, r.goals.chart, [[31, 78, 121]]);
  if (r.goals.rows.length === 0) muted(doc, c, 'El plan no tiene metas registradas.');
  else categorised(doc, c, GOAL_HEADERS, r.goals.rows, { columnStyles: { 0: { cellWidth: 62 } } });
  heading(doc, c, SECTIONS[2], 40);
  muted(doc, c, 'Acercamiento: promedio de la distancia recorrida por las metas del objetivo que tienen datos.');
  if (r.objectives.length === 0) muted(doc, c, 'El plan no tiene objetivos estratégicos registrados.');
  else categorised(doc, c, OBJECTIVE_HEADERS, r.objectives, { columnStyles: { 0: { cellWidth: 80 } } });
}

function drawImpact(doc: jsPDF, c: Cursor, r: EvaluationReport): void {
  const i = r.impact;
  heading(doc, c, SECTIONS[3], 50);
  writeLines(doc, c, 'Percepción de la comunidad: diagnóstico participativo y evaluación participativa', 10.5, 'bold');
  c.y += 2;
  if (i.note) muted(doc, c, i.note);
  if (i.groupsNote) muted(doc, c, i.groupsNote);
  pair(doc, c, i.chart);
  if (i.dimensions.length > 0) table(doc, c, [[...IMPACT_DIMENSION_HEADERS]], i.dimensions);
  if (i.groups.length > 0) {
    heading(doc, c, 'Por estamento', 30, 10.5);
    table(doc, c, [[...IMPACT_GROUP_HEADERS]], i.groups);
  }
  heading(doc, c, 'Resultados educativos del establecimiento', 30, 10.5);
  if (i.results.length === 0) muted(doc, c, 'No hay resultados SIMCE, IDPS ni de eficiencia interna registrados.');
  else table(doc, c, [[...RESULTS_HEADERS]], i.results, { columnStyles: { 0: { cellWidth: 70 } } });
  pair(doc, c, i.resultsChart);
}

function drawNext(doc: jsPDF, c: Cursor, r: EvaluationReport): void {
  heading(doc, c, SECTIONS[4], 40);
  if (r.decisions.length === 0) muted(doc, c, 'No hay decisiones registradas para el año.');
  else
    table(doc, c, [[...DECISION_HEADERS]], r.decisions as RowInput[], {
      columnStyles: { 0: { cellWidth: 20 }, 2: { cellWidth: 22 } },
      styles: { fontSize: 8, cellPadding: 1.4, overflow: 'linebreak', valign: 'top' },
    });
  heading(doc, c, `${SECTIONS[5]} para ${r.projective.forYear}`, 40);
  muted(doc, c, r.projective.source);
  lists(doc, c, r.projective.lists);
  heading(doc, c, SECTIONS[6], 40);
  const s = r.sistematizacion;
  if (!s) {
    muted(doc, c, 'El equipo aún no registra las lecciones aprendidas, buenas prácticas ni recomendaciones.');
    return;
  }
  paragraph(doc, c, `Cierre: ${s.date} · ${s.closedBy}`, '');
  lists(doc, c, s.lists);
}

export function renderEvaluationDocument(report: EvaluationReport): jsPDF {
  const doc = newDocument(`${report.title} – ${report.school}`, report.title);
  const c: Cursor = { y: TOP };
  drawFront(doc, c, report);
  drawCompliance(doc, c, report);
  drawGoals(doc, c, report);
  drawImpact(doc, c, report);
  drawNext(doc, c, report);
  drawPageFrames(doc, { footer: report.footer });
  return doc;
}

export function renderEvaluationPdf(report: EvaluationReport): Uint8Array {
  return toBytes(renderEvaluationDocument(report));
}

// Renders the PME document (content from the domain builder) as an A4 PDF with jspdf, offline:
// a portrait cover and identity page (visión, sellos), then landscape pages for the wide tables
// (objectives and goals per area, the year's actions, the budget). Every page carries the version
// label and date and "Página N de M" in its footer; every page but the cover a running header.
// Standard Helvetica (WinAnsi) covers Spanish accents, ñ, « », ·, – and —, as in the diagnosis report.
import type { jsPDF } from 'jspdf';
import type { CellDef, RowInput, Styles } from 'jspdf-autotable';
import {
  NO_OBJECTIVES,
  type PmeReport,
  type PmeReportArea,
  type PmeReportTable,
} from '../../../domain/pme/report/content.ts';
import {
  ACCENT,
  BODY_SIZE,
  PT,
  WARNING,
  lineHeight,
  newDocument,
  pageH,
  pageW,
  pdfLayout,
  toBytes,
  type Cursor,
} from '../../files/report/index.ts';

const HEADING_KEEP = 22;
const { MARGIN_X, TOP, BOTTOM, contentW, drawPageFrames, ensureSpace, heading, newPage, table, title, writeLines } =
  pdfLayout({
    marginX: 15,
    top: 22,
    bottom: 18,
    title: { size: 15, after: 3 },
    heading: { size: 11.5, keep: HEADING_KEEP, after: 1.5, accent: false },
    table: { fontSize: 8, valign: 'top', after: 6 },
  });
const GROUP_FILL: [number, number, number] = [221, 230, 240];

function drawCover(doc: jsPDF, report: PmeReport): void {
  const { cover } = report;
  const w = pageW(doc);
  const cw = contentW(doc);
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, w, 12, 'F');
  doc.setTextColor(...ACCENT);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(24);
  const titleLines = doc.splitTextToSize(cover.title, cw) as string[];
  doc.text(titleLines, w / 2, 80, { align: 'center' });
  let y = 80 + titleLines.length * lineHeight(24) + 4;
  doc.setFontSize(13);
  doc.text(cover.subtitle, w / 2, y, { align: 'center' });
  doc.setTextColor(0);
  y += 18;
  doc.setFontSize(16);
  const schoolLines = doc.splitTextToSize(cover.school, cw) as string[];
  doc.text(schoolLines, w / 2, y, { align: 'center' });
  y += schoolLines.length * lineHeight(16) + 6;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  for (const [label, value] of cover.identification) {
    const lines = doc.splitTextToSize(`${label}: ${value}`, cw) as string[];
    doc.text(lines, w / 2, y, { align: 'center' });
    y += lines.length * lineHeight(11) + 1.5;
  }
  y += 12;
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(14);
  doc.setTextColor(...ACCENT);
  doc.text(cover.versionLabel, w / 2, y, { align: 'center' });
  doc.setTextColor(0);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(12);
  doc.text(`Fecha: ${cover.versionDate}`, w / 2, y + lineHeight(14) + 2, { align: 'center' });
  doc.setFontSize(9);
  doc.setTextColor(90);
  doc.text(`Fase estratégica ${cover.cycle} · Fase anual ${cover.year}`, w / 2, pageH(doc) - 35, { align: 'center' });
  doc.setTextColor(0);
}

function drawIdentity(doc: jsPDF, report: PmeReport): void {
  const c = newPage(doc, 'portrait');
  title(doc, c, '1. Identidad institucional');
  heading(doc, c, 'Visión');
  writeLines(doc, c, report.identity.vision || 'Sin visión registrada.', BODY_SIZE, 'normal');
  c.y += 3;
  heading(doc, c, 'Sellos educativos');
  if (report.identity.sellos.length === 0) writeLines(doc, c, 'Sin sellos registrados.', BODY_SIZE, 'normal');
  for (const s of report.identity.sellos) writeLines(doc, c, `«${s}»`, BODY_SIZE, 'normal', 6, '•');
  c.y += 3;
  heading(doc, c, 'Contenido');
  for (const line of [
    '2. Objetivos estratégicos, metas y estrategias por dimensión y área de resultados',
    `3. Plan anual ${report.cover.year}: acciones por dimensión`,
    `4. Presupuesto ${report.cover.year}`,
  ])
    writeLines(doc, c, line, BODY_SIZE, 'normal', 6, '•');
}

type CellInput = string | CellDef;

const span = (content: string, colSpan: number, styles: Partial<Styles> = {}): CellDef => ({
  content,
  colSpan,
  styles,
});

/** Room for an area's heading, a table head and a first row, so a heading never ends a page. */
const AREA_START_SPACE = 50;

function drawArea(doc: jsPDF, c: Cursor, area: PmeReportArea, years: readonly number[], index: number): void {
  ensureSpace(doc, c, area.objectives.length === 0 ? 16 : AREA_START_SPACE);
  heading(doc, c, `2.${index + 1} ${area.label}`);
  if (area.objectives.length === 0) {
    writeLines(doc, c, NO_OBJECTIVES, BODY_SIZE, 'normal');
    c.y += 3;
    return;
  }
  const goalCols = 5 + years.length;
  const goalRows: RowInput[] = area.objectives.flatMap((o): RowInput[] => {
    const objective: CellDef = { content: `${o.number}. ${o.text}`, rowSpan: Math.max(1, o.goals.length) };
    if (o.goals.length === 0) return [[objective, span('Sin metas registradas.', goalCols - 1, { textColor: 110 })]];
    return o.goals.map((g, i) => {
      const cells: CellInput[] = [`${g.number}. ${g.text}`, g.indicator, g.unit, g.baseline, ...g.targets];
      return i === 0 ? [objective, ...cells] : cells;
    });
  });
  table(
    doc,
    c,
    [
      [
        'Objetivo estratégico',
        'Meta estratégica',
        'Indicador',
        'Unidad',
        'Línea base',
        ...years.map((y) => `Meta ${y}`),
      ],
    ],
    goalRows,
    {
      columnStyles: { 0: { cellWidth: 60 }, 1: { cellWidth: 60 }, 3: { cellWidth: 16 }, 4: { cellWidth: 30 } },
    },
  );
  const strategyRows: RowInput[] = area.objectives.flatMap((o): RowInput[] =>
    o.strategies.length === 0
      ? [[o.number, span('Sin estrategias registradas.', 2, { textColor: 110 })]]
      : o.strategies.map((s) => [o.number, s.number, s.text]),
  );
  table(doc, c, [['Objetivo', 'N°', 'Estrategia']], strategyRows, {
    columnStyles: { 0: { cellWidth: 18 }, 1: { cellWidth: 14 } },
  });
}

function drawObjectives(doc: jsPDF, report: PmeReport): void {
  const c = newPage(doc, 'landscape');
  title(doc, c, '2. Objetivos estratégicos, metas y estrategias');
  writeLines(
    doc,
    c,
    `Para cada dimensión del Modelo de Gestión Escolar y el área de resultados: objetivos estratégicos del ciclo ${report.cover.cycle}, sus metas (indicador, línea base y meta por año) y estrategias.`,
    BODY_SIZE,
    'normal',
  );
  c.y += 2;
  report.areas.forEach((area, i) => drawArea(doc, c, area, report.cover.cycleYears, i));
}

function drawActions(doc: jsPDF, report: PmeReport): void {
  const { actions } = report;
  const c = newPage(doc, 'landscape');
  title(doc, c, `3. Plan anual ${actions.year}: acciones`);
  if (actions.count === 0) {
    writeLines(doc, c, `Sin acciones registradas para ${actions.year}.`, BODY_SIZE, 'normal');
    return;
  }
  const cols = actions.headers.length;
  const bold = { fontStyle: 'bold' } as const;
  // Each action: its row, then a full-width line with its other fields. Cells wrap; nothing is cut.
  const body: RowInput[] = actions.groups.flatMap((g): RowInput[] => [
    [span(g.label, cols, { ...bold, fillColor: GROUP_FILL })],
    ...g.rows.flatMap((row, i): RowInput[] => [row, [span(g.details[i] ?? '', cols, { textColor: 80, fontSize: 7 })]]),
    [
      span(`Subtotal ${g.label}`, cols - 1, { ...bold, halign: 'right' }),
      { content: g.subtotal, styles: { ...bold, halign: 'right' } },
    ],
  ]);
  table(doc, c, [actions.headers], body, {
    foot: [
      [
        span(
          `Total plan anual ${actions.year} (${actions.count} ${actions.count === 1 ? 'acción' : 'acciones'})`,
          cols - 1,
          { halign: 'right' },
        ),
        { content: actions.total, styles: { halign: 'right' } },
      ],
    ],
    showFoot: 'lastPage',
    styles: { fontSize: 7.5, overflow: 'linebreak', cellPadding: 1.2, valign: 'top' },
    // 267 mm: the landscape page between its margins.
    columnStyles: {
      0: { cellWidth: 8 },
      1: { cellWidth: 32 },
      2: { cellWidth: 40 },
      3: { cellWidth: 26 },
      4: { cellWidth: 18 },
      5: { cellWidth: 18 },
      6: { cellWidth: 22 },
      7: { cellWidth: 30 },
      8: { cellWidth: 26 },
      9: { cellWidth: 27 },
      10: { cellWidth: 20, halign: 'right' },
    },
  });
}

const BUDGET_TABLE_W = 125;

/** A budget table at `left`; its last row (the total) in bold. Returns where it ends. */
function budgetTable(doc: jsPDF, startY: number, left: number, title: string, t: PmeReportTable): number {
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(10.5);
  doc.text(title, left, startY + 10.5 * PT);
  const last = t.rows.length - 1;
  const body: RowInput[] = t.rows.map((r, i) =>
    i === last ? r.map((content) => ({ content, styles: { fontStyle: 'bold' } })) : r,
  );
  const c: Cursor = { y: startY + 7 };
  table(doc, c, [t.headers], body, {
    tableWidth: BUDGET_TABLE_W,
    margin: { left, right: MARGIN_X, top: TOP, bottom: BOTTOM },
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } },
  });
  return c.y;
}

function drawBudget(doc: jsPDF, report: PmeReport): void {
  const { budget } = report;
  const c = newPage(doc, 'landscape');
  title(doc, c, `4. Presupuesto ${budget.year}`);
  writeLines(
    doc,
    c,
    `Montos estimados de las acciones del plan anual ${budget.year}, en pesos. Total: ${budget.total}.`,
    BODY_SIZE,
    'normal',
  );
  c.y += 3;
  // Side by side: both tables fit on one landscape page with the SEP check below them.
  const page = doc.getNumberOfPages();
  const endLeft = budgetTable(doc, c.y, MARGIN_X, 'Por fuente de financiamiento', budget.bySource);
  doc.setPage(page);
  const endRight = budgetTable(doc, c.y, pageW(doc) - MARGIN_X - BUDGET_TABLE_W, 'Por dimensión', budget.byDimension);
  doc.setPage(doc.getNumberOfPages());
  c.y = Math.max(endLeft, endRight);
  heading(doc, c, 'Control del presupuesto SEP', HEADING_KEEP, 10.5);
  table(
    doc,
    c,
    [['Concepto', 'Monto']],
    [
      ['Presupuesto SEP declarado', budget.sep.declared ?? 'No declarado'],
      ['Total SEP de las acciones', budget.sep.actions],
    ],
    {
      tableWidth: BUDGET_TABLE_W,
      columnStyles: { 1: { halign: 'right' } },
    },
  );
  if (budget.sep.exceeded) doc.setTextColor(...WARNING);
  writeLines(doc, c, budget.sep.message, BODY_SIZE, budget.sep.exceeded ? 'bold' : 'normal');
  doc.setTextColor(0);
}

/** The laid-out document (for callers that need page counts or `save`). */
export function renderPmeDocument(report: PmeReport): jsPDF {
  const doc = newDocument(`${report.title} – ${report.cover.school} – ${report.cover.versionLabel}`, 'PME');
  drawCover(doc, report);
  drawIdentity(doc, report);
  drawObjectives(doc, report);
  drawActions(doc, report);
  drawBudget(doc, report);
  // The header and footer texts are drawn whole, never cut with "…".
  drawPageFrames(doc, {
    header: { left: `${report.title} · ${report.cover.school}`, right: `RBD ${report.cover.rbd}` },
    footer: report.footer,
    cut: false,
  });
  return doc;
}

/** The PME document as PDF bytes. */
export function renderPmePdf(report: PmeReport): Uint8Array {
  return toBytes(renderPmeDocument(report));
}

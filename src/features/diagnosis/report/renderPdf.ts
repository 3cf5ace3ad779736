// Renders the Informe Diagnóstico Participativo (content from the domain builder) as an A4 PDF with
// jspdf, offline: cover, table of contents with page numbers (filled in after the sections are
// laid out), headings, wrapped paragraphs, autoTable tables, horizontal bar charts on a 1–4 axis,
// and a header plus "Página N de M" footer on every page. Standard Helvetica (WinAnsi) covers
// Spanish accents, ñ, °, « » and dashes.
import type { jsPDF } from 'jspdf';
import type {
  DiagnosisReport,
  ReportBar,
  ReportBlock,
  ReportSection,
} from '../../../domain/diagnosis/report/content.ts';
import { formatReportMean } from '../../../domain/diagnosis/report/content.ts';
import { ACCENT, BODY_SIZE, PT, lineHeight, newDocument, pdfLayout, type Cursor } from '../../files/report/index.ts';

const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN_X = 20;
const TOP = 25;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const { ensureSpace, heading, table, title, writeLines } = pdfLayout({
  marginX: MARGIN_X,
  top: TOP,
  bottom: 20,
  title: { size: 15, after: 3 },
  heading: { size: 11.5, keep: 14, after: 1.5, accent: false },
  table: { fontSize: 8, valign: 'top', after: 5 },
});

function drawChart(doc: jsPDF, c: Cursor, title: string, bars: readonly ReportBar[]): void {
  const barH = 6;
  const gap = 2.5;
  const labelW = 52;
  const valueW = 12;
  const axisW = CONTENT_W - labelW - valueW;
  const height = 8 + bars.length * (barH + gap) + 8;
  ensureSpace(doc, c, height);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(9);
  doc.text(title, MARGIN_X, c.y + 9 * PT);
  const top = c.y + 6;
  const x0 = MARGIN_X + labelW;
  const xOf = (v: number) => x0 + ((v - 1) / 3) * axisW;
  const plotH = bars.length * (barH + gap);
  // Grid and axis 1–4.
  doc.setDrawColor(200);
  doc.setLineWidth(0.2);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  for (let v = 1; v <= 4; v++) {
    const x = xOf(v);
    doc.line(x, top, x, top + plotH);
    doc.text(String(v), x, top + plotH + 4, { align: 'center' });
  }
  bars.forEach((bar, i) => {
    const y = top + i * (barH + gap) + gap / 2;
    const overall = i === bars.length - 1 && bar.label === 'Promedio general';
    doc.setFont('helvetica', overall ? 'bold' : 'normal');
    doc.setFontSize(8.5);
    doc.setTextColor(0);
    doc.text(bar.label, x0 - 2, y + barH / 2 + 1.2, { align: 'right' });
    if (bar.value !== null) {
      const w = Math.max(0.6, xOf(Math.min(4, Math.max(1, bar.value))) - x0);
      if (overall) doc.setFillColor(200, 90, 40);
      else doc.setFillColor(...ACCENT);
      doc.rect(x0, y, w, barH, 'F');
      doc.text(formatReportMean(bar.value), x0 + w + 1.5, y + barH / 2 + 1.2);
    } else {
      doc.setTextColor(120);
      doc.text('sin datos', x0 + 1.5, y + barH / 2 + 1.2);
      doc.setTextColor(0);
    }
  });
  doc.setDrawColor(0);
  c.y = top + plotH + 9;
}

function drawBlock(doc: jsPDF, c: Cursor, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading':
      heading(doc, c, block.text);
      return;
    case 'paragraph':
      writeLines(doc, c, block.text, BODY_SIZE, 'normal');
      c.y += 2.5;
      return;
    case 'list':
      for (const item of block.items) writeLines(doc, c, item, BODY_SIZE, 'normal', 6, '•');
      c.y += 2.5;
      return;
    case 'chart':
      drawChart(doc, c, block.title, block.bars);
      return;
    case 'table': {
      if (block.title) {
        ensureSpace(doc, c, 18);
        writeLines(doc, c, block.title, 9.5, 'bold');
        c.y += 1;
      }
      // Rows of the diagnosis' tables may break across pages, unlike the other documents'.
      table(doc, c, [block.headers], block.rows, { rowPageBreak: 'auto' });
      return;
    }
    default: {
      const never: never = block;
      return never;
    }
  }
}

function drawCover(doc: jsPDF, report: DiagnosisReport): void {
  const { cover } = report;
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, PAGE_W, 12, 'F');
  doc.setTextColor(...ACCENT);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(24);
  const titleLines = doc.splitTextToSize(cover.title, CONTENT_W) as string[];
  doc.text(titleLines, PAGE_W / 2, 90, { align: 'center' });
  doc.setTextColor(0);
  doc.setFontSize(16);
  const schoolLines = doc.splitTextToSize(cover.school, CONTENT_W) as string[];
  let y = 90 + titleLines.length * lineHeight(24) + 14;
  doc.text(schoolLines, PAGE_W / 2, y, { align: 'center' });
  y += schoolLines.length * lineHeight(16) + 8;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(12);
  for (const line of [
    ...cover.identification.map(([label, value]) => `${label}: ${value}`),
    '',
    `Asesor(a): ${cover.advisor}`,
    `Fecha: ${cover.date}`,
  ]) {
    if (line) doc.text(line, PAGE_W / 2, y, { align: 'center' });
    y += lineHeight(12) + 1.5;
  }
  doc.setFontSize(9);
  doc.setTextColor(90);
  doc.text('Plan de Mejoramiento Educativo (PME) · Diagnóstico Institucional Participativo', PAGE_W / 2, PAGE_H - 35, {
    align: 'center',
  });
  doc.setTextColor(0);
}

function drawToc(doc: jsPDF, tocPage: number, entries: { title: string; page: number }[]): void {
  doc.setPage(tocPage);
  doc.setTextColor(0);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(16);
  doc.text('Índice', MARGIN_X, TOP + 6);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  let y = TOP + 18;
  for (const e of entries) {
    const num = String(e.page);
    const titleW = doc.getTextWidth(e.title);
    const numW = doc.getTextWidth(num);
    doc.text(e.title, MARGIN_X, y);
    doc.text(num, PAGE_W - MARGIN_X, y, { align: 'right' });
    const dotsFrom = MARGIN_X + titleW + 2;
    const dotsTo = PAGE_W - MARGIN_X - numW - 2;
    if (dotsTo > dotsFrom) {
      doc.setTextColor(150);
      const dot = doc.getTextWidth('.');
      doc.text('.'.repeat(Math.floor((dotsTo - dotsFrom) / dot)), dotsFrom, y);
      doc.setTextColor(0);
    }
    doc.link(MARGIN_X, y - 5, CONTENT_W, 7, { pageNumber: e.page });
    y += 9;
  }
}

function drawHeaderFooter(doc: jsPDF, report: DiagnosisReport): void {
  const total = doc.getNumberOfPages();
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(100);
    if (p > 1) {
      doc.text(`${report.title} · ${report.cover.school}`, MARGIN_X, 13);
      doc.text(`RBD ${report.cover.rbd}`, PAGE_W - MARGIN_X, 13, { align: 'right' });
      doc.setDrawColor(180);
      doc.setLineWidth(0.2);
      doc.line(MARGIN_X, 15, PAGE_W - MARGIN_X, 15);
    }
    doc.text(`Página ${p} de ${total}`, PAGE_W / 2, PAGE_H - 10, { align: 'center' });
    doc.setTextColor(0);
  }
}

export function renderDiagnosisPdf(report: DiagnosisReport): jsPDF {
  const doc = newDocument(`${report.title} – ${report.cover.school}`, 'PME', report.cover.advisor);
  drawCover(doc, report);
  doc.addPage();
  const tocPage = doc.getNumberOfPages();
  const body: ReportSection[] = report.sections.filter((s) => s.id !== 'portada' && s.id !== 'indice');
  const entries: { title: string; page: number }[] = [];
  for (const section of body) {
    doc.addPage();
    entries.push({ title: section.title, page: doc.getNumberOfPages() });
    const c: Cursor = { y: TOP };
    title(doc, c, section.title);
    for (const block of section.blocks) drawBlock(doc, c, block);
  }
  drawToc(doc, tocPage, entries);
  drawHeaderFooter(doc, report);
  return doc;
}

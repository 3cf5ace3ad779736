// The PDF summary for a sostenedor's board (SD-8): an A4 landscape page with the date and the number
// of schools, the actions by nivel de implementación of each school's last corte as stacked bars (the
// screen's chart, drawn with jspdf rectangles), then the table of main figures. Footer on every page.
import type { jsPDF } from 'jspdf';
import { IMPLEMENTATION_LEVELS } from '../../../domain/monitoring/levels.ts';
import type { SchoolDashboardRow } from '../../../domain/dashboard/row.ts';
import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import { BODY_SIZE, PT, newDocument, pdfLayout, toBytes, type Cursor } from '../../files/report/index.ts';
import { LEVEL_RGB } from '../../../reports/levelPalette.ts';
import { SUMMARY_HEADERS, summaryRow } from './summaryRows.ts';

const look = pdfLayout({ marginX: 12, top: 16, bottom: 16, table: { fontSize: 7.5, valign: 'top', after: 5 } });
const LABEL_W = 70;
const BAR_H = 4;
const ROW_H = 5.5;

function legend(doc: jsPDF, c: Cursor): void {
  let x = look.MARGIN_X;
  doc.setFontSize(8);
  const items = [...IMPLEMENTATION_LEVELS.map((l) => [l.code, l.short] as const), ['none', 'Sin registro'] as const];
  for (const [code, label] of items) {
    doc.setFillColor(...LEVEL_RGB[code]);
    doc.rect(x, c.y - 2.6, 3, 3, 'F');
    doc.setTextColor(0);
    doc.text(label, x + 4, c.y);
    x += 6 + doc.getTextWidth(label);
  }
  c.y += 5;
}

function levelBars(doc: jsPDF, c: Cursor, rows: readonly SchoolDashboardRow[]): void {
  const shown = rows.filter((r) => r.monitoring !== null);
  look.heading(doc, c, 'Acciones por nivel de implementación (último corte)');
  if (shown.length === 0) {
    look.muted(doc, c, 'Ningún establecimiento tiene un corte iniciado.');
    return;
  }
  legend(doc, c);
  const width = look.contentW(doc) - LABEL_W;
  for (const r of shown) {
    look.ensureSpace(doc, c, ROW_H);
    doc.setFontSize(7.5);
    doc.setTextColor(0);
    const label = doc.splitTextToSize(`${r.rbd} ${r.name}`, LABEL_W - 2)[0] as string;
    doc.text(label, look.MARGIN_X, c.y + BAR_H - 0.6);
    const d = r.monitoring!.dashboard;
    let x = look.MARGIN_X + LABEL_W;
    const parts = [...d.levels.map((l) => [l.level, l.percent] as const), ['none', d.sinRegistro.percent] as const];
    for (const [code, percent] of parts) {
      const w = (width * percent) / 100;
      if (w <= 0) continue;
      doc.setFillColor(...LEVEL_RGB[code]);
      doc.rect(x, c.y, w, BAR_H, 'F');
      x += w;
    }
    c.y += ROW_H;
  }
  c.y += 3;
}

export function renderDashboardPdf(rows: readonly SchoolDashboardRow[], today: string, title: string): Uint8Array {
  const doc = newDocument(title, 'Resumen de establecimientos');
  doc.deletePage(1);
  const c = look.newPage(doc, 'landscape');
  look.title(doc, c, title);
  look.muted(doc, c, `${formatIsoDate(today)} · ${rows.length} establecimiento(s)`, BODY_SIZE);
  c.y += 2 * PT;
  levelBars(doc, c, rows);
  look.heading(doc, c, 'Cifras por establecimiento');
  look.table(doc, c, [SUMMARY_HEADERS], rows.map(summaryRow));
  look.drawPageFrames(doc, { footer: `${title} · ${formatIsoDate(today)}` });
  return toBytes(doc);
}

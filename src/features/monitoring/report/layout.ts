// Layout helpers of the Informe de Monitoreo, in the look of the PME and programme documents: A4 in
// mm, a cursor that breaks pages (a new page keeps the orientation of the one before), wrapped
// text, headings kept with what follows, autoTable tables, and the running header and footer.
// Standard Helvetica (WinAnsi) covers Spanish accents, ñ, « », · and —.
import type { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { RowInput, Styles, UserOptions } from 'jspdf-autotable';

export const MARGIN_X = 15;
export const TOP = 22;
export const BOTTOM = 18;
export const BODY_SIZE = 10;
export const PT = 0.3528; // mm per point
export const lineHeight = (size: number) => size * PT * 1.35;
export type Rgb = [number, number, number];
export const ACCENT: Rgb = [31, 78, 121];
export const ACCENT_LIGHT: Rgb = [160, 190, 220];
export const MUTED = 110;
const TABLE_STYLES: Partial<Styles> = { font: 'helvetica', fontSize: 8, cellPadding: 1.5, overflow: 'linebreak', valign: 'top' };

export interface Cursor {
  y: number;
}

export const pageW = (doc: jsPDF) => doc.internal.pageSize.getWidth();
export const pageH = (doc: jsPDF) => doc.internal.pageSize.getHeight();
export const contentW = (doc: jsPDF) => pageW(doc) - 2 * MARGIN_X;

export function newPage(doc: jsPDF, orientation: 'portrait' | 'landscape'): Cursor {
  doc.addPage('a4', orientation);
  return { y: TOP };
}

export function ensureSpace(doc: jsPDF, c: Cursor, h: number): void {
  if (c.y + h > pageH(doc) - BOTTOM) {
    doc.addPage();
    c.y = TOP;
  }
}

/** Wrapped text at `indent` mm from the margin; explicit line breaks in `text` are kept. */
export function writeLines(doc: jsPDF, c: Cursor, text: string, size: number, style: 'normal' | 'bold' = 'normal', indent = 0): void {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  const lines = text.split(/\r?\n/).flatMap((para) => doc.splitTextToSize(para, contentW(doc) - indent) as string[]);
  const lh = lineHeight(size);
  for (const line of lines) {
    ensureSpace(doc, c, lh);
    doc.text(line, MARGIN_X + indent, c.y + size * PT);
    c.y += lh;
  }
}

/** A numbered section title, kept with at least `keep` mm of what follows it. */
export function sectionTitle(doc: jsPDF, c: Cursor, text: string, keep = 30): void {
  ensureSpace(doc, c, keep);
  c.y += 2;
  doc.setTextColor(...ACCENT);
  writeLines(doc, c, text, 14, 'bold');
  doc.setTextColor(0);
  c.y += 2.5;
}

export function muted(doc: jsPDF, c: Cursor, text: string, size = BODY_SIZE): void {
  doc.setTextColor(MUTED);
  writeLines(doc, c, text, size);
  doc.setTextColor(0);
  c.y += 2;
}

export function table(doc: jsPDF, c: Cursor, head: RowInput[], body: RowInput[], extra: UserOptions = {}): void {
  autoTable(doc, {
    startY: c.y,
    head,
    body,
    theme: 'grid',
    rowPageBreak: 'avoid',
    margin: { left: MARGIN_X, right: MARGIN_X, top: TOP, bottom: BOTTOM },
    styles: TABLE_STYLES,
    headStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
    ...extra,
  });
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  c.y = (finalY ?? c.y) + 6;
}

/** Label–value pairs as a two-column table with bold labels. */
export function facts(doc: jsPDF, c: Cursor, rows: readonly { label: string; value: string }[]): void {
  table(doc, c, [], rows.map((r) => [r.label, r.value]), {
    theme: 'plain',
    styles: { ...TABLE_STYLES, fontSize: 10, cellPadding: 1.2 },
    columnStyles: { 0: { cellWidth: 75, fontStyle: 'bold' } },
  });
}

/** `text` cut to `width` mm with an ellipsis. */
function fit(doc: jsPDF, text: string, width: number): string {
  const lines = doc.splitTextToSize(text, width) as string[];
  return lines.length > 1 ? `${lines[0] ?? ''}…` : text;
}

/** Every page: a running header (but the cover) and the footer `label` with "Página N de M". */
export function drawHeaderFooter(doc: jsPDF, header: { left: string; right: string }, label: string): void {
  const total = doc.getNumberOfPages();
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    const w = pageW(doc);
    const h = pageH(doc);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(100);
    doc.setDrawColor(180);
    doc.setLineWidth(0.2);
    if (p > 1) {
      const right = doc.getTextWidth(header.right);
      doc.text(fit(doc, header.left, contentW(doc) - right - 6), MARGIN_X, 12);
      doc.text(header.right, w - MARGIN_X, 12, { align: 'right' });
      doc.line(MARGIN_X, 14, w - MARGIN_X, 14);
    }
    const pageLabel = `Página ${p} de ${total}`;
    doc.line(MARGIN_X, h - 12, w - MARGIN_X, h - 12);
    doc.text(fit(doc, label, contentW(doc) - doc.getTextWidth(pageLabel) - 6), MARGIN_X, h - 8);
    doc.text(pageLabel, w - MARGIN_X, h - 8, { align: 'right' });
    doc.setTextColor(0);
    doc.setDrawColor(0);
  }
}

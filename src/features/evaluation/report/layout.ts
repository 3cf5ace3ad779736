// Layout helpers of the evaluation documents (Informe de Evaluación, Acta de Verificación,
// Herramientas de monitoreo), in the look of the other documents the app makes: A4 in mm,
// standard Helvetica (WinAnsi covers Spanish accents, ñ, « », · and —), the same accent colour,
// autoTable tables, and a footer on every page with a label, an optional second line (the acta's
// hash) and "Página N de M". A cursor breaks pages; a new page keeps the orientation of the last.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { RowInput, Styles, UserOptions } from 'jspdf-autotable';

export const MARGIN_X = 15;
export const TOP = 20;
export const BOTTOM = 20;
export const BODY_SIZE = 10;
export const PT = 0.3528; // mm per point
export const lineHeight = (size: number) => size * PT * 1.35;
export type Rgb = [number, number, number];
export const ACCENT: Rgb = [31, 78, 121];
export const ACCENT_LIGHT: Rgb = [160, 190, 220];
export const MUTED = 110;
const TABLE_STYLES: Partial<Styles> = { font: 'helvetica', fontSize: 8.5, cellPadding: 1.5, overflow: 'linebreak', valign: 'middle' };

export interface Cursor {
  y: number;
}

export const pageW = (doc: jsPDF) => doc.internal.pageSize.getWidth();
export const pageH = (doc: jsPDF) => doc.internal.pageSize.getHeight();
export const contentW = (doc: jsPDF) => pageW(doc) - 2 * MARGIN_X;

export function newDocument(title: string, subject: string): jsPDF {
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title, subject, creator: 'Bitácora PME' });
  return doc;
}

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

export function title(doc: jsPDF, c: Cursor, text: string): void {
  doc.setTextColor(...ACCENT);
  writeLines(doc, c, text, 17, 'bold');
  doc.setTextColor(0);
  c.y += 2;
}

/** A section heading, kept with at least `keep` mm of what follows it. */
export function heading(doc: jsPDF, c: Cursor, text: string, keep = 24, size = 12.5): void {
  ensureSpace(doc, c, keep);
  c.y += 2;
  doc.setTextColor(...ACCENT);
  writeLines(doc, c, text, size, 'bold');
  doc.setTextColor(0);
  c.y += 1.5;
}

export function muted(doc: jsPDF, c: Cursor, text: string): void {
  doc.setTextColor(MUTED);
  writeLines(doc, c, text, BODY_SIZE);
  doc.setTextColor(0);
  c.y += 2;
}

export function paragraph(doc: jsPDF, c: Cursor, text: string, empty: string): void {
  if (text.trim() === '') muted(doc, c, empty);
  else {
    writeLines(doc, c, text, BODY_SIZE);
    c.y += 2;
  }
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
    footStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
    ...extra,
  });
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  c.y = (finalY ?? c.y) + 5;
}

/** Label–value pairs as a two-column table with bold labels. */
export function facts(doc: jsPDF, c: Cursor, rows: readonly (readonly [string, string])[]): void {
  table(doc, c, [], rows.map(([k, v]) => [k, v]), {
    theme: 'plain',
    styles: { ...TABLE_STYLES, fontSize: 9.5, cellPadding: 1 },
    columnStyles: { 0: { cellWidth: 52, fontStyle: 'bold' } },
  });
}

/**
 * The footer on every page: `text` on the left, "Página N de M" on the right and, when given,
 * `second` on a line of its own below (the Acta de Verificación prints its hash there).
 */
export function drawFooters(doc: jsPDF, text: string, second?: string): void {
  const total = doc.getNumberOfPages();
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    const w = pageW(doc);
    const h = pageH(doc);
    const base = second ? h - 11 : h - 8;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(100);
    doc.setDrawColor(180);
    doc.setLineWidth(0.2);
    doc.line(MARGIN_X, base - 4, w - MARGIN_X, base - 4);
    const pageLabel = `Página ${p} de ${total}`;
    const room = contentW(doc) - doc.getTextWidth(pageLabel) - 6;
    const left = doc.splitTextToSize(text, room) as string[];
    doc.text(left.length > 1 ? `${left[0] ?? ''}…` : text, MARGIN_X, base);
    doc.text(pageLabel, w - MARGIN_X, base, { align: 'right' });
    if (second) {
      doc.setFontSize(6.5);
      doc.text(second, MARGIN_X, base + 4);
    }
    doc.setTextColor(0);
    doc.setDrawColor(0);
  }
}

export function toBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

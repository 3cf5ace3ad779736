// The running header (every page but the first) and the footer ("Página N de M", and an optional second
// line) drawn on each page once a document is laid out; text that would run into the right-hand part is cut.
import type { jsPDF } from 'jspdf';
import type { PdfLook } from './layout.ts';

/** What every page carries; `header` is left off the first page (the cover or the title block). */
export interface PageFrame {
  header?: { left: string; right: string };
  footer: string;
  /** A second, smaller footer line (the Acta de Verificación's hash). */
  second?: string;
  /** Cut header and footer text that would run into the right-hand text with "…" (default true). */
  cut?: boolean;
}

/** `text` cut to `width` mm with an ellipsis. */
function fit(doc: jsPDF, text: string, width: number): string {
  const lines = doc.splitTextToSize(text, width) as string[];
  return lines.length > 1 ? `${lines[0] ?? ''}…` : text;
}

function drawFrame(look: Pick<PdfLook, 'marginX'>, doc: jsPDF, frame: PageFrame, page: { p: number; total: number }) {
  const { marginX } = look;
  const cut = frame.cut ?? true;
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  const contentW = w - 2 * marginX;
  const base = frame.second ? h - 11 : h - 8;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  doc.setTextColor(100);
  doc.setDrawColor(180);
  doc.setLineWidth(0.2);
  const { header } = frame;
  if (header && page.p > 1) {
    const room = contentW - doc.getTextWidth(header.right) - 6;
    doc.text(cut ? fit(doc, header.left, room) : header.left, marginX, 12);
    doc.text(header.right, w - marginX, 12, { align: 'right' });
    doc.line(marginX, 14, w - marginX, 14);
  }
  doc.line(marginX, base - 4, w - marginX, base - 4);
  const pageLabel = `Página ${page.p} de ${page.total}`;
  const room = contentW - doc.getTextWidth(pageLabel) - 6;
  doc.text(cut ? fit(doc, frame.footer, room) : frame.footer, marginX, base);
  doc.text(pageLabel, w - marginX, base, { align: 'right' });
  if (frame.second) {
    doc.setFontSize(6.5);
    doc.text(frame.second, marginX, base + 4);
  }
  doc.setTextColor(0);
  doc.setDrawColor(0);
}

export function drawPageFrames(look: Pick<PdfLook, 'marginX'>, doc: jsPDF, frame: PageFrame): void {
  const total = doc.getNumberOfPages();
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    drawFrame(look, doc, frame, { p, total });
  }
}

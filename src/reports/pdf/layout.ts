// The page layout every PDF of the app shares (jspdf, A4 in mm, offline): a cursor that breaks
// pages (a page added by a break keeps the orientation of the one before), wrapped text, headings
// kept with what follows, autoTable tables, label–value tables, and on every page the footer with
// "Página N de M" and, but on the first, a running header. Standard Helvetica (WinAnsi) covers
// Spanish accents, ñ, « », ·, – and —. Documents differ only in margins and type sizes: each binds
// its `PdfLook` once with `pdfLayout`.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { RowInput, Styles, UserOptions } from 'jspdf-autotable';

export const PT = 0.3528; // mm per point
export const lineHeight = (size: number) => size * PT * 1.35;
export const BODY_SIZE = 10;
export type Rgb = [number, number, number];
export const ACCENT: Rgb = [31, 78, 121];
export const ACCENT_LIGHT: Rgb = [160, 190, 220];
export const WARNING: Rgb = [170, 30, 30];
export const MUTED = 110;

export interface Cursor {
  y: number;
}

export const pageW = (doc: jsPDF) => doc.internal.pageSize.getWidth();
export const pageH = (doc: jsPDF) => doc.internal.pageSize.getHeight();

/** An empty A4 portrait document with the app as its creator. */
export function newDocument(title: string, subject: string, author?: string): jsPDF {
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title, subject, author, creator: 'Bitácora PME' });
  return doc;
}

export function toBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

/** How a document looks: margins in mm, sizes in points, spacing after a block in mm. */
export interface PdfLook {
  marginX: number;
  top: number;
  bottom: number;
  title: { size: number; after: number };
  /** `keep`: the room (mm) a heading needs below it on its page; `accent`: drawn in the accent colour. */
  heading: { size: number; keep: number; after: number; accent: boolean };
  table: { fontSize: number; valign: 'top' | 'middle'; after: number };
  facts: { fontSize: number; cellPadding: number; labelWidth: number };
}

const DEFAULT_LOOK: Omit<PdfLook, 'marginX' | 'top' | 'bottom'> = {
  title: { size: 17, after: 2 },
  heading: { size: 12, keep: 20, after: 1.5, accent: true },
  table: { fontSize: 8.5, valign: 'middle', after: 5 },
  facts: { fontSize: 9.5, cellPadding: 1, labelWidth: 48 },
};

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

/** The layout helpers bound to one look. */
// eslint-disable-next-line max-lines-per-function -- helpers share the page cursor
export function pdfLayout(spec: Pick<PdfLook, 'marginX' | 'top' | 'bottom'> & Partial<PdfLook>) {
  const look: PdfLook = { ...DEFAULT_LOOK, ...spec };
  const { marginX, top, bottom } = look;
  const contentW = (doc: jsPDF) => pageW(doc) - 2 * marginX;
  const tableStyles: Partial<Styles> = {
    font: 'helvetica',
    fontSize: look.table.fontSize,
    cellPadding: 1.5,
    overflow: 'linebreak',
    valign: look.table.valign,
  };

  /** Starts a page in `orientation`; pages added later (by tables or text) keep it. */
  function newPage(doc: jsPDF, orientation: 'portrait' | 'landscape'): Cursor {
    doc.addPage('a4', orientation);
    return { y: top };
  }

  function ensureSpace(doc: jsPDF, c: Cursor, h: number): void {
    if (c.y + h > pageH(doc) - bottom) {
      doc.addPage();
      c.y = top;
    }
  }

  /** Wrapped text at `indent` mm from the margin, `bullet` before its first line; explicit line breaks are kept. */
  function writeLines(
    doc: jsPDF,
    c: Cursor,
    text: string,
    size: number,
    style: 'normal' | 'bold' = 'normal',
    indent = 0,
    bullet?: string,
  ): void {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(text, contentW(doc) - indent) as string[];
    const lh = lineHeight(size);
    lines.forEach((line, i) => {
      ensureSpace(doc, c, lh);
      if (bullet !== undefined && i === 0) doc.text(bullet, marginX + indent - 4, c.y + size * PT);
      doc.text(line, marginX + indent, c.y + size * PT);
      c.y += lh;
    });
  }

  function title(doc: jsPDF, c: Cursor, text: string): void {
    doc.setTextColor(...ACCENT);
    writeLines(doc, c, text, look.title.size, 'bold');
    doc.setTextColor(0);
    c.y += look.title.after;
  }

  /** A section heading, kept with at least `keep` mm of what follows it. */
  function heading(doc: jsPDF, c: Cursor, text: string, keep = look.heading.keep, size = look.heading.size): void {
    ensureSpace(doc, c, keep);
    c.y += 2;
    if (look.heading.accent) doc.setTextColor(...ACCENT);
    writeLines(doc, c, text, size, 'bold');
    if (look.heading.accent) doc.setTextColor(0);
    c.y += look.heading.after;
  }

  function muted(doc: jsPDF, c: Cursor, text: string, size = BODY_SIZE): void {
    doc.setTextColor(MUTED);
    writeLines(doc, c, text, size);
    doc.setTextColor(0);
    c.y += 2;
  }

  /** `text` as a paragraph, or `empty` in grey when there is none. */
  function paragraph(doc: jsPDF, c: Cursor, text: string, empty: string): void {
    if (text.trim() === '') muted(doc, c, empty);
    else {
      writeLines(doc, c, text, BODY_SIZE);
      c.y += 2;
    }
  }

  function table(doc: jsPDF, c: Cursor, head: RowInput[], body: RowInput[], extra: UserOptions = {}): void {
    autoTable(doc, {
      startY: c.y,
      head,
      body,
      theme: 'grid',
      rowPageBreak: 'avoid',
      margin: { left: marginX, right: marginX, top, bottom },
      styles: tableStyles,
      headStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
      footStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
      ...extra,
    });
    const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    c.y = (finalY ?? c.y) + look.table.after;
  }

  /** Label–value pairs as a two-column table with bold labels. */
  function facts(doc: jsPDF, c: Cursor, rows: readonly (readonly [string, string])[]): void {
    const { fontSize, cellPadding, labelWidth } = look.facts;
    table(
      doc,
      c,
      [],
      rows.map(([k, v]) => [k, v]),
      {
        theme: 'plain',
        styles: { ...tableStyles, fontSize, cellPadding },
        columnStyles: { 0: { cellWidth: labelWidth, fontStyle: 'bold' } },
      },
    );
  }

  /** The running header and the footer on every page, once the document is laid out. */
  function drawPageFrames(doc: jsPDF, frame: PageFrame): void {
    const cut = frame.cut ?? true;
    const total = doc.getNumberOfPages();
    for (let p = 1; p <= total; p++) {
      doc.setPage(p);
      const w = pageW(doc);
      const base = frame.second ? pageH(doc) - 11 : pageH(doc) - 8;
      doc.setFont('helvetica', 'normal');
      doc.setFontSize(8);
      doc.setTextColor(100);
      doc.setDrawColor(180);
      doc.setLineWidth(0.2);
      const { header } = frame;
      if (header && p > 1) {
        const room = contentW(doc) - doc.getTextWidth(header.right) - 6;
        doc.text(cut ? fit(doc, header.left, room) : header.left, marginX, 12);
        doc.text(header.right, w - marginX, 12, { align: 'right' });
        doc.line(marginX, 14, w - marginX, 14);
      }
      doc.line(marginX, base - 4, w - marginX, base - 4);
      const pageLabel = `Página ${p} de ${total}`;
      const room = contentW(doc) - doc.getTextWidth(pageLabel) - 6;
      doc.text(cut ? fit(doc, frame.footer, room) : frame.footer, marginX, base);
      doc.text(pageLabel, w - marginX, base, { align: 'right' });
      if (frame.second) {
        doc.setFontSize(6.5);
        doc.text(frame.second, marginX, base + 4);
      }
      doc.setTextColor(0);
      doc.setDrawColor(0);
    }
  }

  return {
    MARGIN_X: marginX,
    TOP: top,
    BOTTOM: bottom,
    contentW,
    newPage,
    ensureSpace,
    writeLines,
    title,
    heading,
    muted,
    paragraph,
    table,
    facts,
    drawPageFrames,
  };
}

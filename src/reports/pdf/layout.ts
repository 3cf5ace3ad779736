// The page layout every PDF of the app shares (jspdf, A4 in mm, offline): a cursor that breaks
// pages (a page added by a break keeps the orientation of the one before), wrapped text, headings
// kept with what follows, autoTable tables, label–value tables, and on every page the footer with
// "Página N de M" and, but on the first, a running header. Standard Helvetica (WinAnsi) covers
// Spanish accents, ñ, « », ·, – and —. Documents differ only in margins and type sizes: each binds
// its `PdfLook` once with `pdfLayout`.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { RowInput, Styles, UserOptions } from 'jspdf-autotable';
import { drawPageFrames, type PageFrame } from './pageFrames.ts';

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

type Margins = Pick<PdfLook, 'marginX' | 'top' | 'bottom'>;

const contentWidth = (look: Margins, doc: jsPDF) => pageW(doc) - 2 * look.marginX;

const tableStylesOf = (look: PdfLook): Partial<Styles> => ({
  font: 'helvetica',
  fontSize: look.table.fontSize,
  cellPadding: 1.5,
  overflow: 'linebreak',
  valign: look.table.valign,
});

function ensureSpace(look: Margins, doc: jsPDF, c: Cursor, h: number): void {
  if (c.y + h > pageH(doc) - look.bottom) {
    doc.addPage();
    c.y = look.top;
  }
}

/** Wrapped text at `indent` mm from the margin, `bullet` before its first line; explicit line breaks are kept. */
function writeLines(
  look: Margins,
  doc: jsPDF,
  c: Cursor,
  text: { text: string; size: number; style?: 'normal' | 'bold'; indent?: number; bullet?: string },
): void {
  const { size, indent = 0, bullet } = text;
  doc.setFont('helvetica', text.style ?? 'normal');
  doc.setFontSize(size);
  const lines = doc.splitTextToSize(text.text, contentWidth(look, doc) - indent) as string[];
  const lh = lineHeight(size);
  lines.forEach((line, i) => {
    ensureSpace(look, doc, c, lh);
    if (bullet !== undefined && i === 0) doc.text(bullet, look.marginX + indent - 4, c.y + size * PT);
    doc.text(line, look.marginX + indent, c.y + size * PT);
    c.y += lh;
  });
}

/** Text in a colour, then back to black. */
function coloured(doc: jsPDF, colour: Rgb | number | null, draw: () => void): void {
  if (colour === null) return draw();
  if (typeof colour === 'number') doc.setTextColor(colour);
  else doc.setTextColor(...colour);
  draw();
  doc.setTextColor(0);
}

function table(look: PdfLook, doc: jsPDF, c: Cursor, rows: { head: RowInput[]; body: RowInput[] }, extra: UserOptions) {
  const { marginX, top, bottom } = look;
  autoTable(doc, {
    startY: c.y,
    head: rows.head,
    body: rows.body,
    theme: 'grid',
    rowPageBreak: 'avoid',
    margin: { left: marginX, right: marginX, top, bottom },
    styles: tableStylesOf(look),
    headStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
    footStyles: { fillColor: ACCENT, textColor: 255, fontStyle: 'bold' },
    ...extra,
  });
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  c.y = (finalY ?? c.y) + look.table.after;
}

/** The text blocks bound to one look: title, heading, muted, paragraph. */
function textBlocks(look: PdfLook) {
  const write = (doc: jsPDF, c: Cursor, text: string, size: number, style?: 'normal' | 'bold') =>
    writeLines(look, doc, c, { text, size, style });
  const muted = (doc: jsPDF, c: Cursor, text: string, size = BODY_SIZE): void => {
    coloured(doc, MUTED, () => write(doc, c, text, size));
    c.y += 2;
  };
  return {
    title(doc: jsPDF, c: Cursor, text: string): void {
      coloured(doc, ACCENT, () => write(doc, c, text, look.title.size, 'bold'));
      c.y += look.title.after;
    },
    /** A section heading, kept with at least `keep` mm of what follows it. */
    heading(doc: jsPDF, c: Cursor, text: string, keep = look.heading.keep, size = look.heading.size): void {
      ensureSpace(look, doc, c, keep);
      c.y += 2;
      coloured(doc, look.heading.accent ? ACCENT : null, () => write(doc, c, text, size, 'bold'));
      c.y += look.heading.after;
    },
    muted,
    /** `text` as a paragraph, or `empty` in grey when there is none. */
    paragraph(doc: jsPDF, c: Cursor, text: string, empty: string): void {
      if (text.trim() === '') return muted(doc, c, empty);
      write(doc, c, text, BODY_SIZE);
      c.y += 2;
    },
  };
}

/** The layout helpers bound to one look. */
export function pdfLayout(spec: Margins & Partial<PdfLook>) {
  const look: PdfLook = { ...DEFAULT_LOOK, ...spec };
  return {
    MARGIN_X: look.marginX,
    TOP: look.top,
    BOTTOM: look.bottom,
    contentW: (doc: jsPDF) => contentWidth(look, doc),
    /** Starts a page in `orientation`; pages added later (by tables or text) keep it. */
    newPage(doc: jsPDF, orientation: 'portrait' | 'landscape'): Cursor {
      doc.addPage('a4', orientation);
      return { y: look.top };
    },
    ensureSpace: (doc: jsPDF, c: Cursor, h: number) => ensureSpace(look, doc, c, h),
    writeLines: (
      doc: jsPDF,
      c: Cursor,
      text: string,
      size: number,
      style: 'normal' | 'bold' = 'normal',
      indent = 0,
      bullet?: string,
    ) => writeLines(look, doc, c, { text, size, style, indent, bullet }),
    ...textBlocks(look),
    table: (doc: jsPDF, c: Cursor, head: RowInput[], body: RowInput[], extra: UserOptions = {}) =>
      table(look, doc, c, { head, body }, extra),
    /** Label–value pairs as a two-column table with bold labels. */
    facts(doc: jsPDF, c: Cursor, rows: readonly (readonly [string, string])[]): void {
      const { fontSize, cellPadding, labelWidth } = look.facts;
      const body = rows.map(([k, v]) => [k, v]);
      table(
        look,
        doc,
        c,
        { head: [], body },
        {
          theme: 'plain',
          styles: { ...tableStylesOf(look), fontSize, cellPadding },
          columnStyles: { 0: { cellWidth: labelWidth, fontStyle: 'bold' } },
        },
      );
    },
    /** The running header and the footer on every page, once the document is laid out. */
    drawPageFrames: (doc: jsPDF, frame: PageFrame) => drawPageFrames(look, doc, frame),
  };
}

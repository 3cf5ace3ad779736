// Renders the *Acta de Verificación del PME* (content from the domain builder) as an A4 landscape
// PDF: identification, state of the signatures, correction links, the table of actions verified,
// totals per result, observations, and the signatures table with each signature drawn in its cell
// (as in the acta de sesión). Images come from the device's attachments by hash; one missing or
// unreadable becomes a sentence in its place, so the acta is always produced. Every page prints
// the acta's SHA-256 under its footer. Layout rules: cells wrap (never cut), the short columns are
// as wide as their longest label; every signatory has a row, signed or pending, tall enough to sign
// on paper; the signature block is never split: when it does not fit under the content it starts
// the next page with the acta's essentials repeated above it.
import type { jsPDF } from 'jspdf';
import type { CellHookData } from 'jspdf-autotable';
import { ACTA_ITEM_HEADERS, type ActaVerificacionContent } from '../../../domain/evaluation/report/actaContent.ts';
import type { VerificationResult } from '../../../domain/evaluation/acta.ts';
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import { MEDIOS_EXIST, VERIFICATION_RESULTS } from '../../../domain/evaluation/acta.ts';
import { BODY_SIZE, lineHeight, newDocument, pageH, toBytes, type Cursor, type Rgb } from '../../files/report/index.ts';
import { evaluationLook } from './look.ts';

const { TOP, contentW, drawPageFrames, heading, muted, paragraph, table, title, writeLines } = evaluationLook;

export type ActaImages = ReadonlyMap<string, { bytes: Uint8Array; type: AttachmentRef['type'] }>;

export const SIGNATURE_MISSING = '(firma no disponible en este equipo)';
export const UNREADABLE_SIGNATURE = '(firma no legible)';
const SIGNATURE_BOX = { w: 46, h: 14 };
const BOTTOM = 20;
const ITEM_FONT = 8;
const ITEM_PADDING = 1.4;
const SIGNATURE_ROW_H = SIGNATURE_BOX.h + 2;
const HASH_NOTE =
  'Cada firma se hizo sobre el contenido identificado por la huella SHA-256 impresa al pie de cada página: cualquier cambio del acta produce otra huella. Para corregir un acta firmada se emite una nueva acta que la reemplaza.';
const NOTE_SIZE = 8;
const RESULT_COLORS: Record<VerificationResult, Rgb> = {
  verificada: [46, 125, 50],
  parcial: [190, 120, 0],
  'no-verificada': [170, 30, 30],
};

type Drawable = { bytes: Uint8Array; format: 'PNG' | 'JPEG'; alias: string; w: number; h: number };

/** The image to draw for a ref, or the sentence that stands in for it. */
function resolve(doc: jsPDF, ref: AttachmentRef, images: ActaImages): Drawable | string {
  const stored = images.get(ref.hash);
  if (!stored) return SIGNATURE_MISSING;
  const format = stored.type === 'image/png' ? 'PNG' : stored.type === 'image/jpeg' ? 'JPEG' : null;
  if (!format) return UNREADABLE_SIGNATURE;
  try {
    const p = doc.getImageProperties(stored.bytes);
    return { bytes: stored.bytes, format, alias: ref.hash, w: p.width, h: p.height };
  } catch {
    return UNREADABLE_SIGNATURE;
  }
}

/** Label–value pairs three to a row (the identification), so that the signatures fit on page one of a short acta. */
function pairedFacts(doc: jsPDF, c: Cursor, rows: readonly (readonly [string, string])[]): void {
  const perRow = 3;
  const height = Math.ceil(rows.length / perRow);
  const body = Array.from({ length: height }, (_, r) =>
    Array.from({ length: perRow }, (_, col) => rows[col * height + r] ?? ['', '']).flat(),
  );
  const label = { cellWidth: 36, fontStyle: 'bold' as const };
  table(doc, c, [], body, {
    theme: 'plain',
    styles: { fontSize: 9, cellPadding: 0.8, overflow: 'linebreak' },
    columnStyles: { 0: label, 2: label, 4: label },
  });
}

function drawIdentification(doc: jsPDF, c: Cursor, a: ActaVerificacionContent): void {
  title(doc, c, a.title);
  pairedFacts(doc, c, a.identification);
  doc.setTextColor(...(a.signed ? ([46, 125, 50] as Rgb) : ([170, 30, 30] as Rgb)));
  writeLines(doc, c, a.state, BODY_SIZE, 'bold');
  doc.setTextColor(0);
  for (const line of a.corrections) writeLines(doc, c, line, BODY_SIZE);
  c.y += 3;
}

function drawItems(doc: jsPDF, c: Cursor, a: ActaVerificacionContent): void {
  heading(doc, c, 'Verificación de las acciones');
  if (a.items.length === 0) {
    muted(doc, c, 'El acta no registra acciones verificadas.');
    return;
  }
  const colour = (data: CellHookData) => {
    const item = a.items[data.row.index];
    if (data.section === 'body' && item && data.column.index === 5)
      data.cell.styles.textColor = RESULT_COLORS[item.result];
  };
  table(
    doc,
    c,
    [[...ACTA_ITEM_HEADERS]],
    a.items.map((i) => i.cells),
    {
      columnStyles: {
        0: { cellWidth: 9 },
        1: { cellWidth: 60 },
        3: { cellWidth: labelColumn(doc, MEDIOS_EXIST) },
        5: { cellWidth: labelColumn(doc, VERIFICATION_RESULTS) },
      },
      styles: { fontSize: ITEM_FONT, cellPadding: ITEM_PADDING, overflow: 'linebreak', valign: 'top' },
      didParseCell: colour,
    },
  );
  writeLines(doc, c, a.totals.map(([k, v]) => `${k}: ${v}`).join('   ·   '), BODY_SIZE, 'bold');
  c.y += 2;
}

/** A column as wide as its longest label on one line (bold header aside), e.g. "Verificada parcialmente". */
function labelColumn(doc: jsPDF, labels: readonly { label: string }[]): number {
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(ITEM_FONT);
  return Math.ceil(Math.max(...labels.map((l) => doc.getTextWidth(l.label))) + 2 * ITEM_PADDING + 1);
}

const HEAD_FONT = 8.5;

/** The height the signature block needs (heading, the three-column table, hash and note), with room to spare. */
function signatureBlockHeight(doc: jsPDF, a: ActaVerificacionContent): number {
  const col = contentW(doc) / Math.max(1, a.signatures.length) - 3;
  doc.setFontSize(HEAD_FONT);
  const lines = (text: string) => (doc.splitTextToSize(text, col) as string[]).length;
  const textLines = Math.max(2, ...a.signatures.map((s) => lines(s.name) + lines(s.status)));
  const textRow = (n: number) => n * lineHeight(HEAD_FONT) + 3;
  doc.setFontSize(NOTE_SIZE);
  const noteLines = (doc.splitTextToSize(HASH_NOTE, contentW(doc)) as string[]).length;
  const headingH = 2 + lineHeight(12.5) + 1.5;
  return headingH + textRow(1) + SIGNATURE_ROW_H + textRow(textLines) + 5 + noteLines * lineHeight(NOTE_SIZE) + 2 + 3;
}

/** The signatories side by side: a column each, with the drawn signature, the name and the state. */
function drawSignatures(doc: jsPDF, c: Cursor, a: ActaVerificacionContent, images: ActaImages): void {
  if (c.y + signatureBlockHeight(doc, a) > pageH(doc) - BOTTOM) {
    doc.addPage();
    c.y = TOP;
    heading(doc, c, 'Resumen del acta', 0);
    paragraph(doc, c, a.essentials, '');
  }
  heading(doc, c, 'Firmas', 0);
  const resolved = a.signatures.map((s) => (s.signature ? resolve(doc, s.signature, images) : null));
  const signs = resolved.map((r) =>
    typeof r === 'string'
      ? { content: r, styles: { textColor: 110, fontSize: 7.5, minCellHeight: SIGNATURE_ROW_H } }
      : { content: '', styles: { minCellHeight: SIGNATURE_ROW_H } },
  );
  const people = a.signatures.map((s) => ({
    content: `${s.name}\n${s.status}`,
    styles: s.valid || s.signature === null ? {} : { textColor: [170, 30, 30] as Rgb },
  }));
  const draw = (data: CellHookData) => {
    const r = resolved[data.column.index];
    if (data.section !== 'body' || data.row.index !== 0 || !r || typeof r === 'string') return;
    const { cell } = data;
    const scale = Math.min(
      (cell.width - 2) / r.w,
      (cell.height - 2) / r.h,
      SIGNATURE_BOX.w / r.w,
      SIGNATURE_BOX.h / r.h,
    );
    const w = r.w * scale;
    const h = r.h * scale;
    try {
      doc.addImage(
        r.bytes,
        r.format,
        cell.x + (cell.width - w) / 2,
        cell.y + (cell.height - h) / 2,
        w,
        h,
        r.alias,
        'FAST',
      );
    } catch {
      doc.setFontSize(7.5);
      doc.text(UNREADABLE_SIGNATURE, cell.x + 1.5, cell.y + cell.height / 2 + 1);
    }
  };
  table(doc, c, [a.signatures.map((s) => s.role)], [signs, people], {
    columnStyles: Object.fromEntries(
      a.signatures.map((_, i) => [i, { cellWidth: contentW(doc) / a.signatures.length }]),
    ),
    styles: { fontSize: HEAD_FONT, cellPadding: 1.5, overflow: 'linebreak', halign: 'center' },
    didDrawCell: draw,
  });
  muted(doc, c, HASH_NOTE, NOTE_SIZE);
}

export function renderActaVerificacionDocument(acta: ActaVerificacionContent, images: ActaImages): jsPDF {
  const doc = newDocument(`${acta.title} – ${acta.school}`, acta.title);
  doc.deletePage(1);
  doc.addPage('a4', 'landscape');
  const c: Cursor = { y: TOP };
  drawIdentification(doc, c, acta);
  drawItems(doc, c, acta);
  heading(doc, c, 'Observaciones', 20);
  paragraph(doc, c, acta.observaciones, 'Sin observaciones.');
  drawSignatures(doc, c, acta, images);
  drawPageFrames(doc, { footer: acta.footer, second: acta.hashLine });
  return doc;
}

/** The acta as PDF bytes; `images` holds the signature bytes found on this device, by hash. */
export function renderActaVerificacionPdf(acta: ActaVerificacionContent, images: ActaImages): Uint8Array {
  return toBytes(renderActaVerificacionDocument(acta, images));
}

// Renders the *Acta de Verificación del PME* (content from the domain builder) as an A4 landscape
// PDF: identification, state of the signatures, correction links, the table of actions verified,
// totals per result, observations, and the signatures table with each signature drawn in its cell
// (as in the acta de sesión). Images come from the device's attachments by hash; one missing or
// unreadable becomes a sentence in its place, so the acta is always produced. Every page prints
// the acta's SHA-256 under its footer.
import type { jsPDF } from 'jspdf';
import type { CellHookData } from 'jspdf-autotable';
import { ACTA_ITEM_HEADERS, type ActaVerificacionContent } from '../../../domain/evaluation/report/actaContent.ts';
import type { VerificationResult } from '../../../domain/evaluation/acta.ts';
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import { ACCENT, BODY_SIZE, newDocument, toBytes, type Cursor, type Rgb } from '../../files/report/index.ts';
import { TOP, drawPageFrames, facts, heading, muted, paragraph, table, title, writeLines } from './look.ts';

export type ActaImages = ReadonlyMap<string, { bytes: Uint8Array; type: AttachmentRef['type'] }>;

export const SIGNATURE_MISSING = '(firma no disponible en este equipo)';
export const UNREADABLE_SIGNATURE = '(firma no legible)';
const SIGNATURE_BOX = { w: 46, h: 17 };
const RESULT_COLORS: Record<VerificationResult, Rgb> = { verificada: [46, 125, 50], parcial: [190, 120, 0], 'no-verificada': [170, 30, 30] };

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

function drawIdentification(doc: jsPDF, c: Cursor, a: ActaVerificacionContent): void {
  title(doc, c, a.title);
  facts(doc, c, a.identification);
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
    if (data.section === 'body' && item && data.column.index === 5) data.cell.styles.textColor = RESULT_COLORS[item.result];
  };
  table(doc, c, [[...ACTA_ITEM_HEADERS]], a.items.map((i) => i.cells), {
    columnStyles: { 0: { cellWidth: 9 }, 1: { cellWidth: 60 }, 3: { cellWidth: 26 }, 5: { cellWidth: 26 } },
    styles: { fontSize: 8, cellPadding: 1.4, overflow: 'linebreak', valign: 'top' },
    didParseCell: colour,
  });
  facts(doc, c, a.totals);
}

function drawSignatures(doc: jsPDF, c: Cursor, a: ActaVerificacionContent, images: ActaImages): void {
  heading(doc, c, 'Firmas', 50);
  const resolved = a.signatures.map((s) => (s.signature ? resolve(doc, s.signature, images) : null));
  const body = a.signatures.map((s, i) => {
    const r = resolved[i];
    const sign = r === null || r === undefined ? { content: '' } : typeof r === 'string' ? { content: r, styles: { textColor: 110, fontSize: 7.5 } } : { content: '', styles: { minCellHeight: SIGNATURE_BOX.h + 3 } };
    return [s.role, s.name, sign, { content: s.status, styles: s.valid ? {} : { textColor: [170, 30, 30] as Rgb } }];
  });
  const draw = (data: CellHookData) => {
    const r = resolved[data.row.index];
    if (data.section !== 'body' || data.column.index !== 2 || !r || typeof r === 'string') return;
    const { cell } = data;
    const scale = Math.min((cell.width - 2) / r.w, (cell.height - 2) / r.h, SIGNATURE_BOX.w / r.w, SIGNATURE_BOX.h / r.h);
    const w = r.w * scale;
    const h = r.h * scale;
    try {
      doc.addImage(r.bytes, r.format, cell.x + (cell.width - w) / 2, cell.y + (cell.height - h) / 2, w, h, r.alias, 'FAST');
    } catch {
      doc.setFontSize(7.5);
      doc.text(UNREADABLE_SIGNATURE, cell.x + 1.5, cell.y + cell.height / 2 + 1);
    }
  };
  table(doc, c, [['Cargo', 'Nombre', 'Firma', 'Estado']], body, { columnStyles: { 0: { cellWidth: 40 }, 2: { cellWidth: SIGNATURE_BOX.w + 4 } }, didDrawCell: draw });
  doc.setTextColor(...ACCENT);
  writeLines(doc, c, a.hashLine, 8);
  doc.setTextColor(0);
  muted(doc, c, 'Cada firma se hizo sobre el contenido identificado por esta huella: cualquier cambio posterior del acta produce otra huella. Para corregir un acta firmada se emite una nueva acta que la reemplaza.');
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

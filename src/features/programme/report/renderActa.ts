// Renders the acta de sesión (content from the domain builder) as an A4 portrait PDF with jspdf,
// offline: identification, agenda and notes, attendance with each signature drawn in its cell,
// the session's agreements and those reviewed from earlier sessions, and the photos as a grid of
// thumbnails (six per page). Images come from the device's attachment store by hash, already made
// printable by the caller (WebP and EXIF-turned JPEGs redrawn upright as JPEG, PH-5); one that is
// not on this device, still in a format jspdf cannot embed, or unreadable, becomes a line of text
// in its place: the acta is always produced.
import type { jsPDF } from 'jspdf';
import type { CellHookData, RowInput } from 'jspdf-autotable';
import type { ActaAgreementRow, ActaContent } from '../../../domain/programme/report/acta.ts';
import { AGREEMENT_HEADERS, PARTICIPANT_HEADERS } from '../../../domain/programme/report/acta.ts';
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import { fitInside, imageSize } from './imageSize.ts';
import type { ImageSize } from './imageSize.ts';
import { BODY_SIZE, newDocument, pageH, toBytes, type Cursor } from '../../files/report/index.ts';
import { MARGIN_X, TOP, contentW, drawPageFrames, facts, heading, muted, table, title, writeLines } from './look.ts';

export type ActaImages = ReadonlyMap<string, { bytes: Uint8Array; type: AttachmentRef['type'] }>;

export const SIGNATURE_MISSING = '(firma no disponible en este equipo)';
export const PHOTO_MISSING = '(foto no disponible en este equipo)';
export const UNSUPPORTED_FORMAT = '(formato no admitido en el PDF)';
export const UNREADABLE_IMAGE = '(imagen no legible)';
export const NO_SIGNATURE = 'Sin firma';

const SIGNATURE_BOX = { w: 40, h: 15 };
const SIGNATURE_COL = 44;
const PHOTOS_PER_ROW = 2;
const PHOTO_ROWS = 3;
const PHOTO_GAP = 6;
const PHOTO_CELL_H = 78;
const CAPTION_H = 6;

type Resolved =
  { ok: true; bytes: Uint8Array; format: 'PNG' | 'JPEG'; size: ImageSize; alias: string } | { ok: false; text: string };

/** What to draw for a ref: the image, or the sentence that stands in for it. */
function resolve(ref: AttachmentRef, images: ActaImages, missing: string): Resolved {
  const stored = images.get(ref.hash);
  if (!stored) return { ok: false, text: missing };
  if (stored.type === 'image/webp') return { ok: false, text: UNSUPPORTED_FORMAT };
  const size = imageSize(stored.bytes);
  if (!size) return { ok: false, text: UNREADABLE_IMAGE };
  return { ok: true, bytes: stored.bytes, format: size.format === 'png' ? 'PNG' : 'JPEG', size, alias: ref.hash };
}

/** Draws the image fitted and centred in the box; false (nothing drawn) when jspdf cannot read it. */
function drawFitted(
  doc: jsPDF,
  img: Extract<Resolved, { ok: true }>,
  x: number,
  y: number,
  w: number,
  h: number,
): boolean {
  const fit = fitInside(img.size, w, h);
  try {
    doc.addImage(img.bytes, img.format, x + (w - fit.w) / 2, y + (h - fit.h) / 2, fit.w, fit.h, img.alias, 'FAST');
    return true;
  } catch {
    return false;
  }
}

function drawIdentification(doc: jsPDF, c: Cursor, acta: ActaContent): void {
  title(doc, c, acta.title);
  const month = acta.monthTheme ? `${acta.programmeMonth}: ${acta.monthTheme}` : acta.programmeMonth;
  facts(doc, c, [
    ...acta.school.identification,
    ['Asesor/a ATE', acta.advisor || '—'],
    ['Tipo de sesión', acta.typeLabel],
    ['Fecha', acta.date],
    ['Horario', acta.times],
    ['Duración', acta.duration],
    ['Mes del programa', month],
  ]);
}

function drawText(doc: jsPDF, c: Cursor, label: string, text: string, empty: string): void {
  heading(doc, c, label);
  if (text === '') muted(doc, c, empty);
  else {
    writeLines(doc, c, text, BODY_SIZE);
    c.y += 3;
  }
}

function drawAttendance(doc: jsPDF, c: Cursor, acta: ActaContent, images: ActaImages): void {
  heading(doc, c, 'Asistencia', 30);
  if (acta.participants.length === 0) {
    muted(doc, c, 'Sin participantes registrados.');
    return;
  }
  writeLines(doc, c, `${acta.attendanceSummary}.`, BODY_SIZE);
  c.y += 2;
  const signatures = acta.participants.map((p) =>
    p.signature ? resolve(p.signature, images, SIGNATURE_MISSING) : null,
  );
  const body: RowInput[] = acta.participants.map((p, i) => {
    const s = signatures[i];
    // An image cell is left empty and tall enough for the box; didDrawCell draws the image in it.
    const sign = !s
      ? { content: NO_SIGNATURE, styles: { textColor: 110 } }
      : s.ok
        ? { content: '', styles: { minCellHeight: SIGNATURE_BOX.h + 3 } }
        : { content: s.text, styles: { textColor: 110, fontSize: 7.5 } };
    return [p.name, p.role, p.attendance, sign];
  });
  const drawSignature = (data: CellHookData) => {
    const s = signatures[data.row.index];
    if (data.section !== 'body' || data.column.index !== 3 || !s?.ok) return;
    const { cell } = data;
    const w = Math.min(SIGNATURE_BOX.w, cell.width - 2);
    const h = Math.min(SIGNATURE_BOX.h, cell.height - 2);
    if (!drawFitted(doc, s, cell.x + (cell.width - w) / 2, cell.y + (cell.height - h) / 2, w, h)) {
      doc.setFontSize(7.5);
      doc.setTextColor(110);
      doc.text(UNREADABLE_IMAGE, cell.x + 1.5, cell.y + cell.height / 2 + 1);
      doc.setTextColor(0);
    }
  };
  table(doc, c, [[...PARTICIPANT_HEADERS]], body, {
    columnStyles: { 2: { cellWidth: 22 }, 3: { cellWidth: SIGNATURE_COL } },
    didDrawCell: drawSignature,
  });
}

function agreementRows(rows: readonly ActaAgreementRow[]): RowInput[] {
  return rows.map((a) => [
    a.text,
    a.responsible,
    a.dueDate,
    { content: a.status, styles: a.done ? { textColor: [30, 110, 50] } : {} },
  ]);
}

function drawAgreements(doc: jsPDF, c: Cursor, label: string, rows: readonly ActaAgreementRow[], empty: string): void {
  heading(doc, c, label, 24);
  if (rows.length === 0) {
    muted(doc, c, empty);
    return;
  }
  table(doc, c, [[...AGREEMENT_HEADERS]], agreementRows(rows), {
    columnStyles: { 1: { cellWidth: 38 }, 2: { cellWidth: 22 }, 3: { cellWidth: 34 } },
  });
}

function placeholder(doc: jsPDF, text: string, x: number, y: number, w: number, h: number): void {
  doc.setDrawColor(190);
  doc.setLineWidth(0.3);
  doc.rect(x, y, w, h);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110);
  doc.text(text, x + w / 2, y + h / 2, { align: 'center', baseline: 'middle' });
  doc.setTextColor(0);
  doc.setDrawColor(0);
}

/** Photos two by three per page, each fitted in its cell with its caption below. */
function drawPhotos(doc: jsPDF, acta: ActaContent, images: ActaImages): void {
  if (acta.photos.length === 0) return;
  const cellW = (contentW(doc) - PHOTO_GAP * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW;
  const perPage = PHOTOS_PER_ROW * PHOTO_ROWS;
  let top = TOP;
  acta.photos.forEach((ref, i) => {
    const slot = i % perPage;
    if (slot === 0) {
      doc.addPage();
      const c: Cursor = { y: TOP };
      heading(doc, c, i === 0 ? 'Registro fotográfico' : 'Registro fotográfico (continuación)', 0);
      top = c.y + 1;
    }
    const x = MARGIN_X + (slot % PHOTOS_PER_ROW) * (cellW + PHOTO_GAP);
    const y = top + Math.floor(slot / PHOTOS_PER_ROW) * PHOTO_CELL_H;
    const boxH = Math.min(PHOTO_CELL_H - CAPTION_H - 2, pageH(doc) - 20 - y - CAPTION_H);
    const img = resolve(ref, images, PHOTO_MISSING);
    if (!img.ok) placeholder(doc, img.text, x, y, cellW, boxH);
    else if (!drawFitted(doc, img, x, y, cellW, boxH)) placeholder(doc, UNREADABLE_IMAGE, x, y, cellW, boxH);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    const caption = ref.name?.trim() ? `Foto ${i + 1}: ${ref.name.trim()}` : `Foto ${i + 1}`;
    doc.text(doc.splitTextToSize(caption, cellW)[0] as string, x + cellW / 2, y + boxH + 4, { align: 'center' });
  });
}

/** The laid-out acta (for callers that need the page count or `save`). */
export function renderActaDocument(acta: ActaContent, images: ActaImages): jsPDF {
  const doc = newDocument(`${acta.title} – ${acta.school.name} – ${acta.date}`, acta.title);
  const c: Cursor = { y: TOP };
  drawIdentification(doc, c, acta);
  drawText(doc, c, 'Temario', acta.agenda, 'Sin temario registrado.');
  drawText(doc, c, 'Desarrollo de la sesión', acta.notes, 'Sin notas registradas.');
  drawAttendance(doc, c, acta, images);
  drawAgreements(doc, c, 'Acuerdos de la sesión', acta.agreements, 'Sin acuerdos registrados en esta sesión.');
  drawAgreements(
    doc,
    c,
    'Revisión de acuerdos de sesiones anteriores',
    acta.reviewed,
    'Sin acuerdos anteriores por revisar.',
  );
  drawPhotos(doc, acta, images);
  drawPageFrames(doc, { footer: acta.footer });
  return doc;
}

/** The acta as PDF bytes; `images` holds the signature and photo bytes found on this device, by hash. */
export function renderActaPdf(acta: ActaContent, images: ActaImages): Uint8Array {
  return toBytes(renderActaDocument(acta, images));
}

// Renders a herramienta de monitoreo as a blank A4 form to fill by hand (content: domain/monitoring/report/
// blankForm.ts, MX-6): identification, the actions it covers with a box per medio de verificación, one row per
// field with its answer boxes (room to write for free text), and the signature line.
import type { jsPDF } from 'jspdf';
import { BLANK_FORM_FIELD_HEADERS, BOX, type BlankFormContent } from '../../../domain/monitoring/report/blankForm.ts';
import { BODY_SIZE, lineHeight, newDocument, toBytes, type Cursor } from '../../files/report/index.ts';
import { monitoringLook } from './look.ts';

const { TOP, drawPageFrames, ensureSpace, facts, heading, muted, table, title, writeLines } = monitoringLook;

function actionsTable(doc: jsPDF, c: Cursor, content: BlankFormContent): void {
  heading(doc, c, 'Acciones que cubre y medios de verificación');
  if (content.actions.length === 0) {
    muted(doc, c, 'El plan de monitoreo no asigna esta herramienta a una acción. Acción: ______________________');
    return;
  }
  const body = content.actions.map((a) => [
    a.name,
    a.means.length > 0 ? a.means.map((m) => `${BOX} ${m}`).join('\n') : 'Sin medios de verificación registrados',
  ]);
  table(doc, c, [['Acción', 'Medios de verificación (marque los revisados)']], body, {
    columnStyles: { 0: { cellWidth: 75 } },
  });
}

function fieldsTable(doc: jsPDF, c: Cursor, content: BlankFormContent): void {
  heading(doc, c, 'Registro');
  const body = content.fields.map((f) => [
    f.number,
    `${f.section ? `${f.section}: ` : ''}${f.label}${f.required ? ' *' : ''}`,
    { content: f.answer, styles: { minCellHeight: f.lines * lineHeight(BODY_SIZE) + 2 } },
  ]);
  table(doc, c, [[...BLANK_FORM_FIELD_HEADERS]], body, {
    columnStyles: { 0: { cellWidth: 9 }, 1: { cellWidth: 70 } },
    styles: { fontSize: 9, cellPadding: 1.6, overflow: 'linebreak', valign: 'top' },
  });
  muted(doc, c, '* Campo obligatorio.', 8);
}

function signatureLine(doc: jsPDF, c: Cursor, content: BlankFormContent): void {
  ensureSpace(doc, c, 30);
  c.y += 8;
  writeLines(doc, c, content.signature.map((s) => `${s}: ____________________`).join('   '), BODY_SIZE);
}

export function renderBlankFormDocument(content: BlankFormContent): jsPDF {
  const doc = newDocument(`${content.title} – ${content.school}`, 'Herramienta de monitoreo (formulario en blanco)');
  const c: Cursor = { y: TOP };
  title(doc, c, content.title);
  facts(doc, c, [
    ...content.identification,
    ['Corte', content.corte],
    ['Herramienta', content.version],
    ['Impreso el', content.printed],
  ]);
  if (content.purpose) writeLines(doc, c, content.purpose, BODY_SIZE);
  c.y += 2;
  actionsTable(doc, c, content);
  fieldsTable(doc, c, content);
  signatureLine(doc, c, content);
  drawPageFrames(doc, { footer: content.footer });
  return doc;
}

export function renderBlankFormPdf(content: BlankFormContent): Uint8Array {
  return toBytes(renderBlankFormDocument(content));
}

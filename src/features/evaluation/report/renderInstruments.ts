// Renders the *Herramientas de monitoreo* (content from the domain builder) as an A4 portrait PDF:
// an identification block, then per instrument its title, version, origin and purpose and a table
// of its fields. Footer with the school and "Página N de M" on every page.
import type { jsPDF } from 'jspdf';
import {
  INSTRUMENT_FIELD_HEADERS,
  type InstrumentsContent,
} from '../../../domain/evaluation/report/instrumentsContent.ts';
import { BODY_SIZE, newDocument, toBytes, type Cursor } from '../../files/report/index.ts';
import { evaluationLook } from './look.ts';

const { TOP, drawPageFrames, facts, heading, muted, table, title, writeLines } = evaluationLook;

export function renderInstrumentsDocument(content: InstrumentsContent): jsPDF {
  const doc = newDocument(`${content.title} – ${content.school}`, content.title);
  const c: Cursor = { y: TOP };
  title(doc, c, content.title);
  facts(doc, c, [
    ...content.identification,
    ['Fecha', content.date],
    ['Herramientas', String(content.instruments.length)],
  ]);
  if (content.instruments.length === 0)
    muted(doc, c, 'El establecimiento no tiene herramientas de monitoreo registradas.');
  content.instruments.forEach((i, n) => {
    heading(doc, c, `${n + 1}. ${i.title}`, 40);
    writeLines(doc, c, `${i.version} · ${i.origin}`, 9, 'bold');
    c.y += 1;
    if (i.purpose) writeLines(doc, c, i.purpose, BODY_SIZE);
    c.y += 2;
    table(doc, c, [[...INSTRUMENT_FIELD_HEADERS]], i.fields, {
      columnStyles: {
        0: { cellWidth: 9 },
        1: { cellWidth: 30 },
        3: { cellWidth: 28 },
        4: { cellWidth: 20 },
        5: { cellWidth: 38 },
      },
      styles: { fontSize: 8, cellPadding: 1.3, overflow: 'linebreak', valign: 'top' },
    });
  });
  drawPageFrames(doc, { footer: content.footer });
  return doc;
}

export function renderInstrumentsPdf(content: InstrumentsContent): Uint8Array {
  return toBytes(renderInstrumentsDocument(content));
}

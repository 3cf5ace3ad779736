// Renders the hours-and-activities report (content from the domain builder) as an A4 portrait PDF
// with jspdf, offline: identification and period, the hours totals with the overrun warning, the
// sessions held in the period, and per programme month the hours and sessions planned against
// those held. Footer with "Página N de M" on every page, as in the other documents.
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import type { HoursReport } from '../../../domain/programme/report/hoursReport.ts';
import { BODY_SIZE, WARNING, newDocument, toBytes, type Cursor } from '../../files/report/index.ts';
import { TOP, drawPageFrames, facts, heading, muted, table, title, writeLines } from './look.ts';

const PERIOD_FILL: [number, number, number] = [221, 230, 240];

function drawIdentification(doc: jsPDF, c: Cursor, r: HoursReport): void {
  title(doc, c, r.title);
  facts(doc, c, [
    ...r.school.identification,
    ['Asesor/a ATE', r.advisor || '—'],
    ['Período del informe', r.period.label],
    [
      'Asesoría',
      r.engagement.end
        ? `${r.engagement.months}, del ${r.engagement.start} al ${r.engagement.end}`
        : `${r.engagement.months}, desde el ${r.engagement.start}`,
    ],
    ['Fecha de emisión', r.generatedOn],
  ]);
}

function drawTotals(doc: jsPDF, c: Cursor, r: HoursReport): void {
  heading(doc, c, 'Resumen de horas', 40);
  table(
    doc,
    c,
    [['Concepto', 'Horas']],
    r.totals.rows.map(([k, v]) => [k, v]),
    {
      tableWidth: 130,
      columnStyles: { 1: { halign: 'right', cellWidth: 40 } },
    },
  );
  if (r.totals.warning) {
    doc.setTextColor(...WARNING);
    writeLines(doc, c, r.totals.warning, BODY_SIZE, 'bold');
    doc.setTextColor(0);
    c.y += 3;
  }
}

function drawSessions(doc: jsPDF, c: Cursor, r: HoursReport): void {
  heading(doc, c, `Sesiones realizadas en el período (${r.sessions.count})`, 30);
  if (r.sessions.count === 0) {
    muted(doc, c, 'Sin sesiones realizadas en el período.');
    return;
  }
  const cols = r.sessions.headers.length;
  table(doc, c, [r.sessions.headers], r.sessions.rows, {
    foot: [
      [
        { content: 'Total del período', colSpan: 4, styles: { halign: 'right' } },
        { content: r.sessions.total, colSpan: cols - 4 },
      ],
    ],
    showFoot: 'lastPage',
    columnStyles: {
      0: { cellWidth: 22 },
      2: { cellWidth: 22 },
      3: { cellWidth: 28 },
      4: { cellWidth: 24 },
      5: { cellWidth: 22, halign: 'center' },
      6: { cellWidth: 20, halign: 'center' },
    },
  });
}

function drawMonths(doc: jsPDF, c: Cursor, r: HoursReport): void {
  heading(doc, c, 'Avance por mes del programa', 40);
  if (r.months.rows.length === 0) {
    muted(doc, c, 'La asesoría no tiene calendario mensual.');
    return;
  }
  writeLines(
    doc,
    c,
    'Horas y sesiones planificadas y realizadas en cada mes del calendario, según la fecha de las sesiones. Los meses destacados coinciden con el período del informe.',
    9,
  );
  c.y += 2;
  const body: RowInput[] = r.months.rows.map((m) =>
    m.inPeriod ? m.cells.map((content) => ({ content, styles: { fillColor: PERIOD_FILL } })) : m.cells,
  );
  table(doc, c, [r.months.headers], body, {
    foot: [r.months.total],
    showFoot: 'lastPage',
    columnStyles: {
      0: { cellWidth: 14 },
      1: { cellWidth: 40 },
      2: { cellWidth: 24 },
      3: { cellWidth: 24 },
      4: { cellWidth: 26 },
      5: { cellWidth: 26 },
      6: { cellWidth: 26 },
    },
  });
  for (const line of r.months.outside) writeLines(doc, c, line, 9);
}

/** The laid-out report (for callers that need the page count or `save`). */
export function renderHoursReportDocument(report: HoursReport): jsPDF {
  const doc = newDocument(`${report.title} – ${report.school.name} – ${report.period.label}`, report.title);
  const c: Cursor = { y: TOP };
  drawIdentification(doc, c, report);
  drawTotals(doc, c, report);
  drawSessions(doc, c, report);
  drawMonths(doc, c, report);
  drawPageFrames(doc, { footer: report.footer });
  return doc;
}

export function renderHoursReportPdf(report: HoursReport): Uint8Array {
  return toBytes(renderHoursReportDocument(report));
}

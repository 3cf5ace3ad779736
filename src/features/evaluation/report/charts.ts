// Bar charts of the Informe de Evaluación drawn with jspdf primitives (rect, line, text), no
// images: paired horizontal bars comparing a "before" and an "after" value per row (diagnosis vs
// evaluation, línea base vs valor final) and stacked bars of the actions' outcomes per group.
// A chart is kept whole on one page.
import type { jsPDF } from 'jspdf';
import { ACCENT, ACCENT_LIGHT, MUTED, type Cursor, type Rgb } from '../../files/report/index.ts';
import { evaluationLook } from './look.ts';
import { formatPercent } from '../../../domain/shared/numbers.ts';

const { MARGIN_X, contentW, ensureSpace } = evaluationLook;

export interface PairRow {
  label: string;
  before: number | null;
  after: number | null;
  /** Printed after the pair; e.g. "de 2,4 a 3,1". */
  caption: string;
}

export interface StackRow {
  label: string;
  /** Shares in percent, in the order of the chart's segments; they add up to 100 or to 0. */
  parts: number[];
  caption: string;
}

export interface Axis {
  min: number;
  max: number;
  ticks: readonly { at: number; label: string }[];
}

const LABEL_W = 58;
const CAPTION_W = 30;
const BAR_H = 3.2;
const ROW_GAP = 2.6;
const LEGEND_H = 7;
const AXIS_H = 6;

function legend(doc: jsPDF, c: Cursor, items: readonly [string, Rgb][]): void {
  let x = MARGIN_X + LABEL_W;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  for (const [text, color] of items) {
    doc.setFillColor(...color);
    doc.rect(x, c.y + 0.8, 3.5, 3, 'F');
    doc.text(text, x + 5, c.y + 3.3);
    x += 9 + doc.getTextWidth(text);
  }
  c.y += LEGEND_H;
}

function label(doc: jsPDF, text: string, y: number, h: number): void {
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  doc.setTextColor(0);
  const lines = doc.splitTextToSize(text, LABEL_W - 3) as string[];
  const shown = lines.length > 2 ? [lines[0] ?? '', `${lines[1] ?? ''}…`] : lines;
  doc.text(shown, MARGIN_X, y + h / 2 - ((shown.length - 1) * 3) / 2 + 1, {});
}

function axis(doc: jsPDF, c: Cursor, x0: number, w: number, a: Axis, top: number): void {
  doc.setDrawColor(200);
  doc.setLineWidth(0.15);
  doc.setFontSize(7);
  doc.setTextColor(MUTED);
  for (const t of a.ticks) {
    const x = x0 + ((t.at - a.min) / (a.max - a.min)) * w;
    doc.line(x, top, x, c.y);
    doc.text(t.label, x, c.y + 3.5, { align: 'center' });
  }
  doc.setTextColor(0);
  doc.setDrawColor(0);
  c.y += AXIS_H;
}

export const pairedBarsHeight = (rows: number) => LEGEND_H + rows * (2 * BAR_H + ROW_GAP + 1) + AXIS_H + 4;
export const stackedBarsHeight = (rows: number) => LEGEND_H + rows * (BAR_H + 1.5 + ROW_GAP) + AXIS_H + 4;

/** Paired bars per row ("before" light, "after" dark) on a shared axis. */
export function pairedBars(
  doc: jsPDF,
  c: Cursor,
  rows: readonly PairRow[],
  a: Axis,
  names: readonly [string, string],
): void {
  const rowH = 2 * BAR_H + ROW_GAP + 1;
  ensureSpace(doc, c, pairedBarsHeight(rows.length));
  legend(doc, c, [
    [names[0], ACCENT_LIGHT],
    [names[1], ACCENT],
  ]);
  const x0 = MARGIN_X + LABEL_W;
  const w = contentW(doc) - LABEL_W - CAPTION_W;
  const top = c.y;
  const width = (v: number) => ((Math.max(a.min, Math.min(a.max, v)) - a.min) / (a.max - a.min)) * w;
  for (const r of rows) {
    label(doc, r.label, c.y, 2 * BAR_H + 1);
    const bars: [number | null, Rgb][] = [
      [r.before, ACCENT_LIGHT],
      [r.after, ACCENT],
    ];
    bars.forEach(([v, color], i) => {
      if (v === null) return;
      doc.setFillColor(...color);
      doc.rect(x0, c.y + i * (BAR_H + 1), Math.max(0.4, width(v)), BAR_H, 'F');
    });
    doc.setFontSize(7.5);
    doc.text(r.caption, x0 + w + 2, c.y + BAR_H + 1.5);
    c.y += rowH;
  }
  axis(doc, c, x0, w, a, top);
  c.y += 3;
}

/** One bar per row split in coloured segments (percent shares). */
export function stackedBars(
  doc: jsPDF,
  c: Cursor,
  rows: readonly StackRow[],
  segments: readonly [string, Rgb][],
): void {
  const rowH = BAR_H + 1.5 + ROW_GAP;
  ensureSpace(doc, c, stackedBarsHeight(rows.length));
  legend(doc, c, segments);
  const x0 = MARGIN_X + LABEL_W;
  const w = contentW(doc) - LABEL_W - CAPTION_W;
  const top = c.y;
  for (const r of rows) {
    label(doc, r.label, c.y, BAR_H + 1.5);
    let x = x0;
    r.parts.forEach((p, i) => {
      const seg = (Math.max(0, p) / 100) * w;
      if (seg <= 0) return;
      doc.setFillColor(...(segments[i]?.[1] ?? ACCENT));
      doc.rect(x, c.y, seg, BAR_H + 1.5, 'F');
      x += seg;
    });
    doc.setFontSize(7.5);
    doc.text(r.caption, x0 + w + 2, c.y + BAR_H);
    c.y += rowH;
  }
  axis(
    doc,
    c,
    x0,
    w,
    { min: 0, max: 100, ticks: [0, 25, 50, 75, 100].map((at) => ({ at, label: formatPercent(at, 0) })) },
    top,
  );
  c.y += 3;
}

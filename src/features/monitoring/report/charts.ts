// Summary charts drawn with jspdf primitives (rectangles, lines, text): no chart library, so the
// report stays offline and small. Each chart is kept whole on one page (it is a handful of rows)
// and moves the cursor below itself. Bars are scaled to `max`; labels wrap in a fixed left column.
import type { jsPDF } from 'jspdf';
import { ACCENT, ACCENT_LIGHT, PT, lineHeight, type Cursor, type Rgb } from '../../files/report/index.ts';
import { monitoringLook } from './look.ts';

const { MARGIN_X, contentW, ensureSpace } = monitoringLook;

const LABEL_W = 62;
const VALUE_W = 40;
const GAP = 2;
const LABEL_SIZE = 8.5;
const BAR_H = 4.5;
const PAIR_BAR_H = 3.6;
const PAIR_BARS_H = 2 * PAIR_BAR_H + 1.5;
const LEGEND_H = 6;
const GRID = 215;

type Tick = { at: number; label: string };

export interface BarRow {
  label: string;
  /** Bar length in the units of `max`; null draws no bar. */
  value: number | null;
  /** Written after the bar, e.g. "3 (60,0%)". */
  text: string;
  color: Rgb;
}

export interface PairRow {
  label: string;
  planned: number;
  executed: number;
  plannedText: string;
  executedText: string;
}

const barArea = (doc: jsPDF) => ({ x0: MARGIN_X + LABEL_W + GAP, width: contentW(doc) - LABEL_W - VALUE_W - 2 * GAP });

function labelLines(doc: jsPDF, label: string): string[] {
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(LABEL_SIZE);
  return doc.splitTextToSize(label, LABEL_W) as string[];
}

/** Label lines vertically centred on `mid`. */
function drawLabel(doc: jsPDF, lines: string[], mid: number): void {
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(LABEL_SIZE);
  doc.setTextColor(0);
  const lh = lineHeight(LABEL_SIZE);
  const top = mid - (lines.length * lh) / 2;
  lines.forEach((line, i) => doc.text(line, MARGIN_X, top + i * lh + LABEL_SIZE * PT * 0.85));
}

function bar(doc: jsPDF, x: number, y: number, length: number, h: number, color: Rgb): void {
  if (length <= 0) return;
  doc.setFillColor(...color);
  doc.rect(x, y, Math.max(length, 0.4), h, 'F');
}

function barText(doc: jsPDF, text: string, x: number, mid: number, bold = false): void {
  doc.setFont('helvetica', bold ? 'bold' : 'normal');
  doc.setFontSize(LABEL_SIZE);
  doc.text(text, x, mid + LABEL_SIZE * PT * 0.35);
}

/** Vertical grid lines at `ticks` (in units of `max`) with their labels under the chart. */
function grid(doc: jsPDF, top: number, bottom: number, max: number, ticks: readonly Tick[]): void {
  const { x0, width } = barArea(doc);
  doc.setDrawColor(GRID);
  doc.setLineWidth(0.2);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(7);
  doc.setTextColor(120);
  for (const t of ticks) {
    const x = x0 + (t.at / max) * width;
    doc.line(x, top, x, bottom);
    doc.text(t.label, x, bottom + 3, { align: 'center' });
  }
  doc.setTextColor(0);
}

function axis(doc: jsPDF, top: number, bottom: number): void {
  doc.setDrawColor(90);
  doc.setLineWidth(0.3);
  doc.line(barArea(doc).x0, top, barArea(doc).x0, bottom);
  doc.setDrawColor(0);
}

function layBars<R extends { label: string }>(
  doc: jsPDF,
  rows: readonly R[],
  barsH: number,
): { r: R; lines: string[]; h: number }[] {
  const lh = lineHeight(LABEL_SIZE);
  return rows.map((r) => {
    const lines = labelLines(doc, r.label);
    return { r, lines, h: Math.max(barsH + 2.5, lines.length * lh + 2) };
  });
}

const sum = (laid: readonly { h: number }[]) => laid.reduce((s, x) => s + x.h, 0);

/** The height `horizontalBars` takes, so a heading can be kept with its chart. */
export function horizontalBarsHeight(doc: jsPDF, rows: readonly BarRow[], ticks: readonly Tick[] = []): number {
  return sum(layBars(doc, rows, BAR_H)) + (ticks.length > 0 ? 7 : 3);
}

/** The height `pairedBars` takes. */
export function pairedBarsHeight(doc: jsPDF, rows: readonly PairRow[]): number {
  return LEGEND_H + sum(layBars(doc, rows, PAIR_BARS_H)) + 3;
}

/** One bar per row; `ticks` adds a scale under the chart (e.g. 0%…100%). */
export function horizontalBars(
  doc: jsPDF,
  c: Cursor,
  rows: readonly BarRow[],
  max: number,
  ticks: readonly Tick[] = [],
): void {
  const laid = layBars(doc, rows, BAR_H);
  const height = sum(laid);
  ensureSpace(doc, c, horizontalBarsHeight(doc, rows, ticks));
  const top = c.y;
  grid(doc, top, top + height, max, ticks);
  const { x0, width } = barArea(doc);
  for (const { r, lines, h } of laid) {
    const mid = c.y + h / 2;
    drawLabel(doc, lines, mid);
    const length = r.value === null || max <= 0 ? 0 : (Math.min(r.value, max) / max) * width;
    bar(doc, x0, mid - BAR_H / 2, length, BAR_H, r.color);
    barText(doc, r.text, x0 + length + GAP, mid);
    c.y += h;
  }
  axis(doc, top, c.y);
  c.y += ticks.length > 0 ? 7 : 3;
}

function legend(doc: jsPDF, c: Cursor, items: readonly [string, Rgb][]): void {
  let x = barArea(doc).x0;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(LABEL_SIZE);
  for (const [label, color] of items) {
    doc.setFillColor(...color);
    doc.rect(x, c.y, 3.5, 3.5, 'F');
    doc.text(label, x + 5, c.y + 3);
    x += 5 + doc.getTextWidth(label) + 8;
  }
  c.y += LEGEND_H;
}

/** Two bars per row, planned (light) above executed (dark), both scaled to the largest amount. */
export function pairedBars(doc: jsPDF, c: Cursor, rows: readonly PairRow[]): void {
  const laid = layBars(doc, rows, PAIR_BARS_H);
  ensureSpace(doc, c, pairedBarsHeight(doc, rows));
  legend(doc, c, [
    ['Planificado', ACCENT_LIGHT],
    ['Ejecutado', ACCENT],
  ]);
  const top = c.y;
  const max = Math.max(1, ...rows.flatMap((r) => [r.planned, r.executed]));
  const { x0, width } = barArea(doc);
  for (const { r, lines, h } of laid) {
    const mid = c.y + h / 2;
    drawLabel(doc, lines, mid);
    const planned = (Math.max(0, r.planned) / max) * width;
    const executed = (Math.max(0, r.executed) / max) * width;
    const yPlanned = mid - PAIR_BAR_H - 0.4;
    const yExecuted = mid + 0.4;
    bar(doc, x0, yPlanned, planned, PAIR_BAR_H, ACCENT_LIGHT);
    bar(doc, x0, yExecuted, executed, PAIR_BAR_H, ACCENT);
    barText(doc, r.plannedText, x0 + planned + GAP, yPlanned + PAIR_BAR_H / 2);
    barText(doc, r.executedText, x0 + executed + GAP, yExecuted + PAIR_BAR_H / 2, true);
    c.y += h;
  }
  axis(doc, top, c.y);
  c.y += 3;
}

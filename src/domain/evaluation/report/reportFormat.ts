// Shared formatting of the evaluation documents (es-CL: decimal comma, "$ 1.250.000", dd-mm-aaaa)
// and the chart data the renderers draw. Plain data: the renderers only lay it out.
import { formatNumber, formatPercent } from '../../shared/numbers.ts';

export const NO_VALUE = '—';

/** Paired bars: a "before" and an "after" value per row, on a shared axis. */
export interface PairChartRow {
  label: string;
  before: number | null;
  after: number | null;
  caption: string;
}

export interface ChartAxis {
  min: number;
  max: number;
  ticks: { at: number; label: string }[];
}

export interface PairChart {
  title: string;
  names: [string, string];
  axis: ChartAxis;
  rows: PairChartRow[];
}

/** Stacked bars: per row the shares (percent) of each segment, in the order of `segments`. */
export interface StackChart {
  title: string;
  segments: string[];
  rows: { label: string; parts: number[]; caption: string }[];
}

export const num = (n: number | null, decimals = 1): string => (n === null ? NO_VALUE : formatNumber(n, decimals));
/** The one percent formatter (shared/numbers.ts): "16,7 %". */
export const pct = (n: number | null, decimals = 1): string => formatPercent(n, decimals);
/** A goal's value in its unit: "22,0 %" for a percentage, "22,0" otherwise. */
export const goalValue = (n: number | null, unit: string): string => (unit === '%' ? pct(n) : num(n));
/** "+0,4", "-1,2", "0,0"; a dash for null. */
export const signed = (n: number | null, decimals = 1): string =>
  n === null
    ? NO_VALUE
    : `${n > 0 && formatNumber(n, decimals) !== formatNumber(0, decimals) ? '+' : ''}${formatNumber(n, decimals)}`;

export const PERCENT_AXIS: ChartAxis = {
  min: 0,
  max: 100,
  ticks: [0, 25, 50, 75, 100].map((at) => ({ at, label: formatPercent(at, 0) })),
};
export const SCALE_AXIS: ChartAxis = { min: 1, max: 4, ticks: [1, 2, 3, 4].map((at) => ({ at, label: String(at) })) };

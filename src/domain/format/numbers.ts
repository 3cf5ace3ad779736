// Numbers as the documents and the screens print them (es-CL: decimal comma, thousands with points,
// "16,7 %"). Done by hand so that every runtime (browser, Node with or without full ICU) prints the
// same characters: a screen and the PDF made from the same data must read the same (R-8).

/** The space between a number and its % sign: no-break, so "16,7 %" never wraps. */
export const PERCENT_SPACE = '\u00a0';
export const NO_FIGURE = '—';

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number with `decimals` decimals, decimal comma, thousands with points. */
export function formatNumber(n: number, decimals: number): string {
  const f = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * f) / f;
  const [int = '0', frac] = rounded.toFixed(decimals).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

/** A percentage (0…100 scale): "16,7 %"; a dash for null. The one percent formatter (R-8). */
export function formatPercent(n: number | null | undefined, decimals = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? NO_FIGURE : `${formatNumber(n, decimals)}${PERCENT_SPACE}%`;
}

/** "16,7 %" (any space, or none) → 16.7; "1.234,5 %" → 1234.5; "—" → null. Inverse of formatPercent. */
export function parsePercent(text: string): number | null {
  const t = text.replace('%', '').replace(/\./g, '').replace(',', '.').replace(/[\s\u00a0]/g, '');
  const n = Number(t);
  return t === '' || Number.isNaN(n) ? null : n;
}

/** A rate 0…1 as a percentage: 0,1667 → "16,7 %". */
export const formatRate = (rate: number | null, decimals = 1): string => formatPercent(rate === null ? null : rate * 100, decimals);

/** A 1–4 mean: one decimal; a dash when there is none. */
export const formatMean = (mean: number | null): string => (mean === null ? NO_FIGURE : formatNumber(mean, 1));

/** A value as it was typed or imported (results data): up to `maxDecimals` decimals, no trailing zeros. */
export function formatStored(n: number | null, maxDecimals = 2): string {
  if (n === null) return NO_FIGURE;
  const s = formatNumber(n, maxDecimals);
  return s.includes(',') ? s.replace(/0+$/, '').replace(/,$/, '') : s;
}

/** A signed stored difference: "+3", "-2,5", "0". */
export const formatStoredDiff = (n: number | null): string => (n === null ? NO_FIGURE : `${n > 0 && formatStored(n) !== '0' ? '+' : ''}${formatStored(n)}`);

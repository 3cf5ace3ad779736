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

/**
 * A percentage (0…100 scale): "16,7 %"; a dash for null. The one percent formatter (R-8;
 * tests/unit/domain/shared/percentFormat.test.ts fails on a percentage built any other way).
 * `compact` drops trailing zeros.
 */
export function formatPercent(n: number | null | undefined, decimals = 1, compact = false): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NO_FIGURE;
  return `${compact ? formatCompactNumber(n, decimals) : formatNumber(n, decimals)}${PERCENT_SPACE}%`;
}

/** Up to `maxDecimals` decimals, without trailing zeros: 16,7 · 80 · 1.234,05. */
export function formatCompactNumber(n: number, maxDecimals: number): string {
  const fixed = formatNumber(n, maxDecimals);
  return fixed.includes(',') ? fixed.replace(/0+$/, '').replace(/,$/, '') : fixed;
}

/** A measured value with its indicator's unit: "16,7 %", "250 puntos", "12 número". */
export function formatWithUnit(value: number | null, unit: string): string {
  if (value === null) return NO_FIGURE;
  return unit === '%' ? formatPercent(value, 2, true) : `${formatCompactNumber(value, 2)} ${unit}`;
}

/** "16,7 %" (any space, or none) → 16.7; "1.234,5 %" → 1234.5; "—" → null. Inverse of formatPercent. */
export function parsePercent(text: string): number | null {
  const t = text
    .replace('%', '')
    .replace(/\./g, '')
    .replace(',', '.')
    .replace(/[\s\u00a0]/g, '');
  const n = Number(t);
  return t === '' || Number.isNaN(n) ? null : n;
}

export type DecimalInput =
  { ok: true; value: number } | { ok: false; code: 'empty' | 'not-a-number' | 'ambiguous-point' };

/**
 * A number a person typed (FT-2): decimal comma or point. Points group thousands only when a decimal
 * comma follows ("1.500,5"); "1.500" alone is refused as ambiguous: 1500 to a Chilean, 1,5 to a
 * device that reads the point as decimal, and it was once stored as 1,5 without a word.
 */
export function parseDecimalInput(text: string): DecimalInput {
  const t = text.trim();
  if (t === '') return { ok: false, code: 'empty' };
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return { ok: false, code: 'ambiguous-point' };
  const plain = /^-?\d{1,3}(\.\d{3})+,\d+$/.test(t) ? t.replace(/\./g, '') : t;
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(plain)) return { ok: false, code: 'not-a-number' };
  return { ok: true, value: Number(plain.replace(',', '.')) };
}

/** A rate 0…1 as a percentage: 0,1667 → "16,7 %". */
export const formatRate = (rate: number | null, decimals = 1): string =>
  formatPercent(rate === null ? null : rate * 100, decimals);

/** A 1–4 mean: one decimal; a dash when there is none. */
export const formatMean = (mean: number | null): string => (mean === null ? NO_FIGURE : formatNumber(mean, 1));

/** A value as it was typed or imported (results data): up to `maxDecimals` decimals, no trailing zeros. */
export function formatStored(n: number | null, maxDecimals = 2): string {
  if (n === null) return NO_FIGURE;
  const s = formatNumber(n, maxDecimals);
  return s.includes(',') ? s.replace(/0+$/, '').replace(/,$/, '') : s;
}

/** A signed stored difference: "+3", "-2,5", "0". */
export const formatStoredDiff = (n: number | null): string =>
  n === null ? NO_FIGURE : `${n > 0 && formatStored(n) !== '0' ? '+' : ''}${formatStored(n)}`;

// Numbers and percentages as Chilean schools read them (es-CL): decimal comma, thousands with points,
// "16,7%". Done by hand so that screens, PDFs and tests print the same in every runtime, with or without
// full ICU. Every percentage the app shows or prints goes through `formatPercent`
// (tests/unit/percentFormat.test.ts fails on a percentage built any other way).

export const NO_NUMBER = '—';

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

/** Up to `maxDecimals` decimals, without trailing zeros: 16,7 · 80 · 1.234,05. */
export function formatCompactNumber(n: number, maxDecimals: number): string {
  const fixed = formatNumber(n, maxDecimals);
  return fixed.includes(',') ? fixed.replace(/0+$/, '').replace(/,$/, '') : fixed;
}

/**
 * A percentage given in points (16.666 → "16,7%"): `decimals` fixed decimals, or at most that many without
 * trailing zeros when `compact` ("20%", "16,7%"). A dash when there is none.
 */
export function formatPercent(points: number | null, decimals = 1, compact = false): string {
  if (points === null || !Number.isFinite(points)) return NO_NUMBER;
  return `${compact ? formatCompactNumber(points, decimals) : formatNumber(points, decimals)}%`;
}

/** A share 0–1 as a percentage (0.1667 → "17%" with no decimals). */
export const formatShare = (share: number | null, decimals = 0): string => formatPercent(share === null ? null : share * 100, decimals);

/** A measured value with its indicator's unit: "16,7%", "250 puntos", "12 número". */
export function formatWithUnit(value: number | null, unit: string): string {
  if (value === null) return NO_NUMBER;
  return unit === '%' ? formatPercent(value, 2, true) : `${formatCompactNumber(value, 2)} ${unit}`;
}

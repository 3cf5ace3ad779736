// The one percentage format of the documents and their screens (docs/spec/reports.md, RM-3):
// one decimal, decimal comma, thousands with points, a space before the sign: "16,7 %", "100,0 %".
// A missing figure (nothing to divide by) is the dash. Written by hand, never through Intl data.
import { formatNumber } from './diagnosis/report/content.ts';

export const NO_PERCENT = '—';

/** 16.66 → "16,7 %"; 141.2 → "141,2 %"; null → "—". */
export function formatPercent(n: number | null | undefined, decimals = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? NO_PERCENT : `${formatNumber(n, decimals)} %`;
}

/** "16,7 %" (or "16,7%") → 16.7; "1.234,5 %" → 1234.5; "—" → null. Inverse of formatPercent. */
export function parsePercent(text: string): number | null {
  const t = text.replace('%', '').replace(/\./g, '').replace(',', '.').trim();
  const n = Number(t);
  return t === '' || Number.isNaN(n) ? null : n;
}

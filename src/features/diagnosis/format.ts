import { formatShare } from '../../domain/numberFormat.ts';
/** A 1–4 mean as schools read it: one decimal, decimal comma; a dash when there is none. */
export function formatMean(mean: number | null): string {
  return mean === null ? '—' : mean.toLocaleString('es-CL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export const formatPct = (rate: number | null): string => formatShare(rate, 0);

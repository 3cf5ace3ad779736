import { toCsv } from '../../../domain/export/csv.ts';
import { formatPercent, formatStored, formatStoredDiff } from '../../../domain/shared/numbers.ts';
import { IDPS_INDICATORS, SIMCE_GRADES, SIMCE_TESTS, SOCIOECONOMIC_GROUPS } from '../../../domain/results/schemas.ts';

/**
 * A number as read in Chile (decimal comma, at most two decimals); a dash when unknown. As the Informe prints it.
 */
export const formatNumber = (n: number | null, decimals = 2): string => formatStored(n, decimals);

/** A signed difference (+3, -2,5). */
export const formatDiff = formatStoredDiff;

export { formatPercent };

const labelOf = (list: readonly { code: string | number; label: string }[]) => (code: string | number | null) =>
  code === null ? '—' : (list.find((x) => x.code === code)?.label ?? String(code));

export const testLabel = labelOf(SIMCE_TESTS);
export const gradeLabel = labelOf(SIMCE_GRADES);
export const indicatorLabel = labelOf(IDPS_INDICATORS);
export const gseLabel = labelOf(SOCIOECONOMIC_GROUPS);

/**
 * A data: URL with the template's header line, written like every export (";", BOM: Excel es-CL opens it in columns).
 */
export const templateHref = (columns: readonly string[]) =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv([], columns))}`;

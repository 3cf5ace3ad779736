// The report content (domain/monitoring/report/content.ts) carries display strings only, so the
// charts read their lengths back from those strings: es-CL pesos ("$ 1.250.000"), percentages with
// a decimal comma ("62,5%") and the dash for "no value". Invariant: parse(format(x)) === x for the
// formats the content builder uses (formatPesos, formatNumber with one decimal).
import type { MonitoringReportContent } from '../../../domain/monitoring/report/content.ts';

/** "$ 1.250.000" → 1250000; "-$ 5.000" → -5000; "—" → null. */
export function parsePesos(text: string): number | null {
  const digits = text.replace(/\D/g, '');
  if (digits === '') return null;
  return (/-\s*\$|-\d/.test(text) ? -1 : 1) * Number(digits);
}

export { parsePercent } from '../../../domain/shared/numbers.ts';

/** The cycle's name: the subtitle up to " · dd-mm-aaaa al …" (a name may itself hold " · "). */
export function cycleNameOf(content: Pick<MonitoringReportContent, 'subtitle'>): string {
  const m = /^(.*?) · \d{2}-\d{2}-\d{4} al /.exec(content.subtitle);
  return m?.[1] ?? content.subtitle;
}

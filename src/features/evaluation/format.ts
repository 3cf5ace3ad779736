import { formatIsoDate } from '../../domain/pme/calendar.ts';

/** ISO date-time → "dd-mm-aaaa hh:mm" in local time. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatIsoDate(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const decimal = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : (Math.round(n * 10 ** digits) / 10 ** digits).toFixed(digits).replace('.', ','));

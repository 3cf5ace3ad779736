import { formatIsoDate } from '../../domain/pme/calendar.ts';

export const newId = () => crypto.randomUUID();

/** "2027-05-01T10:00:00.000Z" → "01-05-2027 10:00" in local time. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatIsoDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads an amount typed es-CL ("1.250.000", "$ 1.250.000", "1250000"); null when not a whole number. */
export function parsePesosInput(s: string): number | null {
  const digits = s.replace(/[$\s.]/g, '');
  if (digits === '') return 0;
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** Reads a number typed with a decimal comma or point; null for blank, NaN for garbage. */
export function parseDecimalInput(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}

export const showDecimal = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

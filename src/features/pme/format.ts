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

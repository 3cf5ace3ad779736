// Units of the advisory programme: whole hours (the contract, the monthly plan) and minutes (what
// sessions last, what is used). Branded so that a count of minutes is never taken for hours.
// Durations are summed in integer minutes, exactly; hours for display are derived at the edge.

/** Whole hours (contracted, planned per month). Build with `hours(n)`. */
export type Hours = number & { readonly __brand: 'Hours' };
/** Integer minutes (session durations, hours used). Build with `minutes(n)`. Differences may be negative. */
export type Minutes = number & { readonly __brand: 'Minutes' };

export const MINUTES_PER_HOUR = 60;

/** Brands a whole number of hours (≥ 0); throws RangeError otherwise. */
export function hours(n: number): Hours {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`hours must be a whole number ≥ 0, got ${n}`);
  return n as Hours;
}

/** Brands an integer number of minutes (negative allowed for differences); throws RangeError otherwise. */
export function minutes(n: number): Minutes {
  if (!Number.isSafeInteger(n)) throw new RangeError(`minutes must be an integer, got ${n}`);
  return (n === 0 ? 0 : n) as Minutes; // normalises -0
}

/** Hours (whole or not) as minutes, rounded to the nearest minute. */
export function hoursToMinutes(h: number): Minutes {
  return minutes(Math.round(h * MINUTES_PER_HOUR));
}

/** Minutes as (possibly fractional) hours, e.g. 90 → 1.5. For display and charts only. */
export function minutesToHours(m: Minutes): number {
  return m / MINUTES_PER_HOUR;
}

/**
 * "80 h", "1 h 30 min", "45 min", "0 h"; a negative amount is written with a leading "-"
 * ("-2 h 15 min"). For the school page and the portfolio.
 */
export function formatMinutes(m: number): string {
  if (!Number.isSafeInteger(m)) throw new RangeError(`cannot format ${m} minutes`);
  const sign = m < 0 ? '-' : '';
  const abs = Math.abs(m);
  const h = Math.floor(abs / MINUTES_PER_HOUR);
  const rest = abs % MINUTES_PER_HOUR;
  if (rest === 0) return `${sign}${h} h`;
  return h === 0 ? `${sign}${rest} min` : `${sign}${h} h ${rest} min`;
}

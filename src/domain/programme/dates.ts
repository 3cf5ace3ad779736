// Calendar arithmetic on ISO dates "aaaa-mm-dd" (docs/domain.md §8), in UTC day numbers so that no time
// zone or daylight-saving change can move a date. ISO dates compare correctly as strings.
import {
  daysInMonth,
  isIsoDate,
  isoDateOfDayNumber as fromDayNumber,
  isoDayNumber as dayNumber,
} from '../shared/localDates.ts';

function assertIso(iso: string): void {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
}

/** `iso` moved by `days` (negative: earlier). */
export function addDays(iso: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromDayNumber(dayNumber(iso) + days);
}

/**
 * `iso` moved by whole calendar months, keeping the day of the month, clamped to the month's last
 * day: 2026-01-31 + 1 → 2026-02-28; 2028-01-31 + 1 → 2028-02-29 (leap year).
 */
export function addMonths(iso: string, months: number): string {
  assertIso(iso);
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const total = Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) - 1) + months;
  const year = Math.floor(total / 12);
  const month1 = total - year * 12 + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-03-15" → "2026-03" (the calendar month a date falls in). */
export function calendarMonthOf(iso: string): string {
  assertIso(iso);
  return iso.slice(0, 7);
}

// Calendar dates (records.md D-1): the one place that turns an instant into a calendar date or a
// wall-clock time, and the one place that does arithmetic on ISO dates "aaaa-mm-dd".
// Zone: the device's own time zone — America/Santiago on a Chilean tablet, Pacific/Easter on Rapa
// Nui — because the date a school writes on paper is the date on its wall. Every function takes an
// optional IANA zone (tests and a future per-school setting pass one); omitted, Intl uses the
// device's zone. Stored instants stay ISO-8601 UTC; stored calendar dates stay as the user typed them.
import { z } from 'zod';

/** An IANA time zone ("America/Santiago"); undefined means the device's zone. */
export type TimeZone = string | undefined;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO-8601 date-time with a time part ("2026-06-15T01:30:00Z", "…T01:30:00.000-04:00"). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** True for a real calendar date written "aaaa-mm-dd" (rejects 2026-02-30, 2026-13-01, "1-3-2026"). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * A date a person typed is not a date (records.md FT2-1). Stored dates are ISO, but a person types in
 * an `<input type="date">`, which es-CL shows as dd-mm-aaaa: the message names what they see. Every
 * date message of a form uses this one; a file's ISO dates would need their own ("aaaa-mm-dd").
 */
export const INVALID_DATE_MESSAGE = 'La fecha no es válida (formato dd-mm-aaaa)';

export const isoDateSchema = z
  .string({ message: 'Ingrese una fecha' })
  .refine(isIsoDate, { message: INVALID_DATE_MESSAGE });

/** Days in `month1` (1–12) of `year`. */
export function daysInMonth(year: number, month1: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month1 - 1] ?? 0;
}

/** "2026-03-01" → "01-03-2026"; anything that is not an ISO date is returned unchanged. */
export function formatIsoDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

// ——— instants → local calendar date and time ———

interface LocalParts {
  date: string;
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: TimeZone): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, f);
  }
  return f;
}

function localParts(instant: Date, timeZone: TimeZone): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return { date: `${year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The calendar date of `now` where the device is (the advisor's day, not UTC's), as ISO. */
export function localIsoDate(now: Date = new Date(), timeZone?: TimeZone): string {
  return localParts(now, timeZone).date;
}

/** The wall-clock time of `now` where the device is, "HH:MM" (24 h). */
export function localTime(now: Date = new Date(), timeZone?: TimeZone): string {
  return localParts(now, timeZone).time;
}

/** The calendar year of `now` where the device is. */
export function localYear(now: Date = new Date(), timeZone?: TimeZone): number {
  return Number(localIsoDate(now, timeZone).slice(0, 4));
}

/**
 * The calendar date of a stored value: an ISO date is already one and is kept as written; an
 * ISO instant becomes its local date. Anything else is returned unchanged.
 */
export function calendarDateOf(value: string, timeZone?: TimeZone): string {
  if (ISO_DATE.test(value)) return value;
  if (!ISO_INSTANT.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : localIsoDate(d, timeZone);
}

/** A stored date or instant as "dd-mm-aaaa" (its local calendar date). */
export function formatCalendarDate(value: string, timeZone?: TimeZone): string {
  return formatIsoDate(calendarDateOf(value, timeZone));
}

/** An ISO date-time as "dd-mm-aaaa hh:mm" in local time; returned unchanged when it is not a date. */
export function formatLocalTimestamp(iso: string, timeZone?: TimeZone): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const { date, time } = localParts(d, timeZone);
  return `${formatIsoDate(date)} ${time}`;
}

// ——— arithmetic on ISO dates, in UTC day numbers (no zone or daylight-saving change can move a date) ———

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (which must be valid). */
export function isoDayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The ISO date `n` days after 1970-01-01. */
export function isoDateOfDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

// ISO dates and the school year (domain.md §8): data holds ISO dates "aaaa-mm-dd", the screen shows
// "dd-mm-aaaa". The Chilean school year runs from early March to December with a winter break in
// July whose exact dates vary by region and year, so the school year is data, editable per year.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "aaaa-mm-dd" (rejects 2026-02-30, 2026-13-01, "1-3-2026"). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

export const isoDateSchema = z
  .string({ message: 'Ingrese una fecha' })
  .refine(isIsoDate, { message: 'La fecha no es válida (formato aaaa-mm-dd)' });

/** "2026-03-01" → "01-03-2026"; anything that is not an ISO date is returned unchanged. */
export function formatIsoDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

export const dateRangeSchema = z.object({ start: isoDateSchema, end: isoDateSchema });

/** The school year as stored: read back even when its dates break the rules below (never dropped). */
export const schoolYearShapeSchema = z.object({ start: isoDateSchema, end: isoDateSchema, winterBreak: dateRangeSchema.optional() });

/** B-1: the school year starts before it ends; the winter break lies inside it. */
export const schoolYearSchema = schoolYearShapeSchema
  .superRefine((sy, ctx) => {
    if (sy.end <= sy.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'El año escolar termina antes de empezar' });
    const wb = sy.winterBreak;
    if (wb && (wb.end < wb.start || wb.start < sy.start || wb.end > sy.end)) {
      ctx.addIssue({ code: 'custom', path: ['winterBreak'], message: 'Las vacaciones de invierno deben estar dentro del año escolar' });
    }
  });
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/** Default school year for `year`: March 1 – December 20, no winter break (it varies; the user sets it). */
export function defaultSchoolYear(year: number): SchoolYear {
  const y = String(year).padStart(4, '0');
  return { start: `${y}-03-01`, end: `${y}-12-20` };
}

/** The local calendar date of `now` as ISO (the advisor's day, not UTC's). */
export function localIsoDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** An ISO date-time as "dd-mm-aaaa hh:mm" in local time; returned unchanged when it is not a date. */
export function formatLocalTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatIsoDate(localIsoDate(d))} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

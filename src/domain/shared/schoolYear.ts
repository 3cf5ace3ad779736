// ISO dates and the school year (docs/domain.md §8): data holds ISO dates "aaaa-mm-dd", the screen shows
// "dd-mm-aaaa". The Chilean school year runs from early March to December with a winter break in
// July whose exact dates vary by region and year, so the school year is data, editable per year.
import { z } from 'zod';
import { isoDateSchema } from './localDates.ts';

export const dateRangeSchema = z.object({ start: isoDateSchema, end: isoDateSchema });

/** The school year as stored: read back even when its dates break the rules below (never dropped). */
export const schoolYearShapeSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  winterBreak: dateRangeSchema.optional(),
});

/** B-1: the school year starts before it ends; the winter break lies inside it. */
export const schoolYearSchema = schoolYearShapeSchema.superRefine((sy, ctx) => {
  if (sy.end <= sy.start)
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'El año escolar termina antes de empezar' });
  const wb = sy.winterBreak;
  if (wb && (wb.end < wb.start || wb.start < sy.start || wb.end > sy.end)) {
    ctx.addIssue({
      code: 'custom',
      path: ['winterBreak'],
      message: 'Las vacaciones de invierno deben estar dentro del año escolar',
    });
  }
});
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/** Default school year for `year`: March 1 – December 20, no winter break (it varies; the user sets it). */
export function defaultSchoolYear(year: number): SchoolYear {
  const y = String(year).padStart(4, '0');
  return { start: `${y}-03-01`, end: `${y}-12-20` };
}

// Typed cells of the data exports (CSV and XLSX). The domain builds rows of these; the writers
// decide how each kind is spelled: text and numbers as they are, a calendar date as a real date cell
// in XLSX and "dd-mm-aaaa" in CSV (EX-4). Dates are local calendar dates (records.md D-1): an
// instant becomes the date and wall-clock time where the device is, never a UTC date.
import { calendarDateOf, isIsoDate, type TimeZone } from '../shared/localDates.ts';

/** A calendar date, ISO "aaaa-mm-dd". */
export interface DateCell {
  readonly kind: 'date';
  readonly iso: string;
}

/** A local date and wall-clock time: ISO date plus "HH:MM" (24 h). */
export interface DateTimeCell {
  readonly kind: 'dateTime';
  readonly iso: string;
  readonly time: string;
}

export type ExportCell = string | number | DateCell | DateTimeCell;

/**
 * A stored date ("aaaa-mm-dd", kept as written) or instant (its local calendar date) as a date cell;
 * anything else ('' for a blank date, a half-typed value) stays text, unchanged.
 */
export function dateCell(value: string, timeZone?: TimeZone): DateCell | string {
  const iso = calendarDateOf(value, timeZone);
  return isIsoDate(iso) ? { kind: 'date', iso } : value;
}

/** One sheet of a data export: its name, header row and rows (each as many cells as headers). */
export interface ExportSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly ExportCell[])[];
}

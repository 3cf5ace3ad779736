// The one CSV writer of every export (EX-1): the dialect of Chilean spreadsheets — separator ";",
// decimal comma, CRLF line ends, a UTF-8 BOM so Excel es-CL reads the accents — and fields quoted
// only when they hold ";", '"', CR or LF (RFC 4180, quotes doubled). Integers are written plain
// (1250000, no thousands dots, so a spreadsheet reads them as numbers); dates as "dd-mm-aaaa".
// Formula injection (EX-2, OWASP "CSV Injection"): a text cell starting with = + - @ tab or CR
// would run as a formula in Excel/LibreOffice, so it is written quoted with a leading apostrophe;
// numbers are never escaped. The importers take the apostrophe off again (`unguardCsvCell`).
// Only this module joins fields and lines: tests/unit/domain/export/csvHandBuilt.test.ts fails otherwise.
import { formatIsoDate } from '../shared/localDates.ts';
import type { ExportCell } from './cells.ts';

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/**
 * Text a spreadsheet would read as a formula, after any apostrophes already there: the writer adds
 * one apostrophe and the reader removes one, so "'=x" typed by someone survives the round trip.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

/** One field, quoted when needed, neutralised when it could run as a formula. Non-finite numbers throw. */
export function csvField(value: ExportCell): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    return String(value === 0 ? 0 : value).replace('.', ',');
  }
  if (typeof value !== 'string') {
    const date = formatIsoDate(value.iso);
    return value.kind === 'date' ? date : `${date} ${value.time}`;
  }
  if (GUARDED.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The reader's half of EX-2: one leading apostrophe before a formula character is taken off. */
export function unguardCsvCell(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

type CsvLines = readonly (readonly ExportCell[])[];

/**
 * Every line as given (headers included), BOM first, each line ended by CRLF; then, when there is a
 * `footer`, one blank line and its lines (FT2-2: the school's identification after the table).
 */
export function csvText(lines: CsvLines, footer: CsvLines = []): string {
  const all = footer.length > 0 ? [...lines, [], ...footer] : lines;
  return `${CSV_BOM}${all.map((cells) => cells.map(csvField).join(CSV_SEPARATOR) + CSV_LINE_END).join('')}`;
}

/** Header line then one line per row (each as many cells as headers), then `csvText`'s footer. */
export function toCsv(rows: CsvLines, headers: readonly string[], footer: CsvLines = []): string {
  rows.forEach((row, i) => {
    if (row.length !== headers.length)
      throw new RangeError(`row ${i + 1} has ${row.length} cells, expected ${headers.length}`);
  });
  return csvText([headers, ...rows], footer);
}

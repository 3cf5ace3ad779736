// CSV for Chilean spreadsheets, the conventions of diagnosis/responsesCsv.ts: separator ";",
// CRLF line ends, a UTF-8 BOM so Excel es-CL reads the accents, fields quoted only when they hold
// ";", '"', CR or LF (RFC 4180, quotes doubled). Integers are written plain (1250000, no thousands
// dots, so a spreadsheet reads them as numbers); a fraction gets a decimal comma.
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

/** One field, quoted when needed. Non-finite numbers throw RangeError. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    return String(value === 0 ? 0 : value).replace('.', ',');
  }
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header line then one line per row; every row must have as many cells as there are headers. */
export function toCsv(rows: readonly (readonly (string | number)[])[], headers: readonly string[]): string {
  const lines = [headers.map(csvField).join(CSV_SEPARATOR)];
  rows.forEach((row, i) => {
    if (row.length !== headers.length) throw new RangeError(`row ${i + 1} has ${row.length} cells, expected ${headers.length}`);
    lines.push(row.map(csvField).join(CSV_SEPARATOR));
  });
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

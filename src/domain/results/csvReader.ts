// The small RFC 4180 reader every results import goes through (our templates, csvImport.ts, and the
// Agencia's files, agencyFiles.ts): separator detection, spreadsheet row numbers, number cells and
// the loose comparison of header names. A formula-guarded cell ("'-5") is read without its apostrophe (EX-3).
import { unguardCsvCell } from '../export/csv.ts';

export type CsvSeparator = ',' | ';';

export interface CsvRecord {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  separator: CsvSeparator;
  header: string[];
  /** Data records, blank lines left out. */
  records: CsvRecord[];
}

export interface CsvImportError {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  /** Column name as in the template ('' when the error concerns the whole row). */
  column: string;
  message: string;
}

export type CsvImportResult<T> = { ok: true; rows: T[] } | { ok: false; errors: CsvImportError[] };

/** `;` when the header line has more `;` than `,` outside quotes, else `,`. */
function detectSeparator(text: string): CsvSeparator {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads CSV text: UTF-8 BOM stripped, CRLF / LF / CR, `,` or `;` (auto-detected from the header),
 * RFC 4180 quoting (`""` is a quote; separators and line breaks allowed inside quotes).
 * Cells are returned untrimmed, with a formula guard's apostrophe taken off (EX-3). Fails only on an
 * unclosed quote.
 */
export function readCsv(input: string): { ok: true; table: CsvTable } | { ok: false; error: CsvImportError } {
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  const all: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let quoteRow = 0;
  const endCell = () => {
    cells.push(unguardCsvCell(cell));
    cell = '';
  };
  const endRecord = () => {
    endCell();
    all.push({ row, cells });
    cells = [];
    row += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteRow = row;
      cell = '';
    } else if (ch === separator) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else cell += ch;
  }
  if (quoted)
    return {
      ok: false,
      error: { row: quoteRow, column: '', message: `Hay comillas sin cerrar desde la fila ${quoteRow}` },
    };
  if (cell !== '' || cells.length > 0) endRecord();
  const [first, ...rest] = all;
  return {
    ok: true,
    table: {
      separator,
      header: first?.cells ?? [],
      records: rest.filter((r) => r.cells.some((c) => c.trim() !== '')),
    },
  };
}

/** A numeric cell: blank → null; `.` decimal, or `,` decimal when the file is `;`-separated; else undefined. */
export function parseNumberCell(text: string, separator: CsvSeparator): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const pattern = separator === ';' ? /^[+-]?\d+([.,]\d+)?$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  return pattern.test(t) ? Number(t.replace(',', '.')) : undefined;
}

/** Comparison key for header names and coded values: no accents, lower case, letters and digits only. */
export function looseKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

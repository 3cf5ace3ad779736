// A minimal SpreadsheetML (.xlsx, ECMA-376) writer: one or more worksheets, each with a bold, frozen,
// filterable header row, text as inline strings (no shared-strings part), numbers as numbers (integers shown
// with thousands separators by the built-in format 3, "#,##0"), dates as real date cells (EX-4:
// serial day numbers with a "dd-mm-yyyy" or "dd-mm-yyyy hh:mm" format, so Excel and LibreOffice
// sort and filter them as dates), and column widths from the content.
// Text is always an inline string, never a formula (<f>), so free text cannot run (EX-2).
// Zipped with fflate, with a fixed timestamp so the same rows always give the same bytes.
// Text is XML-escaped and stripped of the control characters XML 1.0 forbids (Excel would refuse
// the file otherwise).
import { strToU8, zipSync } from 'fflate';
import { isoDayNumber } from '../domain/shared/localDates.ts';
import type { ExportCell, ExportSheet } from '../domain/export/cells.ts';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

/** Style indexes of styles.xml's cellXfs. */
const STYLE = { text: 0, header: 1, integer: 2, number: 3, date: 4, dateTime: 5 } as const;
/** Excel's serial of 1970-01-01 (day 0 of isoDayNumber), in the 1900 date system. */
const SERIAL_OF_UNIX_EPOCH = 25_569;
/** Serial of 1900-03-01: below it Excel's phantom 29-02-1900 shifts every serial by one. */
const FIRST_SAFE_SERIAL = 61;
const DATE_WIDTH = 10;
const DATE_TIME_WIDTH = 16;
const MAX_SHEET_NAME = 31;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export type XlsxCell = ExportCell;

/** Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Excel's sheet-name rules: no : \ / ? * [ ], not blank, at most 31 characters, no leading/trailing '. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === '' ? 'Hoja1' : cleaned;
}

/**
 * Excel's serial of a local calendar date (and wall-clock time): whole days since 1899-12-30 from
 * the date's own year, month and day (never through a UTC instant, so no zone can move it), plus
 * the fraction of the day. Undefined before 1900-03-01, which the writers keep as text.
 */
export function excelSerial(iso: string, time?: string): number | undefined {
  const day = isoDayNumber(iso) + SERIAL_OF_UNIX_EPOCH;
  if (day < FIRST_SAFE_SERIAL) return undefined;
  const m = time === undefined ? null : /^(\d{2}):(\d{2})$/.exec(time);
  return m ? day + (Number(m[1]) * 60 + Number(m[2])) / 1440 : day;
}

function cellXml(ref: string, value: XlsxCell, header: boolean): string {
  if (typeof value === 'object') {
    const time = value.kind === 'dateTime' ? value.time : undefined;
    const serial = excelSerial(value.iso, time);
    if (serial === undefined) return cellXml(ref, time === undefined ? value.iso : `${value.iso} ${time}`, header);
    return `<c r="${ref}" s="${value.kind === 'date' ? STYLE.date : STYLE.dateTime}"><v>${serial}</v></c>`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cell ${ref}: cannot write ${value}`);
    const style = header ? STYLE.header : Number.isInteger(value) ? STYLE.integer : STYLE.number;
    return `<c r="${ref}" s="${style}"><v>${value === 0 ? 0 : value}</v></c>`;
  }
  if (value === '') return header ? `<c r="${ref}" s="${STYLE.header}"/>` : '';
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  const style = header ? ` s="${STYLE.header}"` : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function rowXml(index: number, cells: readonly XlsxCell[], header: boolean): string {
  const r = index + 1;
  const body = cells.map((v, c) => cellXml(`${columnName(c)}${r}`, v, header)).join('');
  return `<row r="${r}">${body}</row>`;
}

/** Width in characters: the longest line of any cell of the column, within [8, 60]. */
function columnWidths(headers: readonly string[], rows: readonly (readonly XlsxCell[])[]): number[] {
  return headers.map((h, c) => {
    let longest = h.length + 2; // room for the filter button
    for (const row of rows) {
      const v = row[c];
      if (typeof v === 'object') {
        longest = Math.max(longest, v.kind === 'date' ? DATE_WIDTH : DATE_TIME_WIDTH);
        continue;
      }
      const text = typeof v === 'number' ? `${v}   ` : (v ?? ''); // room for thousands separators
      for (const line of text.split('\n')) longest = Math.max(longest, line.length);
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 1));
  });
}

function sheetXml(headers: readonly string[], rows: readonly (readonly XlsxCell[])[], selected: boolean): string {
  const lastRef = `${columnName(Math.max(0, headers.length - 1))}${rows.length + 1}`;
  const cols = columnWidths(headers, rows)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const data = [rowXml(0, headers, true), ...rows.map((row, i) => rowXml(i + 1, row, false))].join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    (headers.length > 0 ? `<autoFilter ref="A1:${lastRef}"/>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

interface NamedSheet {
  name: string;
  /** "$A$1:$C$9", or null for a sheet without columns. */
  filterRange: string | null;
}

function workbookXml(sheets: readonly NamedSheet[]): string {
  const names = sheets
    .map((sh, i) => {
      if (!sh.filterRange) return '';
      const quoted = `'${sh.name.replace(/'/g, "''")}'`;
      const ref = escapeXml(`${quoted}!${sh.filterRange}`);
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref}</definedName>`;
    })
    .join('');
  const list = sheets
    .map((sh, i) => `<sheet name="${escapeXml(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  );
}

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/><numFmt numFmtId="165" formatCode="dd-mm-yyyy hh:mm"/></numFmts>' +
  '<fonts count="2">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>'
  );
}

const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    sheets +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

/** Sheet names made valid for Excel (safeSheetName) and unique in the workbook (" (2)", " (3)"…). */
function uniqueSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = safeSheetName(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - 5)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * A workbook with one sheet per entry, in order, the first one selected: each sheet's `headers` as a
 * bold frozen first row, then its `rows` (each as many cells as there are headers). Strings become
 * inline strings, numbers numeric cells, date cells dated serials.
 */
export function buildWorkbook(sheets: readonly ExportSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const names = uniqueSheetNames(sheets.map((sh) => sh.name));
  const file = (xml: string) => [strToU8(xml), { mtime: FIXED_MTIME }] as [Uint8Array, { mtime: Date }];
  const parts: Record<string, [Uint8Array, { mtime: Date }]> = {
    '[Content_Types].xml': file(contentTypesXml(sheets.length)),
    '_rels/.rels': file(ROOT_RELS_XML),
  };
  const named: NamedSheet[] = sheets.map(({ headers, rows }, index) => {
    rows.forEach((row, i) => {
      if (row.length !== headers.length)
        throw new RangeError(`sheet ${index + 1}, row ${i + 1} has ${row.length} cells, expected ${headers.length}`);
    });
    parts[`xl/worksheets/sheet${index + 1}.xml`] = file(sheetXml(headers, rows, index === 0));
    const lastCol = columnName(Math.max(0, headers.length - 1));
    return { name: names[index]!, filterRange: headers.length > 0 ? `$A$1:$${lastCol}$${rows.length + 1}` : null };
  });
  parts['xl/workbook.xml'] = file(workbookXml(named));
  parts['xl/_rels/workbook.xml.rels'] = file(workbookRelsXml(sheets.length));
  parts['xl/styles.xml'] = file(STYLES_XML);
  return zipSync(parts, { level: 6 });
}

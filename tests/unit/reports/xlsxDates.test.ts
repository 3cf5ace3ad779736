// @vitest-environment jsdom
// EX-4: dates in the XLSX exports are real date cells — a serial day number with a date number
// format in styles.xml — taken apart with fflate and jsdom's DOMParser, and each serial computed back
// to the calendar date it must be (no spreadsheet program on the test machine to open the file).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dateCell } from '../../../src/domain/export/cells.ts';
import {
  MONITORING_DETAIL_COLUMNS,
  MONITORING_EXPORT_COLUMNS,
  monitoringDetailRows,
  monitoringRows,
} from '../../../src/domain/monitoring/export/rows.ts';
import { ACTION_COLUMNS, actionRows } from '../../../src/domain/pme/export/actionRows.ts';
import { buildWorkbook, columnName, excelSerial } from '../../../src/reports/xlsx.ts';
import type { ExportCell } from '../../../src/domain/export/cells.ts';
import { CYCLES, record } from '../domain/monitoring/fixtures.ts';
import { buildPlan, SCHOOL_IDS } from '../domain/pme/planFixture.ts';

/** One sheet, as the screens' single-sheet exports make it. */
const buildXlsx = (name: string, headers: readonly string[], rows: readonly (readonly ExportCell[])[]) =>
  buildWorkbook([{ name, headers, rows }]);

const MS_PER_DAY = 86_400_000;

function part(bytes: Uint8Array, name: string): Document {
  const file = unzipSync(bytes)[name];
  if (!file) throw new Error(`no ${name}`);
  const doc = new DOMParser().parseFromString(strFromU8(file), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`malformed ${name}`);
  return doc;
}

function cell(sheet: Document, ref: string): Element {
  const c = Array.from(sheet.getElementsByTagName('c')).find((e) => e.getAttribute('r') === ref);
  if (!c) throw new Error(`no cell ${ref}`);
  return c;
}

/** The number format code a cell's style index points to (built-in ids as their number). */
function formatOf(styles: Document, styleIndex: string | null): string {
  const xf = styles.getElementsByTagName('cellXfs')[0]?.getElementsByTagName('xf')[Number(styleIndex)];
  const id = xf?.getAttribute('numFmtId') ?? '';
  const custom = Array.from(styles.getElementsByTagName('numFmt')).find((f) => f.getAttribute('numFmtId') === id);
  return custom?.getAttribute('formatCode') ?? `builtin ${id}`;
}

/** A 1900-system serial back to "aaaa-mm-dd hh:mm", the way a spreadsheet reads it (day 0 = 1899-12-30). */
function serialToText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 1440) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

describe('EX-4 dates in XLSX are date cells', () => {
  const HYPERLINK = '=HYPERLINK("http://x","clic")';
  const bytes = buildXlsx(
    'Fechas',
    ['Fecha', 'Registro', 'Texto', 'Antigua'],
    [
      [
        dateCell('2026-04-13'),
        { kind: 'dateTime', iso: '2026-06-15', time: '21:30' },
        HYPERLINK,
        dateCell('1900-02-28'),
      ],
      [dateCell('2024-02-29'), dateCell('2026-12-31T12:00:00Z', 'America/Santiago'), '', ''],
    ],
  );
  const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
  const styles = part(bytes, 'xl/styles.xml');

  it('writes a date as a numeric serial with a dd-mm-yyyy format, a date-time with dd-mm-yyyy hh:mm', () => {
    const a2 = cell(sheet, 'A2');
    expect([a2.getAttribute('t'), a2.getElementsByTagName('v')[0]?.textContent]).toEqual([null, '46125']);
    expect(formatOf(styles, a2.getAttribute('s'))).toBe('dd-mm-yyyy');
    const b2 = cell(sheet, 'B2');
    expect(b2.getAttribute('t')).toBeNull();
    expect(formatOf(styles, b2.getAttribute('s'))).toBe('dd-mm-yyyy hh:mm');
    // 01:30 UTC on the 16th is 21:30 on the 15th in Santiago (winter, UTC−4): the local date, never UTC's.
    expect(serialToText(Number(b2.getElementsByTagName('v')[0]?.textContent))).toBe('2026-06-15 21:30');
    expect(formatOf(styles, cell(sheet, 'A3').getAttribute('s'))).toBe('dd-mm-yyyy');
  });

  it('every serial reads back as the calendar date it was made from, leap days and year ends included', () => {
    expect(serialToText(Number(cell(sheet, 'A3').getElementsByTagName('v')[0]?.textContent))).toBe('2024-02-29 00:00');
    expect(serialToText(Number(cell(sheet, 'B3').getElementsByTagName('v')[0]?.textContent))).toBe('2026-12-31 00:00');
    for (let day = Date.UTC(2020, 0, 1); day <= Date.UTC(2031, 0, 1); day += 37 * MS_PER_DAY) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(serialToText(excelSerial(iso) ?? Number.NaN)).toBe(`${iso} 00:00`);
    }
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('1900-02-28')).toBeUndefined();
  });

  it('keeps a date Excel’s 1900 calendar cannot hold as text, and text is never a formula', () => {
    expect(cell(sheet, 'D2').getAttribute('t')).toBe('inlineStr');
    expect(cell(sheet, 'D2').textContent).toBe('1900-02-28');
    expect(cell(sheet, 'C2').getAttribute('t')).toBe('inlineStr');
    expect(cell(sheet, 'C2').textContent).toBe(HYPERLINK);
    expect(sheet.getElementsByTagName('f')).toHaveLength(0);
  });

  it('the annual plan’s and the monitoring records’ date columns are date cells in every row', () => {
    const plan = buildPlan();
    const actions = actionRows(plan, 2026, SCHOOL_IDS);
    const input = {
      school: SCHOOL_IDS,
      pme: plan,
      cycles: CYCLES,
      records: [record({ id: 'r1' }), record({ id: 'r2', actionId: 'a2' })],
    };
    const monitoring = monitoringRows(input);
    const detail = monitoringDetailRows(input);
    const exports: [readonly string[], typeof actions, string[]][] = [
      [ACTION_COLUMNS, actions, ['Fecha inicio', 'Fecha término']],
      [MONITORING_EXPORT_COLUMNS, monitoring, ['Fecha inicio', 'Fecha término']],
      [MONITORING_DETAIL_COLUMNS, detail, ['Fecha inicio', 'Fecha término', 'Fecha de registro']],
    ];
    for (const [headers, rows, dateColumns] of exports) {
      expect(rows.length).toBeGreaterThan(1);
      const file = buildXlsx('x', headers, rows);
      const [s, st] = [part(file, 'xl/worksheets/sheet1.xml'), part(file, 'xl/styles.xml')];
      for (const name of dateColumns) {
        const c = headers.indexOf(name);
        rows.forEach((row, i) => {
          const v = row[c];
          const xml = cell(s, `${columnName(c)}${i + 2}`);
          expect(formatOf(st, xml.getAttribute('s'))).toBe('dd-mm-yyyy');
          expect(typeof v === 'object' && `${v.iso} 00:00`).toBe(serialToText(Number(xml.textContent)));
        });
      }
    }
    expect(detail[0]?.[MONITORING_DETAIL_COLUMNS.indexOf('Fecha de registro')]).toEqual({
      kind: 'date',
      iso: '2026-05-20',
    });
  });
});

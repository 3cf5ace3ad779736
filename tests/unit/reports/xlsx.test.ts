// @vitest-environment jsdom
// The XLSX writer, checked by taking the file apart: fflate unzips it, a real XML parser (jsdom's
// DOMParser, which rejects malformed XML) reads every part, and the cells are read back by reference.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ACTION_COLUMNS, actionRows } from '../../../src/domain/pme/export/actionRows.ts';
import { buildWorkbook, columnName, safeSheetName } from '../../../src/reports/xlsx.ts';
import type { ExportCell } from '../../../src/domain/export/cells.ts';
import { buildPlan, SCHOOL_IDS } from '../domain/pme/planFixture.ts';

/** One sheet, as the screens' single-sheet exports make it. */
const buildXlsx = (name: string, headers: readonly string[], rows: readonly (readonly ExportCell[])[]) =>
  buildWorkbook([{ name, headers, rows }]);

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/worksheets/sheet1.xml',
  'xl/styles.xml',
];

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`malformed XML: ${error.textContent ?? ''}`);
  return doc;
}

function open(bytes: Uint8Array): Record<string, Document> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, parseXml(strFromU8(data))]));
}

interface ReadCell {
  type: string | null;
  style: string | null;
  value: string | number;
}

/** Cells of the sheet by reference ("B2"), with their type attribute and style index. */
function readCells(sheet: Document): Map<string, ReadCell> {
  const out = new Map<string, ReadCell>();
  for (const c of Array.from(sheet.getElementsByTagName('c'))) {
    const type = c.getAttribute('t');
    const text =
      type === 'inlineStr'
        ? (c.getElementsByTagName('t')[0]?.textContent ?? '')
        : Number(c.getElementsByTagName('v')[0]?.textContent);
    out.set(c.getAttribute('r') ?? '', { type, style: c.getAttribute('s'), value: text });
  }
  return out;
}

const rows = actionRows(buildPlan(), 2026, SCHOOL_IDS);
const bytes = buildXlsx('Acciones 2026', ACTION_COLUMNS, rows);
const parts = open(bytes);

describe('buildXlsx', () => {
  it('is a zip with every part of a SpreadsheetML package, each well-formed XML, declared in [Content_Types].xml', () => {
    expect(Object.keys(parts).sort()).toEqual([...PARTS].sort());
    const overrides = Array.from(parts['[Content_Types].xml']?.getElementsByTagName('Override') ?? []).map((o) =>
      o.getAttribute('PartName'),
    );
    expect(overrides.sort()).toEqual(['/xl/styles.xml', '/xl/workbook.xml', '/xl/worksheets/sheet1.xml']);
    const rel = parts['_rels/.rels']?.getElementsByTagName('Relationship')[0];
    expect(rel?.getAttribute('Target')).toBe('xl/workbook.xml');
    const wbRels = Array.from(parts['xl/_rels/workbook.xml.rels']?.getElementsByTagName('Relationship') ?? []).map(
      (r) => r.getAttribute('Target'),
    );
    expect(wbRels.sort()).toEqual(['styles.xml', 'worksheets/sheet1.xml']);
  });

  it('names the sheet', () => {
    const sheet = parts['xl/workbook.xml']?.getElementsByTagName('sheet')[0];
    expect(sheet?.getAttribute('name')).toBe('Acciones 2026');
    expect(sheet?.getAttribute('r:id')).toBe('rId1');
  });

  it('writes the headers in the first row in bold, and freezes that row', () => {
    const sheet = parts['xl/worksheets/sheet1.xml'];
    if (!sheet) throw new Error('no sheet');
    const cells = readCells(sheet);
    expect(ACTION_COLUMNS.map((_, i) => cells.get(`${columnName(i)}1`)?.value)).toEqual([...ACTION_COLUMNS]);
    expect(ACTION_COLUMNS.every((_, i) => cells.get(`${columnName(i)}1`)?.style === '1')).toBe(true);
    const xf = parts['xl/styles.xml']?.getElementsByTagName('cellXfs')[0]?.getElementsByTagName('xf')[1];
    const font = parts['xl/styles.xml']?.getElementsByTagName('font')[Number(xf?.getAttribute('fontId'))];
    expect(font?.getElementsByTagName('b')).toHaveLength(1);
    const pane = sheet.getElementsByTagName('pane')[0];
    expect([pane?.getAttribute('ySplit'), pane?.getAttribute('state'), pane?.getAttribute('topLeftCell')]).toEqual([
      '1',
      'frozen',
      'A2',
    ]);
    expect(sheet.getElementsByTagName('col')).toHaveLength(ACTION_COLUMNS.length);
  });

  it('writes each row’s cells: text as inline strings, amounts as numbers', () => {
    const sheet = parts['xl/worksheets/sheet1.xml'];
    if (!sheet) throw new Error('no sheet');
    const cells = readCells(sheet);
    expect(sheet.getElementsByTagName('row')).toHaveLength(rows.length + 1);
    const r = 5; // row 5 of the sheet = 4th action: Jornadas de convivencia…
    const at = (name: string) => cells.get(`${columnName(ACTION_COLUMNS.indexOf(name))}${r}`);
    expect(at('Nombre de la acción')).toEqual({
      type: 'inlineStr',
      style: null,
      value: 'Jornadas de convivencia y participación estudiantil',
    });
    expect(at('Fecha inicio')).toEqual({ type: null, style: '4', value: 46125 }); // 13-04-2026 as a date serial (EX-4)
    expect(at('COD_COM_RBD')).toEqual({ type: null, style: '2', value: 13120 }); // MX-1
    const sep = cells.get(`${columnName(ACTION_COLUMNS.indexOf('SEP'))}${r}`);
    const total = cells.get(`${columnName(ACTION_COLUMNS.indexOf('Total'))}${r}`);
    expect(sep).toEqual({ type: null, style: '2', value: 600000 });
    expect(total).toEqual({ type: null, style: '2', value: 695500 });
    rows.forEach((row, i) =>
      row.forEach((v, c) => {
        if (v === '' || typeof v === 'object') return;
        expect(cells.get(`${columnName(c)}${i + 2}`)?.value).toBe(v);
      }),
    );
  });

  it('escapes &, <, >, quotes and keeps newlines and edge spaces; drops XML-illegal control characters', () => {
    const text = 'A & B <c> "d" \'e\'';
    const out = buildXlsx(
      'Hoja',
      ['Texto & "más"', 'N'],
      [
        [text, 1.5],
        [' línea 1\nlínea 2 ', 0],
        ['bell\u0007', -3],
      ],
    );
    const raw = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(raw).toContain('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(raw).not.toContain('\u0007');
    const cells = readCells(open(out)['xl/worksheets/sheet1.xml'] as Document);
    expect(cells.get('A1')?.value).toBe('Texto & "más"');
    expect(cells.get('A2')?.value).toBe(text);
    expect(cells.get('B2')).toEqual({ type: null, style: '3', value: 1.5 });
    expect(cells.get('A3')?.value).toBe(' línea 1\nlínea 2 ');
    expect(cells.get('B3')?.value).toBe(0);
    expect(cells.get('A4')?.value).toBe('bell');
    expect(cells.get('B4')?.value).toBe(-3);
  });

  it('makes the sheet name valid for Excel and escapes it', () => {
    expect(safeSheetName('Acciones 2026')).toBe('Acciones 2026');
    expect(safeSheetName('Plan: 2026/2027 [borrador]?')).toBe('Plan- 2026-2027 -borrador--');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('  ')).toBe('Hoja1');
    const wb = open(buildXlsx('Niños & "niñas"', ['a'], []))['xl/workbook.xml'];
    expect(wb?.getElementsByTagName('sheet')[0]?.getAttribute('name')).toBe('Niños & "niñas"');
  });

  it('names columns past Z and rejects rows of the wrong width or non-finite numbers', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(() => buildXlsx('x', ['a', 'b'], [['uno']])).toThrow(RangeError);
    expect(() => buildXlsx('x', ['a'], [[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });

  it('gives the same bytes for the same rows', () => {
    expect(buildXlsx('Acciones 2026', ACTION_COLUMNS, rows)).toEqual(bytes);
  });
});

describe('buildWorkbook', () => {
  const two = buildWorkbook([
    { name: 'Monitoreo 2026', headers: ['A', 'B'], rows: [['uno', 1]] },
    { name: 'Monitoreo 2026', headers: ['C'], rows: [['dos'], ['tres']] },
  ]);
  const p = open(two);

  it('MX-3: writes one well-formed, declared part per sheet, in order, with unique names', () => {
    expect(Object.keys(p).sort()).toEqual([...PARTS, 'xl/worksheets/sheet2.xml'].sort());
    const declared = Array.from(p['[Content_Types].xml']?.getElementsByTagName('Override') ?? []).map((o) =>
      o.getAttribute('PartName'),
    );
    expect(declared).toEqual(expect.arrayContaining(['/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml']));
    const sheets = Array.from(p['xl/workbook.xml']?.getElementsByTagName('sheet') ?? []);
    expect(sheets.map((s) => [s.getAttribute('name'), s.getAttribute('r:id')])).toEqual([
      ['Monitoreo 2026', 'rId1'],
      ['Monitoreo 2026 (2)', 'rId2'],
    ]);
    const rels = Array.from(p['xl/_rels/workbook.xml.rels']?.getElementsByTagName('Relationship') ?? []);
    expect(rels.map((r) => [r.getAttribute('Id'), r.getAttribute('Target')])).toEqual([
      ['rId1', 'worksheets/sheet1.xml'],
      ['rId2', 'worksheets/sheet2.xml'],
      ['rId3', 'styles.xml'],
    ]);
    const filters = Array.from(p['xl/workbook.xml']?.getElementsByTagName('definedName') ?? []);
    expect(filters.map((d) => [d.getAttribute('localSheetId'), d.textContent])).toEqual([
      ['0', "'Monitoreo 2026'!$A$1:$B$2"],
      ['1', "'Monitoreo 2026 (2)'!$A$1:$A$3"],
    ]);
  });

  it('puts each sheet’s rows in its own part, only the first sheet selected', () => {
    const second = readCells(p['xl/worksheets/sheet2.xml']!);
    expect([second.get('A1')?.value, second.get('A2')?.value, second.get('A3')?.value]).toEqual(['C', 'dos', 'tres']);
    const selected = (n: number) =>
      p[`xl/worksheets/sheet${n}.xml`]?.getElementsByTagName('sheetView')[0]?.getAttribute('tabSelected');
    expect([selected(1), selected(2)]).toEqual(['1', null]);
    expect(() => buildWorkbook([])).toThrow(RangeError);
  });
});

// The one CSV writer (EX-1), its formula neutralisation in every export that carries free text
// (EX-2), and the round trip through our own CSV reader (EX-3).
import { describe, expect, it } from 'vitest';
import { responsesToCsv } from '../../../../src/domain/diagnosis/responsesCsv.ts';
import type { Instrument, Response } from '../../../../src/domain/diagnosis/model.ts';
import { dateCell } from '../../../../src/domain/export/cells.ts';
import { CSV_BOM, csvField, csvText, toCsv, unguardCsvCell } from '../../../../src/domain/export/csv.ts';
import { MONITORING_EXPORT_COLUMNS, monitoringRows } from '../../../../src/domain/monitoring/export/rows.ts';
import { ACTION_COLUMNS, actionRows } from '../../../../src/domain/pme/export/actionRows.ts';
import {
  importEfficiencyCsv,
  importSimceCsv,
  readCsv,
  SIMCE_TEMPLATE_COLUMNS,
} from '../../../../src/domain/results/csvImport.ts';
import { CYCLES, record } from '../monitoring/fixtures.ts';
import { buildPlan, SCHOOL, SCHOOL_IDS } from '../pme/planFixture.ts';

const HYPERLINK = '=HYPERLINK("http://x","clic")';
/** What the writer makes of it: quoted, quotes doubled, an apostrophe in front. */
const HYPERLINK_CSV = `"'=HYPERLINK(""http://x"",""clic"")"`;

/**
 * Fields of raw CSV text that a spreadsheet would run: a field (quoted or not) whose first character
 * is = + - @ tab or CR, except a plain number such as -5 or -2,5.
 */
function liveFormulas(csv: string): string[] {
  // A CR followed by LF is a line end (a blank line, as before FT2-2's footer), not a cell starting with CR.
  const re = /(?:^|;|\r\n)("?)((?:[=+\-@\t]|\r(?!\n))[^;\r\n]*)/g;
  return [...csv.replace(CSV_BOM, '').matchAll(re)].map((m) => m[2] ?? '').filter((f) => !/^-\d+(,\d+)?$/.test(f));
}

describe('EX-1 one CSV writer, in the dialect of Chilean spreadsheets', () => {
  it('writes a BOM, ";" between fields, CRLF after every line, decimal comma, dates as dd-mm-aaaa', () => {
    const csv = toCsv(
      [['Taller', 1250000, 2.5, dateCell('2026-04-13'), { kind: 'dateTime', iso: '2026-06-15', time: '10:05' }]],
      ['Acción', 'SEP', 'x', 'Fecha', 'Registro'],
    );
    expect(csv).toBe(`${CSV_BOM}Acción;SEP;x;Fecha;Registro\r\nTaller;1250000;2,5;13-04-2026;15-06-2026 10:05\r\n`);
  });

  it('keeps a date that is not one as the text it is, and takes an instant’s local calendar date', () => {
    expect(dateCell('')).toBe('');
    expect(dateCell('2026-02-30')).toBe('2026-02-30');
    // 01:30 UTC on the 16th is still the 15th in Santiago (D-1).
    expect(dateCell('2026-06-16T01:30:00Z', 'America/Santiago')).toEqual({ kind: 'date', iso: '2026-06-15' });
  });
});

describe('EX-2 formulas are neutralised, numbers are not', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+56 9 1234 5678', `"'+56 9 1234 5678"`],
    ['-5', `"'-5"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ["'=ya con apóstrofo", `"''=ya con apóstrofo"`],
    [HYPERLINK, HYPERLINK_CSV],
    ['a=b; c', '"a=b; c"'],
    ["'hola", "'hola"],
    ['Buen avance', 'Buen avance'],
  ])('text %j is written %s', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect([-5, -2.5, 0, -0, 1250000].map(csvField)).toEqual(['-5', '-2,5', '0', '0', '1250000']);
  });

  it('=HYPERLINK typed in a kiosk open answer (and in an item’s wording) comes out neutralised in the responses CSV', () => {
    const instrument: Instrument = {
      id: 'diag-docentes',
      group: 'docentes',
      title: 'Docentes',
      version: 1,
      items: [
        { id: 'q1', kind: 'scale', subdimension: 'GP-1', text: '-¿Planificamos?' },
        { id: 'o1', kind: 'open', text: '¿Qué mejorar?' },
      ],
    };
    const response: Response = {
      id: 'r',
      instrumentId: 'diag-docentes',
      instrumentVersion: 1,
      group: 'docentes',
      mode: 'kiosk',
      startedAt: '2026-03-10T10:00:00Z',
      completedAt: null,
      answers: { q1: 3 },
      openAnswers: { o1: HYPERLINK },
    };
    const csv = responsesToCsv([instrument], [response], SCHOOL);
    expect(csv.split('\r\n')[2]).toBe(`1;Docentes;kiosco;diag-docentes;1;2026-03-10T10:00:00Z;;3;${HYPERLINK_CSV}`);
    expect(csv).toContain(`"'-¿Planificamos?"`);
    expect(liveFormulas(csv)).toEqual([]);
  });

  it('every free-text column of the annual plan and of the monitoring records is neutralised', () => {
    const plan = buildPlan();
    for (const a of plan.actions)
      Object.assign(a, {
        nombre: `${HYPERLINK} ${a.id}`,
        descripcion: '+cmd',
        responsable: '@jefa',
        recursos: '-libros',
      });
    const actions = toCsv(actionRows(plan, 2026, SCHOOL_IDS), ACTION_COLUMNS);
    const texts = { observaciones: HYPERLINK, dificultades: '=1+2', ajustes: '+ajuste', recordedBy: '@utp' };
    const rows = monitoringRows({
      school: { ...SCHOOL_IDS, name: '=Escuela' },
      pme: buildPlan(),
      cycles: CYCLES,
      records: [record({ id: 'r1', ...texts })],
    });
    const monitoring = toCsv(rows, MONITORING_EXPORT_COLUMNS);
    // The check itself finds live formulas when the writer is bypassed.
    expect(liveFormulas(`${ACTION_COLUMNS.join(';')}\r\n${HYPERLINK};-5;-libros\r\n`)).toEqual([HYPERLINK, '-libros']);
    expect(liveFormulas(actions)).toEqual([]);
    expect(liveFormulas(monitoring)).toEqual([]);
    expect(actions.split(`"'=HYPERLINK(`)).toHaveLength(6); // five actions of 2026
    expect(monitoring).toContain(`;${HYPERLINK_CSV};"'=1+2";"'+ajuste";"'@utp";`);
    expect(monitoring).toContain(`"'=Escuela"`);
  });
});

describe('EX-3 what we write, our reader reads back', () => {
  it('readCsv returns every text exactly as it was before the writer neutralised it', () => {
    const texts = [
      HYPERLINK,
      '-5',
      '+56',
      '@x',
      '\tTab',
      "'=ya con apóstrofo",
      "'hola",
      'línea 1\r\nlínea 2',
      'a;b "c"',
      '',
    ];
    const read = readCsv(
      csvText([
        ['h', ...texts.map((_, i) => `c${i}`)],
        ['fila', ...texts],
      ]),
    );
    expect(read.ok && read.table.records[0]?.cells).toEqual(['fila', ...texts]);
  });

  it('takes off only a guard’s apostrophe', () => {
    expect(["'=A1", "''=A1", "'-2,5", "'hola", "'", '=A1'].map(unguardCsvCell)).toEqual([
      '=A1',
      "'=A1",
      '-2,5',
      "'hola",
      "'",
      '=A1',
    ]);
  });

  it('imports a template written by the writer, and a negative value a spreadsheet kept with its guard', () => {
    const template = toCsv([], SIMCE_TEMPLATE_COLUMNS);
    expect(template).toBe(`${CSV_BOM}${SIMCE_TEMPLATE_COLUMNS.join(';')}\r\n`);
    expect(importSimceCsv(template)).toEqual({ ok: true, rows: [] });
    // '-7' typed as text is written guarded; "'-25" is how a spreadsheet may save a guarded cell back.
    const filled = toCsv([[2024, '4b', 'lectura', 233, 20, '-7', -25, 1, 75, 5, 20]], SIMCE_TEMPLATE_COLUMNS).replace(
      ';-25;',
      ";'-25;",
    );
    expect(filled).toContain(`;"'-7";'-25;`);
    const result = importSimceCsv(filled);
    expect(result.ok && result.rows.map((r) => [r.diffPrevious, r.diffGroup])).toEqual([[-7, -25]]);
    const efficiency = importEfficiencyCsv(
      'anio,matricula,asistencia_pct,retencion_pct,aprobacion_pct,reprobacion_pct,repitencia_pct\r\n2024,"\'+300",,,,,\r\n',
    );
    expect(efficiency.ok && efficiency.rows[0]?.matricula).toBe(300);
  });
});

import { describe, expect, it } from 'vitest';
import {
  EFFICIENCY_TEMPLATE_COLUMNS,
  IDPS_TEMPLATE_COLUMNS,
  SIMCE_TEMPLATE_COLUMNS,
  importEfficiencyCsv,
  importIdpsCsv,
  importSimceCsv,
  parseNumberCell,
  readCsv,
} from '../../../../src/domain/results/csvImport.ts';

/** The template header as a comma-separated line (the other dialect the importer accepts). */
const SIMCE_TEMPLATE_HEADER = SIMCE_TEMPLATE_COLUMNS.join(',');
const IDPS_TEMPLATE_HEADER = IDPS_TEMPLATE_COLUMNS.join(',');
const EFFICIENCY_TEMPLATE_HEADER = EFFICIENCY_TEMPLATE_COLUMNS.join(',');

function table(text: string) {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.table;
}

describe('readCsv', () => {
  it('follows RFC 4180 quoting: separators, doubled quotes and line breaks inside quotes', () => {
    const t = table('a,b,c\n"x, y","dice ""hola""","línea 1\nlínea 2"\nz,,w\n');
    expect(t.separator).toBe(',');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.records).toEqual([
      { row: 2, cells: ['x, y', 'dice "hola"', 'línea 1\nlínea 2'] },
      { row: 3, cells: ['z', '', 'w'] },
    ]);
  });

  it('strips the BOM, reads CRLF and detects `;` from the header line', () => {
    const t = table('\uFEFFanio;promedio;nota\r\n2024;245,5;"a, b; c"\r\n\r\n2023;240;\r\n');
    expect(t.separator).toBe(';');
    expect(t.header).toEqual(['anio', 'promedio', 'nota']);
    expect(t.records).toEqual([
      { row: 2, cells: ['2024', '245,5', 'a, b; c'] },
      { row: 4, cells: ['2023', '240', ''] },
    ]);
  });

  it('counts separators in the header outside quotes only', () => {
    expect(table('"a;b;c",d\n1,2').separator).toBe(',');
    expect(table('a;b,c;d\n1;2,5;3').separator).toBe(';');
  });

  it('reports an unclosed quote with its row', () => {
    expect(readCsv('a,b\n1,2\n"3,4\n')).toEqual({
      ok: false,
      error: { row: 3, column: '', message: 'Hay comillas sin cerrar desde la fila 3' },
    });
  });
});

describe('parseNumberCell', () => {
  it('accepts a decimal comma only in `;` files', () => {
    expect(parseNumberCell(' 62,3 ', ';')).toBe(62.3);
    expect(parseNumberCell('62.3', ';')).toBe(62.3);
    expect(parseNumberCell('62,3', ',')).toBeUndefined();
    expect(parseNumberCell('-7', ',')).toBe(-7);
    expect(parseNumberCell('  ', ',')).toBeNull();
    expect(parseNumberCell('1.250.000', ';')).toBeUndefined();
    expect(parseNumberCell('abc', ',')).toBeUndefined();
  });
});

const SIMCE_GOOD = [
  SIMCE_TEMPLATE_HEADER,
  '2024,4b,lectura,233,20,-7,-25,1,75,5,20',
  '2024,4° básico,Matemática,219,21,-8,-26,bajo,71.4,23.8,4.8',
  '2023,4B,matematica,,1,,,,,,',
].join('\r\n');

describe('importSimceCsv', () => {
  it('exports the template header', () => {
    expect(SIMCE_TEMPLATE_HEADER).toBe(
      'anio,grado,prueba,promedio,estudiantes,dif_anterior,dif_gse,gse,pct_insuficiente,pct_elemental,pct_adecuado',
    );
  });

  it('imports a good template file, accepting codes or labels and blank optional cells', () => {
    const result = importSimceCsv(SIMCE_GOOD);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          year: 2024,
          grade: '4b',
          test: 'lectura',
          average: 233,
          studentsTested: 20,
          diffPrevious: -7,
          diffGroup: -25,
          socioeconomicGroup: 1,
          pctInsuficiente: 75,
          pctElemental: 5,
          pctAdecuado: 20,
        },
        {
          year: 2024,
          grade: '4b',
          test: 'matematica',
          average: 219,
          studentsTested: 21,
          diffPrevious: -8,
          diffGroup: -26,
          socioeconomicGroup: 1,
          pctInsuficiente: 71.4,
          pctElemental: 23.8,
          pctAdecuado: 4.8,
        },
        {
          year: 2023,
          grade: '4b',
          test: 'matematica',
          average: null,
          studentsTested: 1,
          diffPrevious: null,
          diffGroup: null,
          socioeconomicGroup: null,
          pctInsuficiente: null,
          pctElemental: null,
          pctAdecuado: null,
        },
      ],
    });
  });

  it('reads a `;` file from a spreadsheet (BOM, decimal comma, columns in another order, extra columns)', () => {
    const text =
      '\uFEFFcomentario;prueba;grado;Año;promedio;estudiantes;dif_anterior;dif_gse;gse;pct_insuficiente;pct_elemental;pct_adecuado\r\n' +
      '"dato; revisado";Lectura;2° medio;2024;239;100;-2;-19;Medio;57;31;12\r\n' +
      'x;matematica;2m;2024;240,5;106;0;-27;3;62,3;29,2;8,5\r\n';
    const result = importSimceCsv(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(
        result.rows.map((r) => [r.test, r.grade, r.year, r.average, r.socioeconomicGroup, r.pctInsuficiente]),
      ).toEqual([
        ['lectura', '2m', 2024, 239, 3, 57],
        ['matematica', '2m', 2024, 240.5, 3, 62.3],
      ]);
    }
  });

  it('lists every bad cell with its spreadsheet row and column, and returns no row', () => {
    const text = [
      SIMCE_TEMPLATE_HEADER,
      '2024,4b,lectura,233,20,-7,-25,1,75,5,20', // row 2: good
      '1999,5b,ingles,abc,20,-7,-25,1,75,5,20', // row 3: four bad cells
      '2024,4b,matematica,219,2.5,,,7,50,30,10', // row 4: estudiantes, gse, sum
      ',,,,,,,,,,', // row 5: blank line, skipped
      ',4b,lectura,250,10,,,,,,', // row 6: año missing
      '2024,4b,lectura,240,10,,,,,,', // row 7: repeats row 2
    ].join('\n');
    expect(importSimceCsv(text)).toEqual({
      ok: false,
      errors: [
        { row: 3, column: 'anio', message: 'El año debe estar entre 2000 y 2100' },
        { row: 3, column: 'grado', message: expect.stringMatching(/^El grado debe ser uno de: 2° básico/) },
        { row: 3, column: 'prueba', message: expect.stringMatching(/^La prueba debe ser una de: Lectura/) },
        { row: 3, column: 'promedio', message: 'El puntaje promedio debe ser un número: «abc» (use punto decimal)' },
        { row: 4, column: 'estudiantes', message: 'El número de estudiantes debe ser un número entero' },
        { row: 4, column: 'gse', message: 'El grupo socioeconómico debe ser un número del 1 (bajo) al 5 (alto)' },
        {
          row: 4,
          column: 'pct_adecuado',
          message: 'Los % Insuficiente, Elemental y Adecuado deben sumar 100 (suman 90)',
        },
        { row: 6, column: 'anio', message: 'El año es obligatorio' },
        { row: 7, column: 'prueba', message: 'El año, grado y prueba ya aparecen en la fila 2' },
      ],
    });
  });

  it('reports each missing column once, on row 1', () => {
    const text =
      'anio,grado,promedio,estudiantes,dif_anterior,dif_gse,pct_insuficiente,pct_elemental,pct_adecuado\n2024,4b,250,10,,,,,\n';
    expect(importSimceCsv(text)).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'prueba', message: 'Falta la columna prueba' },
        { row: 1, column: 'gse', message: 'Falta la columna gse' },
      ],
    });
  });

  it('imports an empty template as no rows', () => {
    expect(importSimceCsv(`${SIMCE_TEMPLATE_HEADER}\n`)).toEqual({ ok: true, rows: [] });
  });
});

describe('importIdpsCsv', () => {
  it('imports indicators by code or name and reports bad cells', () => {
    expect(IDPS_TEMPLATE_HEADER).toBe('anio,grado,indicador,puntaje');
    expect(
      importIdpsCsv(
        `${IDPS_TEMPLATE_HEADER}\n2024,4b,AM,74\n2024,4b,Clima de convivencia escolar,71\n2024,2m,hv,68.5\n`,
      ),
    ).toEqual({
      ok: true,
      rows: [
        { year: 2024, grade: '4b', indicator: 'AM', score: 74 },
        { year: 2024, grade: '4b', indicator: 'CC', score: 71 },
        { year: 2024, grade: '2m', indicator: 'HV', score: 68.5 },
      ],
    });
    const bad = importIdpsCsv(`${IDPS_TEMPLATE_HEADER}\n2024,4b,XX,74\n2024,4b,PF,\n2024,4b,CC,101\n`);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'indicador'],
      [3, 'puntaje'],
      [4, 'puntaje'],
    ]);
  });
});

describe('importEfficiencyCsv', () => {
  it('imports one row per year with nullable percentages', () => {
    expect(EFFICIENCY_TEMPLATE_HEADER).toBe(
      'anio,matricula,asistencia_pct,retencion_pct,aprobacion_pct,reprobacion_pct,repitencia_pct',
    );
    const text =
      'anio;matricula;asistencia_pct;retencion_pct;aprobacion_pct;reprobacion_pct;repitencia_pct\n2023;412;88,4;97,1;95;5;2,3\n2024;398;;;;;\n';
    expect(importEfficiencyCsv(text)).toEqual({
      ok: true,
      rows: [
        {
          year: 2023,
          matricula: 412,
          asistenciaPct: 88.4,
          retencionPct: 97.1,
          aprobacionPct: 95,
          reprobacionPct: 5,
          repitenciaPct: 2.3,
        },
        {
          year: 2024,
          matricula: 398,
          asistenciaPct: null,
          retencionPct: null,
          aprobacionPct: null,
          reprobacionPct: null,
          repitenciaPct: null,
        },
      ],
    });
  });

  it('reports every bad cell', () => {
    const text = `${EFFICIENCY_TEMPLATE_HEADER}\n2023,1.250,88.4,,,,\n2024,-3,110,x,,,\n2024,300,,,,,\n`;
    expect(importEfficiencyCsv(text)).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'matricula', message: 'La matrícula debe ser un número entero' },
        { row: 3, column: 'matricula', message: 'La matrícula no puede ser negativa' },
        { row: 3, column: 'asistencia_pct', message: 'La asistencia promedio (%) debe estar entre 0 y 100' },
        { row: 3, column: 'retencion_pct', message: 'La retención (%) debe ser un número: «x» (use punto decimal)' },
      ],
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAgencySimceFile, parseAgencySimceFile } from '../../../../src/domain/results/agencyFiles.ts';
import { sharedDataFile } from '../../../support/sharedData.ts';

const FILE_4B = readFileSync(sharedDataFile('simce4b2024_rbd_final.csv'), 'utf8');
const FILE_2M = readFileSync(sharedDataFile('simce2m2024_rbd_final.csv'), 'utf8');

/** The school's cells read straight from the file (its line has no quotes, so a plain split is exact). */
function rawRow(text: string, rbd: number): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
  const line = lines.find((l) => l.startsWith(`${rbd},`));
  if (!line || line.includes('"')) throw new Error(`no plain line for RBD ${rbd}`);
  const cells = line.split(',');
  expect(cells).toHaveLength(header.length);
  return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
}

/** The expected SimceResult of one test, built from the raw cells as the Agencia names them. */
function expected(raw: Record<string, string>, infix: 'lect' | 'mate', grade: string) {
  const cell = (prefix: string) => raw[`${prefix}_${infix}${grade}_rbd`] ?? '';
  const num = (text: string) => (text === '' ? null : Number(text));
  return {
    test: infix === 'lect' ? 'lectura' : 'matematica',
    grade,
    year: Number(raw.agno),
    average: num(cell('prom')),
    studentsTested: num(cell('nalu')),
    diffPrevious: num(cell('dif')),
    diffGroup: num(cell('difgru')),
    socioeconomicGroup: num(raw.cod_grupo ?? ''),
    pctInsuficiente: num(cell('palu_eda_ins')),
    pctElemental: num(cell('palu_eda_ele')),
    pctAdecuado: num(cell('palu_eda_ade')),
  };
}

describe('importAgencySimceFile on the real SIMCE 2024 files', () => {
  it('RBD 7826 in 2° medio: Lectura and Matemática equal the row’s cells', () => {
    const raw = rawRow(FILE_2M, 7826);
    const result = importAgencySimceFile(FILE_2M, 7826);
    expect(result).toEqual({
      ok: true,
      rbd: 7826,
      name: 'COLEGIO SAN MIGUEL',
      rows: [expected(raw, 'lect', '2m'), expected(raw, 'mate', '2m')],
    });
    // The figures themselves, as a reader of the file sees them.
    if (result.ok) {
      expect(result.rows[1]).toMatchObject({
        year: 2024,
        average: 240,
        studentsTested: 106,
        diffGroup: -27,
        socioeconomicGroup: 3,
        pctInsuficiente: 62.3,
        pctElemental: 29.2,
        pctAdecuado: 8.5,
      });
    }
  });

  it('RBD 4506 in 4° básico (every cell filled): the values equal the row’s cells', () => {
    const raw = rawRow(FILE_4B, 4506);
    expect(Object.entries(raw).filter(([k, v]) => /^(nalu|prom|dif|difgru|palu)_/.test(k) && v === '')).toEqual([]);
    expect(importAgencySimceFile(FILE_4B, 4506)).toEqual({
      ok: true,
      rbd: 4506,
      name: 'ESCUELA HÉROES DE CHILE',
      rows: [expected(raw, 'lect', '4b'), expected(raw, 'mate', '4b')],
    });
  });

  it('RBD 7423 (too few students): averages null, and the 0/0/0 standards read as not reported', () => {
    const raw = rawRow(FILE_4B, 7423);
    expect([
      raw.prom_lect4b_rbd,
      raw.prom_mate4b_rbd,
      raw.palu_eda_ins_lect4b_rbd,
      raw.palu_eda_ade_mate4b_rbd,
    ]).toEqual(['', '', '0', '0']);
    const result = importAgencySimceFile(FILE_4B, 7423);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.test, r.grade, r.year, r.average, r.diffPrevious, r.diffGroup])).toEqual([
      ['lectura', '4b', 2024, null, null, null],
      ['matematica', '4b', 2024, null, null, null],
    ]);
    for (const row of result.rows) {
      expect([row.pctInsuficiente, row.pctElemental, row.pctAdecuado]).toEqual([null, null, null]);
      expect(row.studentsTested).toBe(Number(raw.nalu_lect4b_rbd));
    }
  });

  it('a school with a quoted name (comma inside) is read whole', () => {
    const result = importAgencySimceFile(FILE_4B, 7122);
    expect(result.ok && result.name).toBe('COL. DE ARTES, CIENCIA Y TEC. DA VINCI');
    expect(result.ok && result.rows.map((r) => r.average)).toEqual([269, 247]);
  });

  it('says so when the RBD is not in the file', () => {
    expect(importAgencySimceFile(FILE_4B, 12345)).toEqual({
      ok: false,
      error: 'El RBD 12345 no aparece en el archivo SIMCE',
      details: [],
    });
  });

  it('takes the grade from the column suffix when there is no `grado` column, and rejects other files', () => {
    const [header = '', ...rest] = FILE_2M.split('\n');
    const cut = (line: string) => line.split(',').slice(0, -2).join(',');
    const withoutGrado = [cut(header), ...rest.filter((l) => l.startsWith('7826,')).map(cut)].join('\n');
    const result = importAgencySimceFile(withoutGrado, 7826);
    expect(result.ok).toBe(false); // no `agno` either
    expect(result.ok ? [] : result.details).toEqual([{ row: 1, column: 'agno', message: 'Falta la columna agno' }]);
    const withYear = withoutGrado.replace(/\n/, ',agno\n').concat(',2024');
    const ok = importAgencySimceFile(withYear, 7826);
    expect(ok.ok && ok.rows.map((r) => [r.grade, r.year, r.average])).toEqual([
      ['2m', 2024, 239],
      ['2m', 2024, 240],
    ]);
    const other = importAgencySimceFile('anio,grado,prueba\n2024,4b,lectura\n', 7826);
    expect(other.ok).toBe(false);
  });

  it('reports the bad cells of the school’s row with their column', () => {
    const text = FILE_2M.replace(/^7826,(.*),62\.3,29\.2,8\.5,/m, '7826,$1,62.3,29.2,x,').replace(
      /^(7826,(?:[^,]*,){16})239,/m,
      '$1abc,',
    );
    const result = importAgencySimceFile(text, 7826);
    expect(result).toEqual({
      ok: false,
      error: 'La fila del RBD 7826 (fila 2) tiene datos no válidos',
      details: [
        { row: 2, column: 'prom_lect2m_rbd', message: 'El puntaje promedio debe ser un número: «abc»' },
        { row: 2, column: 'palu_eda_ade_mate2m_rbd', message: 'El % Adecuado debe ser un número: «x»' },
      ],
    });
  });
});

describe('parseAgencySimceFile: every row of the real files', () => {
  const rbdsOf = (text: string) =>
    text
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => Number(l.split(',')[0]));

  it('imports all 7,185 schools of 4° básico without error', () => {
    const result = parseAgencySimceFile(FILE_4B);
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    if (!result.ok) return;
    expect(result.schools).toHaveLength(7185);
    expect(result.schools.map((s) => s.rbd)).toEqual(rbdsOf(FILE_4B));
    expect(
      result.schools.every((s) => s.rows.length === 2 && s.rows.every((r) => r.grade === '4b' && r.year === 2024)),
    ).toBe(true);
  });

  it('imports all 3,000 schools of 2° medio without error', () => {
    const result = parseAgencySimceFile(FILE_2M);
    expect(result.ok ? result.schools.length : result.errors.slice(0, 5)).toBe(3000);
  });

  it('lists every bad cell of the file and returns no school', () => {
    const lines = FILE_4B.split('\n');
    lines[1] = (lines[1] ?? '').replace(/^7423,/, 'abc,');
    lines[3] = (lines[3] ?? '').replace(/,4b,2024/, ',9z,2024');
    const result = parseAgencySimceFile(lines.join('\n'));
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'rbd'],
      [4, 'grado'],
    ]);
  });
});

// The action export (MX-1, MX-2: the school's open-data identity, column order and headers, one row per
// action of the year, amounts as integers whose sum is the Total; the open-data sheet under Mineduc's
// names) and the CSV writer (BOM, ";", CRLF, RFC 4180 quoting).
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../src/domain/shared/localDates.ts';
import { CSV_BOM, csvField, toCsv } from '../../../../src/domain/export/csv.ts';
import {
  ACTION_COLUMNS,
  OPEN_DATA_ACTION_COLUMNS,
  actionRows,
  actionSheets,
  openDataActionRows,
} from '../../../../src/domain/pme/export/actionRows.ts';
import type { MineducSchool } from '../../../../src/domain/export/mineducSchool.ts';
import { buildPlan, SCHOOL as IDENTITY } from './planFixture.ts';

const SCHOOL: MineducSchool = {
  rbd: '7423',
  dv: '5',
  name: 'ESCUELA LOS AROMOS',
  comunaCode: '05101',
  dependencia: '6',
  rural: false,
};
const IDS_2026 = [2026, 7423, '5', 'ESCUELA LOS AROMOS', 5101, 'VALPARAÍSO', 6, 0];
const plan = buildPlan();
const rows = actionRows(plan, 2026, SCHOOL);
const col = (name: string) => {
  const i = ACTION_COLUMNS.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
};

describe('ACTION_COLUMNS', () => {
  it('MX-1/MX-2: the open-data identity, then the readable headers, one per funding source, then Total', () => {
    expect(ACTION_COLUMNS).toEqual([
      'AGNO',
      'RBD',
      'DGV_RBD',
      'NOM_RBD',
      'COD_COM_RBD',
      'NOM_COM_RBD',
      'COD_DEPE',
      'RURAL_RBD',
      'Dimensión',
      'Subdimensiones',
      'Objetivo estratégico',
      'Estrategia',
      'Nombre de la acción',
      'Descripción',
      'Fecha inicio',
      'Fecha término',
      'Responsable',
      'Recursos necesarios',
      'Medios de verificación',
      'Uso de TIC',
      'Asesoría ATE',
      'Planes asociados',
      'Programa asociado',
      'SEP',
      'PIE',
      'Subvención General',
      'Mantenimiento',
      'FAEP / otros fondos',
      'Aporte del sostenedor',
      'Otro',
      'Total',
    ]);
  });
});

describe('actionRows', () => {
  it('gives one row per action of the year, as wide as the headers, in dimension then date order', () => {
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toHaveLength(ACTION_COLUMNS.length);
    expect(rows.map((r) => r[col('Nombre de la acción')])).toEqual([
      'Reuniones de análisis de resultados con el equipo de gestión',
      'Evaluación trimestral de comprensión lectora',
      'Talleres de lectura compartida en 1° y 2° básico',
      'Jornadas de convivencia y participación estudiantil',
      'Taller «Leer juntos» para apoderados',
    ]);
    expect(actionRows(plan, 2027, SCHOOL)).toHaveLength(1);
    expect(actionRows(plan, 2030, SCHOOL)).toEqual([]);
  });

  it('fills every column of an action', () => {
    const row = rows.find(
      (r) => r[col('Nombre de la acción')] === 'Jornadas de convivencia y participación estudiantil',
    );
    expect(row).toEqual([
      ...IDS_2026,
      'Formación y Convivencia',
      'Formación; Participación y Vida Democrática',
      'Instalar prácticas de lectura compartida en todos los cursos de 1° a 4° básico al 2027',
      'Acompañamiento docente en estrategias de lectura compartida',
      'Jornadas de convivencia y participación estudiantil',
      'Dos talleres mensuales de lectura compartida con apoyo de la biblioteca CRA.',
      { kind: 'date', iso: '2026-04-13' },
      { kind: 'date', iso: '2026-11-20' },
      'Encargada de convivencia escolar',
      'Libros, proyector, horas de coordinación',
      'Listas de asistencia; Registro fotográfico',
      'Sí',
      'No',
      'Plan de Gestión de la Convivencia Escolar; Plan de Formación Ciudadana',
      'Plan Nacional de Lectura',
      600000,
      0,
      95500,
      0,
      0,
      0,
      0,
      695500,
    ]);
  });

  it('writes amounts as integers whose sum is the Total', () => {
    const first = col('SEP');
    const total = col('Total');
    for (const r of rows) {
      const amounts = r.slice(first, total);
      expect(amounts.every((v) => typeof v === 'number' && Number.isInteger(v))).toBe(true);
      expect((amounts as number[]).reduce((s, v) => s + v, 0)).toBe(r[total]);
    }
    expect(rows.reduce((s, r) => s + (r[total] as number), 0)).toBe(4_875_500);
  });

  it('leaves objective and strategy blank when the strategy is gone, and says Sí/No for TIC and ATE', () => {
    const orphan = buildPlan({ strategies: [] });
    const r = actionRows(orphan, 2026, SCHOOL)[1];
    expect([r?.[col('Objetivo estratégico')], r?.[col('Estrategia')]]).toEqual(['', '']);
    expect([r?.[col('Uso de TIC')], r?.[col('Asesoría ATE')]]).toEqual(['No', 'Sí']);
  });
});

describe('MX-2 openDataActionRows', () => {
  it("writes the fields we hold under Mineduc's names, one row per action of the year", () => {
    const levels = new Map([['a1', 'avanzada' as const]]);
    const open = openDataActionRows(plan, 2026, SCHOOL, levels);
    expect(OPEN_DATA_ACTION_COLUMNS.slice(8)).toEqual([
      'DIMENSION',
      'NOM_ACTIVIDAD',
      'DESC_ACTIVIDAD',
      'FECHA_INICIO',
      'FECHA_TERMINO',
      'NIV_IMPLEM',
      'ESTIM_SEP',
      'ESTIM_TOTAL',
    ]);
    expect(open).toHaveLength(rows.length);
    open.forEach((r, i) => {
      const readable = rows[i]!;
      const named = Object.fromEntries(OPEN_DATA_ACTION_COLUMNS.map((h, c) => [h, r[c]]));
      expect(r.slice(0, 8)).toEqual(IDS_2026);
      expect(named).toMatchObject({
        DIMENSION: readable[col('Dimensión')],
        NOM_ACTIVIDAD: readable[col('Nombre de la acción')],
        DESC_ACTIVIDAD: readable[col('Descripción')],
        FECHA_INICIO: readable[col('Fecha inicio')],
        FECHA_TERMINO: readable[col('Fecha término')],
        ESTIM_SEP: readable[col('SEP')],
        ESTIM_TOTAL: readable[col('Total')],
      });
    });
    const a1 = plan.actions.find((a) => a.id === 'a1')!;
    const a1Row = open.find((r) => r[9] === a1.nombre)!;
    expect(a1Row[OPEN_DATA_ACTION_COLUMNS.indexOf('NIV_IMPLEM')]).toBe('Implementación avanzada: 75% a 99%');
    expect(open.filter((r) => r[OPEN_DATA_ACTION_COLUMNS.indexOf('NIV_IMPLEM')] === '')).toHaveLength(open.length - 1);
  });

  it('makes a workbook: the readable sheet first, then the open-data one, then the identification (FT2-2)', () => {
    const sheets = actionSheets(plan, 2026, { ...IDENTITY, ids: SCHOOL }, new Map());
    expect(sheets.map((s) => [s.name, s.headers, s.rows.length])).toEqual([
      ['Acciones 2026', ACTION_COLUMNS, 5],
      ['Datos abiertos 2026', OPEN_DATA_ACTION_COLUMNS, 5],
      ['Identificación', ['Dato', 'Valor'], 7],
    ]);
    expect(sheets[0]!.rows).toEqual(rows);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, separates with ";", ends lines with CRLF, writes integers plain', () => {
    const csv = toCsv([['Taller', 1250000]], ['Acción', 'SEP']);
    expect(csv).toBe(`${CSV_BOM}Acción;SEP\r\nTaller;1250000\r\n`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('quotes fields with ";", quotes, CR or LF and doubles the quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Taller "Leer"')).toBe('"Taller ""Leer"""');
    expect(csvField('línea 1\nlínea 2')).toBe('"línea 1\nlínea 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('Coma, sin comillas')).toBe('Coma, sin comillas');
    expect(csvField(2.5)).toBe('2,5');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips the action rows through an RFC 4180 parser', () => {
    const tricky = buildPlan();
    const a = tricky.actions.find((x) => x.id === 'a1');
    if (!a) throw new Error('fixture');
    a.descripcion = 'Primera línea; con "comillas"\nsegunda línea';
    const data = actionRows(tricky, 2026, SCHOOL);
    const csv = toCsv(data, ACTION_COLUMNS);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...ACTION_COLUMNS]);
    expect(parsed.slice(1)).toEqual(
      data.map((r) => r.map((v) => (typeof v === 'object' ? formatIsoDate(v.iso) : String(v)))),
    );
  });

  it('rejects a row of the wrong width', () => {
    expect(() => toCsv([['solo una']], ['a', 'b'])).toThrow(RangeError);
  });
});

/** A strict RFC 4180 reader (";" separator, CRLF records) used to check the writer. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else if (ch === ';') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  return records;
}

// The Agencia de Calidad's SIMCE results by school ("simce4b2024_rbd_final", "simce2m2024_rbd_final":
// one row per school, comma-separated; shared/data/README.md). Columns per test and grade, e.g.
// `nalu_lect4b_rbd` (students), `prom_lect4b_rbd` (average), `dif_*` (vs previous test),
// `difgru_*` (vs same GSE), `palu_eda_{ins,ele,ade}_*` (% per estándar de aprendizaje), `cod_grupo`
// (GSE 1–5), `grado`, `agno`. Blank where the school had too few students.
// The Agencia writes 0, 0, 0 as the three percentages when it does not publish the standards of a
// school (too few students): three zeros are read as "not reported" (null), never as a result.
import { parseNumberCell, readCsv } from './csvImport.ts';
import type { CsvImportError, CsvRecord, CsvSeparator } from './csvImport.ts';
import { SIMCE_GRADE_CODES, simceResultSchema } from './schemas.ts';
import type { SimceGrade, SimceResult, SimceTest } from './schemas.ts';

/** Test infix of the Agencia's column names. */
const TEST_INFIXES: readonly (readonly [infix: string, test: SimceTest])[] = [
  ['lect', 'lectura'],
  ['mate', 'matematica'],
  ['cien', 'ciencias'],
  ['hist', 'historia'],
  ['escr', 'escritura'],
];

export interface AgencySimceSchool {
  rbd: number;
  /** `nom_rbd` as published ('' when the column is absent). */
  name: string;
  rows: SimceResult[];
}

export type AgencySimceFileResult =
  { ok: true; schools: AgencySimceSchool[] } | { ok: false; errors: CsvImportError[] };

export type AgencySimceImport =
  | { ok: true; rbd: number; name: string; rows: SimceResult[] }
  | { ok: false; error: string; details: CsvImportError[] };

const STANDARDS = [
  ['ins', 'Insuficiente'],
  ['ele', 'Elemental'],
  ['ade', 'Adecuado'],
] as const;

const isGrade = (s: string): s is SimceGrade => (SIMCE_GRADE_CODES as string[]).includes(s);

interface AgencyLayout {
  separator: CsvSeparator;
  column: (name: string) => number | undefined;
  /** Grades that have `prom_*<grade>_rbd` columns, with the tests present for each. */
  testsByGrade: Map<SimceGrade, { infix: string; test: SimceTest }[]>;
  records: CsvRecord[];
}

function readLayout(text: string): { ok: true; layout: AgencyLayout } | { ok: false; errors: CsvImportError[] } {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { header, records, separator } = read.table;
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h.trim().toLowerCase())) index.set(h.trim().toLowerCase(), i);
  });
  const testsByGrade = new Map<SimceGrade, { infix: string; test: SimceTest }[]>();
  for (const name of index.keys()) {
    const m = /^prom_([a-z]{4})(\d[bm])_rbd$/.exec(name);
    const test = TEST_INFIXES.find(([infix]) => infix === m?.[1])?.[1];
    const grade = m?.[2] ?? '';
    if (!m || !test || !isGrade(grade)) continue;
    testsByGrade.set(grade, [...(testsByGrade.get(grade) ?? []), { infix: m[1] ?? '', test }]);
  }
  const errors: CsvImportError[] = ['rbd', 'agno']
    .filter((c) => !index.has(c))
    .map((c) => ({ row: 1, column: c, message: `Falta la columna ${c}` }));
  if (testsByGrade.size === 0) {
    errors.push({
      row: 1,
      column: '',
      message: 'El archivo no tiene columnas de puntaje SIMCE (prom_lect4b_rbd, prom_mate2m_rbd…)',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, layout: { separator, column: (name) => index.get(name), testsByGrade, records } };
}

function cellOf(layout: AgencyLayout, record: CsvRecord, name: string): string {
  const i = layout.column(name);
  return i === undefined ? '' : (record.cells[i] ?? '').trim();
}

const rbdOf = (layout: AgencyLayout, record: CsvRecord) => {
  const text = cellOf(layout, record, 'rbd');
  return /^\d+$/.test(text) ? Number(text) : undefined;
};

/** One school's row → its SIMCE results (one per test of the grade), or every bad cell. */
// eslint-disable-next-line max-lines-per-function -- the record's fields in file order
function parseRecord(
  layout: AgencyLayout,
  record: CsvRecord,
): { ok: true; school: AgencySimceSchool } | { ok: false; errors: CsvImportError[] } {
  const errors: CsvImportError[] = [];
  const fail = (column: string, message: string) => errors.push({ row: record.row, column, message });
  const number = (column: string, what: string): number | null => {
    const value = parseNumberCell(cellOf(layout, record, column), layout.separator);
    if (value === undefined) fail(column, `${what} debe ser un número: «${cellOf(layout, record, column)}»`);
    return value ?? null;
  };

  const rbd = rbdOf(layout, record);
  if (rbd === undefined || rbd < 1) fail('rbd', 'El RBD debe ser un número entero positivo');
  if (cellOf(layout, record, 'agno') === '') fail('agno', 'El año es obligatorio');
  const year = number('agno', 'El año');

  const gradeCell = cellOf(layout, record, 'grado').toLowerCase();
  const onlyGrade = layout.testsByGrade.size === 1 ? [...layout.testsByGrade.keys()][0] : undefined;
  const grade = gradeCell === '' ? onlyGrade : isGrade(gradeCell) ? gradeCell : undefined;
  const tests = grade === undefined ? undefined : layout.testsByGrade.get(grade);
  if (grade === undefined || tests === undefined) {
    fail(
      'grado',
      gradeCell === '' ? 'Falta el grado' : `El grado «${gradeCell}» no corresponde a las columnas del archivo`,
    );
  }
  const gse = number('cod_grupo', 'El grupo socioeconómico');

  const rows: SimceResult[] = [];
  for (const { infix, test } of tests ?? []) {
    const col = (prefix: string) => `${prefix}_${infix}${grade ?? ''}_rbd`;
    const pct = STANDARDS.map(([level, label]) => number(col(`palu_eda_${level}`), `El % ${label}`));
    const notReported = pct.every((p) => p === 0);
    const [ins, ele, ade] = notReported ? [null, null, null] : pct;
    const raw = {
      test,
      grade,
      year,
      average: number(col('prom'), 'El puntaje promedio'),
      studentsTested: number(col('nalu'), 'El número de estudiantes'),
      diffPrevious: number(col('dif'), 'La diferencia con la evaluación anterior'),
      diffGroup: number(col('difgru'), 'La diferencia con el grupo socioeconómico'),
      socioeconomicGroup: gse,
      pctInsuficiente: ins ?? null,
      pctElemental: ele ?? null,
      pctAdecuado: ade ?? null,
    };
    const parsed = simceResultSchema.safeParse(raw);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    const source: Record<string, string> = {
      year: 'agno',
      grade: 'grado',
      average: col('prom'),
      studentsTested: col('nalu'),
      diffPrevious: col('dif'),
      diffGroup: col('difgru'),
      socioeconomicGroup: 'cod_grupo',
      pctInsuficiente: col('palu_eda_ins'),
      pctElemental: col('palu_eda_ele'),
      pctAdecuado: col('palu_eda_ade'),
    };
    for (const issue of parsed.error.issues) {
      const column = source[String(issue.path[0])] ?? '';
      if (!errors.some((e) => e.column === column)) fail(column, issue.message);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, school: { rbd: rbd ?? 0, name: cellOf(layout, record, 'nom_rbd'), rows } };
}

/**
 * Every school of an Agencia SIMCE file. All or nothing: any bad cell (or an RBD repeated) and no
 * school is returned; every problem is listed with its spreadsheet row (header = 1) and column.
 */
export function parseAgencySimceFile(text: string): AgencySimceFileResult {
  const read = readLayout(text);
  if (!read.ok) return read;
  const schools: AgencySimceSchool[] = [];
  const errors: CsvImportError[] = [];
  const rowOfRbd = new Map<number, number>();
  for (const record of read.layout.records) {
    const parsed = parseRecord(read.layout, record);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const first = rowOfRbd.get(parsed.school.rbd);
    if (first !== undefined) {
      errors.push({
        row: record.row,
        column: 'rbd',
        message: `El RBD ${parsed.school.rbd} ya aparece en la fila ${first}`,
      });
      continue;
    }
    rowOfRbd.set(parsed.school.rbd, record.row);
    schools.push(parsed.school);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, schools };
}

/**
 * What an advisor does with the Agencia's file: picks the school's row by RBD and returns its results
 * (Lectura and Matemática for 4° básico and 2° medio; any other test whose columns are present).
 * Only that row is checked; other schools' rows do not affect the import.
 */
export function importAgencySimceFile(text: string, rbd: number): AgencySimceImport {
  const read = readLayout(text);
  if (!read.ok)
    return { ok: false, error: 'El archivo no tiene el formato SIMCE de la Agencia de Calidad', details: read.errors };
  const record = read.layout.records.find((r) => rbdOf(read.layout, r) === rbd);
  if (!record) return { ok: false, error: `El RBD ${rbd} no aparece en el archivo SIMCE`, details: [] };
  const parsed = parseRecord(read.layout, record);
  if (!parsed.ok) {
    return {
      ok: false,
      error: `La fila del RBD ${rbd} (fila ${record.row}) tiene datos no válidos`,
      details: parsed.errors,
    };
  }
  return { ok: true, rbd, name: parsed.school.name, rows: parsed.school.rows };
}

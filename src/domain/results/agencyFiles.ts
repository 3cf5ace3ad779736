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

/** Reads one record's cells, collecting every bad one. */
interface RecordReader {
  cell(column: string): string;
  number(column: string, what: string): number | null;
  fail(column: string, message: string): void;
  errors: CsvImportError[];
}

function recordReader(layout: AgencyLayout, record: CsvRecord): RecordReader {
  const errors: CsvImportError[] = [];
  const cell = (column: string) => cellOf(layout, record, column);
  const fail = (column: string, message: string) => errors.push({ row: record.row, column, message });
  const number = (column: string, what: string): number | null => {
    const value = parseNumberCell(cell(column), layout.separator);
    if (value === undefined) fail(column, `${what} debe ser un número: «${cell(column)}»`);
    return value ?? null;
  };
  return { cell, number, fail, errors };
}

/** The record's grade: its `grado` cell, or the file's only grade when the cell is blank. */
function gradeOf(layout: AgencyLayout, reader: RecordReader): SimceGrade | undefined {
  const gradeCell = reader.cell('grado').toLowerCase();
  const onlyGrade = layout.testsByGrade.size === 1 ? [...layout.testsByGrade.keys()][0] : undefined;
  const grade = gradeCell === '' ? onlyGrade : isGrade(gradeCell) ? gradeCell : undefined;
  if (grade === undefined || !layout.testsByGrade.has(grade)) {
    const message =
      gradeCell === '' ? 'Falta el grado' : `El grado «${gradeCell}» no corresponde a las columnas del archivo`;
    reader.fail('grado', message);
    return undefined;
  }
  return grade;
}

interface SchoolFields {
  grade: SimceGrade | undefined;
  year: number | null;
  gse: number | null;
}

/** One test's result of the record, or null after listing its bad cells under the file's column names. */
function parseTest(reader: RecordReader, fields: SchoolFields, infix: string, test: SimceTest): SimceResult | null {
  const col = (prefix: string) => `${prefix}_${infix}${fields.grade ?? ''}_rbd`;
  const pct = STANDARDS.map(([level, label]) => reader.number(col(`palu_eda_${level}`), `El % ${label}`));
  const notReported = pct.every((p) => p === 0);
  const [ins, ele, ade] = notReported ? [null, null, null] : pct;
  const parsed = simceResultSchema.safeParse({
    test,
    grade: fields.grade,
    year: fields.year,
    average: reader.number(col('prom'), 'El puntaje promedio'),
    studentsTested: reader.number(col('nalu'), 'El número de estudiantes'),
    diffPrevious: reader.number(col('dif'), 'La diferencia con la evaluación anterior'),
    diffGroup: reader.number(col('difgru'), 'La diferencia con el grupo socioeconómico'),
    socioeconomicGroup: fields.gse,
    pctInsuficiente: ins ?? null,
    pctElemental: ele ?? null,
    pctAdecuado: ade ?? null,
  });
  if (parsed.success) return parsed.data;
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
    if (!reader.errors.some((e) => e.column === column)) reader.fail(column, issue.message);
  }
  return null;
}

/** One school's row → its SIMCE results (one per test of the grade), or every bad cell. */
function parseRecord(
  layout: AgencyLayout,
  record: CsvRecord,
): { ok: true; school: AgencySimceSchool } | { ok: false; errors: CsvImportError[] } {
  const reader = recordReader(layout, record);
  const rbd = rbdOf(layout, record);
  if (rbd === undefined || rbd < 1) reader.fail('rbd', 'El RBD debe ser un número entero positivo');
  if (reader.cell('agno') === '') reader.fail('agno', 'El año es obligatorio');
  const year = reader.number('agno', 'El año');
  const grade = gradeOf(layout, reader);
  const fields: SchoolFields = { grade, year, gse: reader.number('cod_grupo', 'El grupo socioeconómico') };
  const tests = grade === undefined ? [] : (layout.testsByGrade.get(grade) ?? []);
  const rows = tests.flatMap(({ infix, test }) => parseTest(reader, fields, infix, test) ?? []);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, school: { rbd: rbd ?? 0, name: reader.cell('nom_rbd'), rows } };
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

// CSV import of a school's results from OUR templates (SIMCE, IDPS, eficiencia interna), read with the
// small RFC 4180 reader the Agencia's files also go through (csvReader.ts).
// Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2
// (a quoted cell with line breaks still counts as one row). All or nothing: one bad cell and no row
// is returned, and every bad cell is listed. A cell our CSV writer neutralised against formula
// injection ("'-5", "'=A1") is read without its apostrophe (EX-3).
import type { z } from 'zod';
import {
  efficiencyYearSchema,
  IDPS_INDICATORS,
  idpsResultSchema,
  SIMCE_GRADES,
  SIMCE_TESTS,
  simceResultSchema,
  SOCIOECONOMIC_GROUPS,
  standardsSumError,
  simceKey,
  idpsKey,
  efficiencyKey,
} from './schemas.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from './schemas.ts';

export * from './csvReader.ts';
import {
  looseKey,
  parseNumberCell,
  readCsv,
  type CsvImportError,
  type CsvImportResult,
  type CsvSeparator,
} from './csvReader.ts';

type Choices = ReadonlyMap<string, string | number>;
function choices(list: readonly { code: string | number; label: string }[]): Choices {
  return new Map(
    list.flatMap((x) => [[looseKey(String(x.code)), x.code] as const, [looseKey(x.label), x.code] as const]),
  );
}

interface ColumnSpec {
  column: string;
  field: string;
  /** 'number', or the accepted codes and labels of a closed list. */
  kind: 'number' | Choices;
  /** Message for a cell that is neither blank nor a number (numbers only). */
  notANumber?: string;
}

function cellValue(spec: ColumnSpec, text: string, separator: CsvSeparator): { value: unknown } | { error: string } {
  const t = text.trim();
  if (t === '') return { value: null };
  if (spec.kind !== 'number') return { value: spec.kind.get(looseKey(t)) ?? t };
  const n = parseNumberCell(t, separator);
  if (n === undefined) {
    const hint = separator === ';' ? 'use punto o coma decimal' : 'use punto decimal';
    return { error: `${spec.notANumber ?? 'El valor debe ser un número'}: «${t}» (${hint})` };
  }
  return { value: n };
}

interface TableSpec<T> {
  columns: readonly ColumnSpec[];
  schema: z.ZodType<T>;
  /** Identity of a row; a second row with the same key is an error. */
  key: (row: T) => string;
  keyColumn: string;
  duplicateMessage: (firstRow: number) => string;
  /** Cross-cell rules the schema also checks, run here as well when another cell failed. */
  crossCheck?: (raw: Record<string, unknown>) => { field: string; message: string } | null;
}

function importTable<T>(text: string, spec: TableSpec<T>): CsvImportResult<T> {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { header, records, separator } = read.table;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = looseKey(name) === 'ano' ? 'anio' : looseKey(name);
    if (!index.has(key)) index.set(key, i);
  });
  const missing = spec.columns.filter((c) => !index.has(looseKey(c.column)));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((c) => ({ row: 1, column: c.column, message: `Falta la columna ${c.column}` })),
    };
  }

  const rows: T[] = [];
  const errors: CsvImportError[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const record of records) {
    const found: CsvImportError[] = [];
    const raw: Record<string, unknown> = {};
    for (const column of spec.columns) {
      const v = cellValue(column, record.cells[index.get(looseKey(column.column)) ?? -1] ?? '', separator);
      if ('error' in v) found.push({ row: record.row, column: column.column, message: v.error });
      else raw[column.field] = v.value;
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = spec.columns.find((c) => c.field === issue.path[0])?.column ?? '';
        if (!found.some((e) => e.column === column)) found.push({ row: record.row, column, message: issue.message });
      }
      const cross = spec.crossCheck?.(raw);
      const column = spec.columns.find((c) => c.field === cross?.field)?.column ?? '';
      if (cross && !found.some((e) => e.column === column))
        found.push({ row: record.row, column, message: cross.message });
    }
    if (found.length > 0 || !parsed.success) {
      const order = (c: string) => spec.columns.findIndex((s) => s.column === c);
      errors.push(...found.sort((a, b) => order(a.column) - order(b.column)));
      continue;
    }
    const key = spec.key(parsed.data);
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      errors.push({ row: record.row, column: spec.keyColumn, message: spec.duplicateMessage(first) });
      continue;
    }
    firstRowOfKey.set(key, record.row);
    rows.push(parsed.data);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

const NUM = 'number' as const;

const SIMCE_COLUMNS: readonly ColumnSpec[] = [
  { column: 'anio', field: 'year', kind: NUM, notANumber: 'El año debe ser un número' },
  { column: 'grado', field: 'grade', kind: choices(SIMCE_GRADES) },
  { column: 'prueba', field: 'test', kind: choices(SIMCE_TESTS) },
  { column: 'promedio', field: 'average', kind: NUM, notANumber: 'El puntaje promedio debe ser un número' },
  {
    column: 'estudiantes',
    field: 'studentsTested',
    kind: NUM,
    notANumber: 'El número de estudiantes debe ser un número',
  },
  {
    column: 'dif_anterior',
    field: 'diffPrevious',
    kind: NUM,
    notANumber: 'La diferencia con la evaluación anterior debe ser un número',
  },
  {
    column: 'dif_gse',
    field: 'diffGroup',
    kind: NUM,
    notANumber: 'La diferencia con el grupo socioeconómico debe ser un número',
  },
  { column: 'gse', field: 'socioeconomicGroup', kind: choices(SOCIOECONOMIC_GROUPS) },
  {
    column: 'pct_insuficiente',
    field: 'pctInsuficiente',
    kind: NUM,
    notANumber: 'El % Insuficiente debe ser un número',
  },
  { column: 'pct_elemental', field: 'pctElemental', kind: NUM, notANumber: 'El % Elemental debe ser un número' },
  { column: 'pct_adecuado', field: 'pctAdecuado', kind: NUM, notANumber: 'El % Adecuado debe ser un número' },
];

const IDPS_COLUMNS: readonly ColumnSpec[] = [
  { column: 'anio', field: 'year', kind: NUM, notANumber: 'El año debe ser un número' },
  { column: 'grado', field: 'grade', kind: choices(SIMCE_GRADES) },
  { column: 'indicador', field: 'indicator', kind: choices(IDPS_INDICATORS) },
  { column: 'puntaje', field: 'score', kind: NUM, notANumber: 'El puntaje debe ser un número' },
];

const EFFICIENCY_COLUMNS: readonly ColumnSpec[] = [
  { column: 'anio', field: 'year', kind: NUM, notANumber: 'El año debe ser un número' },
  { column: 'matricula', field: 'matricula', kind: NUM, notANumber: 'La matrícula debe ser un número' },
  {
    column: 'asistencia_pct',
    field: 'asistenciaPct',
    kind: NUM,
    notANumber: 'La asistencia promedio (%) debe ser un número',
  },
  { column: 'retencion_pct', field: 'retencionPct', kind: NUM, notANumber: 'La retención (%) debe ser un número' },
  { column: 'aprobacion_pct', field: 'aprobacionPct', kind: NUM, notANumber: 'La aprobación (%) debe ser un número' },
  {
    column: 'reprobacion_pct',
    field: 'reprobacionPct',
    kind: NUM,
    notANumber: 'La reprobación (%) debe ser un número',
  },
  { column: 'repitencia_pct', field: 'repitenciaPct', kind: NUM, notANumber: 'La repitencia (%) debe ser un número' },
];

const namesOf = (columns: readonly ColumnSpec[]) => columns.map((c) => c.column);

/** Column names of each template, in order: the UI's "descargar plantilla" writes them with the CSV writer. */
export const SIMCE_TEMPLATE_COLUMNS: readonly string[] = namesOf(SIMCE_COLUMNS);
export const IDPS_TEMPLATE_COLUMNS: readonly string[] = namesOf(IDPS_COLUMNS);
export const EFFICIENCY_TEMPLATE_COLUMNS: readonly string[] = namesOf(EFFICIENCY_COLUMNS);

/**
 * SIMCE template: one row per año, grado and prueba. `grado`, `prueba` and `gse` accept the code or
 * the label, in any case and with or without accents ("4b" or "4° básico"; "matematica" or
 * "Matemática"; "2" or "Medio bajo"). Blank optional cells are null.
 */
export function importSimceCsv(text: string): CsvImportResult<SimceResult> {
  return importTable(text, {
    columns: SIMCE_COLUMNS,
    schema: simceResultSchema,
    key: simceKey,
    keyColumn: 'prueba',
    duplicateMessage: (first) => `El año, grado y prueba ya aparecen en la fila ${first}`,
    crossCheck: (raw) => {
      const pcts = [raw.pctInsuficiente, raw.pctElemental, raw.pctAdecuado];
      const inRange = pcts.every((p) => typeof p === 'number' && p >= 0 && p <= 100);
      const message = inRange ? standardsSumError(pcts[0], pcts[1], pcts[2]) : null;
      return message === null ? null : { field: 'pctAdecuado', message };
    },
  });
}

/** IDPS template: one row per año, grado and indicador (AM, CC, PF, HV or its name). */
export function importIdpsCsv(text: string): CsvImportResult<IdpsResult> {
  return importTable(text, {
    columns: IDPS_COLUMNS,
    schema: idpsResultSchema,
    key: idpsKey,
    keyColumn: 'indicador',
    duplicateMessage: (first) => `El año, grado e indicador ya aparecen en la fila ${first}`,
  });
}

/** Eficiencia interna template: one row per año; the percentages may be blank. */
export function importEfficiencyCsv(text: string): CsvImportResult<EfficiencyYear> {
  return importTable(text, {
    columns: EFFICIENCY_COLUMNS,
    schema: efficiencyYearSchema,
    key: efficiencyKey,
    keyColumn: 'anio',
    duplicateMessage: (first) => `El año ya aparece en la fila ${first}`,
  });
}

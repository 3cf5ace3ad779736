// Parser of Mineduc's "Directorio Oficial de Establecimientos Educacionales" CSV (shared/data/README.md):
// `;`-separated, UTF-8 with BOM, CRLF, decimal comma, blank fields written as " ", no quoting.
import { z } from 'zod';
import { collapseSpaces } from '../shared/text.ts';
import { comunaCodeSchema, comunaFromDirectoryCode, findComuna, regionCodeSchema } from '../territory/territory.ts';
import { checkRbd, RBD_ERROR_MESSAGES, RBD_MAX } from './rbd.ts';
import { readRegisterColumns, REGISTER_COLUMNS, type RegisterFields } from './directoryRegister.ts';

export type DirectoryDependencia = 1 | 2 | 3 | 4 | 5 | 6;
export type DirectoryEstado = 1 | 2 | 3 | 4;

export interface DirectoryRow {
  rbd: number;
  /** Official DGV_RBD, upper case. */
  dv: string;
  /** NOM_RBD trimmed, whitespace runs collapsed; otherwise as published (even `Ð` for `Ñ`). */
  name: string;
  /** Two digits: "01".."16". */
  regionCode: string;
  /** Five digits: "01101". */
  comunaCode: string;
  dependenciaCode: DirectoryDependencia;
  rural: boolean;
  /** MAT_TOTAL (0 is allowed). */
  matricula: number;
  estado: DirectoryEstado;
  latitude: number | null;
  longitude: number | null;
  /** RUT_SOSTENEDOR, CONVENIO_PIE and the niveles of ENS_01..ENS_11: only when the file has those columns. */
  register?: RegisterFields;
}

export interface DirectoryError {
  /** 1-based line of the file; the header is line 1. */
  line: number;
  /** Column name of the directory, or '' when the error concerns the whole line. */
  column: string;
  message: string;
}

export interface DirectoryParseResult {
  rows: DirectoryRow[];
  errors: DirectoryError[];
}

export const DIRECTORY_COLUMNS = [
  'RBD',
  'DGV_RBD',
  'NOM_RBD',
  'COD_REG_RBD',
  'COD_COM_RBD',
  'COD_DEPE',
  'RURAL_RBD',
  'MAT_TOTAL',
  'ESTADO_ESTAB',
  'LATITUD',
  'LONGITUD',
] as const;
type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number];

const integerText = (message: string) => z.string().regex(/^\d+$/, { error: message }).transform(Number);

/**
 * Coordinates are optional: blank, malformed ("-70,8711003,17") or out-of-range values become null
 * instead of failing the import, and a pair with one missing half is dropped whole.
 */
function parseCoordinate(text: string, limit: number): number | null {
  if (!/^-?\d+(,\d+)?$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Math.abs(value) <= limit ? value : null;
}

const rowSchema = z
  .object({
    RBD: integerText('El RBD debe ser un número entero').pipe(
      z
        .number()
        .min(1, { error: RBD_ERROR_MESSAGES['rbd-out-of-range'] })
        .max(RBD_MAX, { error: RBD_ERROR_MESSAGES['rbd-out-of-range'] }),
    ),
    DGV_RBD: z
      .string()
      .regex(/^[0-9Kk]$/, { error: RBD_ERROR_MESSAGES['dv-invalid-format'] })
      .transform((s) => s.toUpperCase()),
    NOM_RBD: z
      .string()
      .transform(collapseSpaces)
      .pipe(z.string().min(1, { error: 'El nombre del establecimiento es obligatorio' })),
    COD_REG_RBD: z
      .string()
      .transform((s) => (/^\d{1,2}$/.test(s) ? s.padStart(2, '0') : s))
      .pipe(regionCodeSchema),
    COD_COM_RBD: z
      .string()
      .transform((s) => comunaFromDirectoryCode(s) ?? s)
      .pipe(comunaCodeSchema),
    COD_DEPE: z
      .enum(['1', '2', '3', '4', '5', '6'], { error: 'La dependencia debe ser un código del 1 al 6' })
      .transform((s) => Number(s) as DirectoryDependencia),
    RURAL_RBD: z
      .enum(['0', '1'], { error: 'La ruralidad debe ser 0 (urbano) o 1 (rural)' })
      .transform((s) => s === '1'),
    MAT_TOTAL: integerText('La matrícula debe ser un número entero mayor o igual a 0'),
    ESTADO_ESTAB: z
      .enum(['1', '2', '3', '4'], { error: 'El estado debe ser un código del 1 al 4' })
      .transform((s) => Number(s) as DirectoryEstado),
    LATITUD: z.string().transform((s) => parseCoordinate(s, 90)),
    LONGITUD: z.string().transform((s) => parseCoordinate(s, 180)),
  })
  .superRefine((row, ctx) => {
    const rbd = checkRbd(row.RBD, row.DGV_RBD);
    if (!rbd.ok) ctx.addIssue({ code: 'custom', path: ['DGV_RBD'], message: RBD_ERROR_MESSAGES[rbd.code] });
    if (findComuna(row.COD_COM_RBD)?.regionCode !== row.COD_REG_RBD) {
      ctx.addIssue({ code: 'custom', path: ['COD_REG_RBD'], message: 'La región no corresponde a la comuna' });
    }
  })
  .transform((row): DirectoryRow => ({
    rbd: row.RBD,
    dv: row.DGV_RBD,
    name: row.NOM_RBD,
    regionCode: row.COD_REG_RBD,
    comunaCode: row.COD_COM_RBD,
    dependenciaCode: row.COD_DEPE,
    rural: row.RURAL_RBD,
    matricula: row.MAT_TOTAL,
    estado: row.ESTADO_ESTAB,
    latitude: row.LATITUD !== null && row.LONGITUD !== null ? row.LATITUD : null,
    longitude: row.LATITUD !== null && row.LONGITUD !== null ? row.LONGITUD : null,
  }));

/**
 * Parses the whole directory. All or nothing: if any line has an error, `rows` is empty and
 * `errors` lists every problem found, with its line and column. The register columns (RUT_SOSTENEDOR,
 * CONVENIO_PIE, ENS_01..ENS_11) are read when the file has all of them; other columns are ignored.
 */
export function parseDirectoryCsv(text: string): DirectoryParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(';').map((h) => h.trim());
  const index = new Map(header.map((name, i) => [name, i]));
  const missing = DIRECTORY_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((column) => ({ line: 1, column, message: `Falta la columna ${column}` })),
    };
  }

  const hasRegister = REGISTER_COLUMNS.every((column) => index.has(column));
  const rows: DirectoryRow[] = [];
  const errors: DirectoryError[] = [];
  const lineOfRbd = new Map<number, number>();
  lines.forEach((content, i) => {
    const line = i + 1;
    if (line === 1 || content.trim() === '') return;
    const fields = content.split(';');
    if (fields.length !== header.length) {
      errors.push({
        line,
        column: '',
        message: `La línea tiene ${fields.length} campos; se esperaban ${header.length}`,
      });
      return;
    }
    const raw = Object.fromEntries(
      DIRECTORY_COLUMNS.map((column) => [column, (fields[index.get(column) ?? -1] ?? '').trim()]),
    ) as Record<DirectoryColumn, string>;
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ line, column: String(issue.path[0] ?? ''), message: issue.message });
      }
      return;
    }
    const firstLine = lineOfRbd.get(parsed.data.rbd);
    if (firstLine !== undefined) {
      errors.push({ line, column: 'RBD', message: `El RBD ${parsed.data.rbd} ya aparece en la línea ${firstLine}` });
      return;
    }
    const register = hasRegister ? readRegisterColumns((column) => fields[index.get(column) ?? -1] ?? '') : null;
    if (register && !register.ok) {
      errors.push(...register.errors.map((e) => ({ line, ...e })));
      return;
    }
    lineOfRbd.set(parsed.data.rbd, line);
    rows.push(register ? { ...parsed.data, register: register.fields } : parsed.data);
  });
  return { rows: errors.length > 0 ? [] : rows, errors };
}

// The directory columns that registering a school uses besides its identity and place: the sostenedor's
// RUT, the PIE agreement and the niveles taught, read from Mineduc's teaching codes (COD_ENSE) in ENS_01..ENS_11.
import { NIVEL_CODES, type NivelCode } from './enums.ts';

export const ENS_COLUMNS = Array.from({ length: 11 }, (_, i) => `ENS_${String(i + 1).padStart(2, '0')}`);
export const REGISTER_COLUMNS = ['RUT_SOSTENEDOR', 'CONVENIO_PIE', ...ENS_COLUMNS] as const;

export interface RegisterFields {
  /** Digits without check digit, as the directory writes it; null where blank (natural persons). */
  sostenedorRut: string | null;
  /** CONVENIO_PIE = 1: the school has a Programa de Integración Escolar agreement. */
  pie: boolean;
  /** In NIVEL_CODES order, without repeats. */
  niveles: NivelCode[];
}

/**
 * Mineduc's COD_ENSE by range: 10 parvularia, 110 básica, 2xx especial (211–219, 299 PIE), 310 media HC,
 * 410–910 media TP by branch; adult programmes end in 60–99 within their hundred (165, 167, 363, 463…).
 * Returns null for 0 (an empty slot) and for codes outside every range.
 */
export function nivelOfTeachingCode(code: number): NivelCode | null {
  if (!Number.isInteger(code) || code <= 0 || code > 999) return null;
  if (code < 100) return 'parvularia';
  if (code >= 200 && code < 300) return 'especial';
  if (code % 100 >= 60) return 'adultos';
  if (code < 200) return 'basica';
  return code < 400 ? 'media-hc' : 'media-tp';
}

type ColumnError = { column: string; message: string };
export type RegisterRead = { ok: true; fields: RegisterFields } | { ok: false; errors: ColumnError[] };

/** Reads the register columns of one line; `field` gives a column's raw text. */
export function readRegisterColumns(field: (column: string) => string): RegisterRead {
  const errors: ColumnError[] = [];
  const rut = field('RUT_SOSTENEDOR').trim();
  if (rut !== '' && !/^\d{1,9}$/.test(rut)) {
    errors.push({ column: 'RUT_SOSTENEDOR', message: 'El RUT del sostenedor debe tener solo dígitos, sin DV' });
  }
  const pie = field('CONVENIO_PIE').trim();
  if (pie !== '0' && pie !== '1') errors.push({ column: 'CONVENIO_PIE', message: 'CONVENIO_PIE debe ser 0 o 1' });
  const niveles = new Set<NivelCode>();
  for (const column of ENS_COLUMNS) {
    const text = field(column).trim();
    const code = Number(text);
    if (!/^\d{1,3}$/.test(text) || (code !== 0 && nivelOfTeachingCode(code) === null)) {
      errors.push({ column, message: 'El código de enseñanza debe ser 0 o un código de 10 a 999' });
      continue;
    }
    const nivel = nivelOfTeachingCode(code);
    if (nivel) niveles.add(nivel);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      sostenedorRut: rut === '' ? null : rut,
      pie: pie === '1',
      niveles: NIVEL_CODES.filter((n) => niveles.has(n)),
    },
  };
}

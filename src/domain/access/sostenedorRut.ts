// The RUT that binds a sostenedor user to the schools Mineduc's directory lists for it,
// kept as the directory writes it: digits without dots or check digit ("62000660").
import { computeRbdCheckDigit } from '../schools/rbd.ts';

export type RutError = 'rut-format' | 'rut-check-digit';

/**
 * Reads "62000660", "62.000.660" or "62.000.660-2" (the check digit, when given, must match: módulo
 * 11, as for the RBD). Returns the digits alone, without leading zeros.
 */
export function parseSostenedorRut(text: string): { ok: true; rut: string } | { ok: false; error: RutError } {
  const match = /^(\d{1,3}(?:\.\d{3})+|\d{1,9})(?:\s*-\s*([0-9Kk]))?$/.exec(text.trim());
  if (!match?.[1]) return { ok: false, error: 'rut-format' };
  const value = Number(match[1].replaceAll('.', ''));
  if (!Number.isInteger(value) || value < 1 || value > 99_999_999) return { ok: false, error: 'rut-format' };
  if (match[2] !== undefined && computeRbdCheckDigit(value) !== match[2].toUpperCase())
    return { ok: false, error: 'rut-check-digit' };
  return { ok: true, rut: String(value) };
}

/** "62.000.660-2": stored digits with thousands dots and their módulo 11 check digit (other text as given). */
export function formatRut(rut: string): string {
  const digits = rut.trim().replace(/^0+/, '');
  const value = Number(digits);
  if (!/^\d+$/.test(digits) || value > 99_999_999) return rut;
  const dotted = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${dotted}-${computeRbdCheckDigit(value)}`;
}

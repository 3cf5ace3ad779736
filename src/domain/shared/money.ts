// Money in the PME: integer Chilean pesos (docs/domain.md §8), formatted es-CL "$ 1.250.000".
// The formatter is written by hand (dots every three digits) so it never depends on Intl locale data.
import { z } from 'zod';

/** Integer pesos. Build with `pesos(n)` or parse with `pesosSchema` (amounts: integer, ≥ 0). */
export type Pesos = number & { readonly __brand: 'Pesos' };

/** Brands a safe integer as pesos; negative values are allowed (differences, excesses). */
export function pesos(n: number): Pesos {
  if (!Number.isSafeInteger(n)) throw new RangeError(`pesos must be a safe integer, got ${n}`);
  return (n === 0 ? 0 : n) as Pesos; // normalises -0
}

/**
 * The ceiling of any one amount a school loads (SEP and every other source of an action, the declared
 * SEP budget, monto ejecutado) — rule B-1. The SEP of the largest schools (≈ 4.000 students, most of
 * them prioritarios) is under $ 3.000 millones a year, so $ 5.000 millones per field is more than any
 * real school and catches an amount typed with extra digits ($ 99.999.999.999.999 in the trial).
 */
export const PESOS_MAX = 5_000_000_000 as Pesos;
export const PESOS_MESSAGE = 'Ingrese un monto entero entre $ 0 y $ 5.000.000.000';

/** The message for an amount out of bounds (also for one already stored), or null. */
export function pesosError(n: number): string | null {
  return Number.isSafeInteger(n) && n >= 0 && n <= PESOS_MAX ? null : PESOS_MESSAGE;
}

/** An amount loaded by the school: integer pesos, zero up to PESOS_MAX. */
export const pesosSchema = z
  .number({ message: 'Ingrese un monto en pesos' })
  .int({ message: 'El monto debe ser un número entero de pesos, sin decimales' })
  .min(0, { message: 'El monto no puede ser negativo' })
  .max(PESOS_MAX, { message: PESOS_MESSAGE })
  .transform((n) => pesos(n));

/**
 * An amount as read back from what is already stored (frozen snapshots, versions): any whole peso
 * ≥ 0, because the PESOS_MAX bound is checked where amounts are typed and frozen data must always
 * read back; screens show the bound's message beside such an amount.
 */
export const storedPesosSchema = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .transform((n) => pesos(n));

/**
 * "$ 1.250.000": a "$", a space, the digits grouped by three with dots, no decimals.
 * Decisions: a negative amount is written "-$ 1.250.000" (sign before the symbol, as es-CL does);
 * a non-integer is rounded to the nearest peso (halves away from zero) before formatting;
 * NaN and ±Infinity throw RangeError.
 */
export function formatPesos(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as pesos`);
  const abs = Math.round(Math.abs(n));
  const digits = String(abs);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += '.';
    grouped += digits[i];
  }
  return `${n < 0 && abs !== 0 ? '-' : ''}$ ${grouped}`;
}

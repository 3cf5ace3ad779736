// Money in the PME: integer Chilean pesos (domain.md §8), formatted es-CL "$ 1.250.000".
// The formatter is written by hand (dots every three digits) so it never depends on Intl locale data.
import { z } from 'zod';

/** Integer pesos. Build with `pesos(n)` or parse with `pesosSchema` (amounts: integer, ≥ 0). */
export type Pesos = number & { readonly __brand: 'Pesos' };

/** Brands a safe integer as pesos; negative values are allowed (differences, excesses). */
export function pesos(n: number): Pesos {
  if (!Number.isSafeInteger(n)) throw new RangeError(`pesos must be a safe integer, got ${n}`);
  return (n === 0 ? 0 : n) as Pesos; // normalises -0
}

/** An amount loaded by the school: integer pesos, zero or more. */
export const pesosSchema = z
  .number({ message: 'Ingrese un monto en pesos' })
  .int({ message: 'El monto debe ser un número entero de pesos, sin decimales' })
  .min(0, { message: 'El monto no puede ser negativo' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'El monto es demasiado grande' })
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

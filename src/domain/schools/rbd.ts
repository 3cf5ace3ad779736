// RBD (Rol Base de Datos) and its dígito verificador (docs/domain.md §2).
import { RBD_DV_EXCEPTIONS } from './rbdExceptions.data.ts';

export { RBD_DV_EXCEPTIONS };

export const RBD_MIN = 1;
export const RBD_MAX = 99_999_999;

export const RBD_ERROR_CODES = ['rbd-not-integer', 'rbd-out-of-range', 'dv-invalid-format', 'dv-mismatch'] as const;
export type RbdErrorCode = (typeof RBD_ERROR_CODES)[number];
export type RbdCheck = { ok: true } | { ok: false; code: RbdErrorCode };

export const RBD_ERROR_MESSAGES: Record<RbdErrorCode, string> = {
  'rbd-not-integer': 'El RBD debe ser un número entero',
  'rbd-out-of-range': 'El RBD debe ser un número entre 1 y 99.999.999',
  'dv-invalid-format': 'El dígito verificador debe ser un número del 0 al 9 o la letra K',
  'dv-mismatch': 'El dígito verificador no corresponde al RBD',
};

function isRbdInRange(rbd: number): boolean {
  return Number.isInteger(rbd) && rbd >= RBD_MIN && rbd <= RBD_MAX;
}

/**
 * Módulo 11 as for the RUT: the RBD's digits from the right × 2,3,4,5,6,7,2,3,…;
 * r = 11 − (sum mod 11); 11 → '0', 10 → 'K', else r. Throws RangeError outside 1..99,999,999.
 */
export function computeRbdCheckDigit(rbd: number): string {
  if (!isRbdInRange(rbd)) throw new RangeError(`RBD fuera de rango: ${rbd}`);
  let sum = 0;
  let weight = 2;
  for (let rest = rbd; rest > 0; rest = Math.floor(rest / 10)) {
    sum += (rest % 10) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

/** The DV Mineduc uses for this RBD: the official exception if there is one, else módulo 11. */
export function officialCheckDigit(rbd: number): string {
  return RBD_DV_EXCEPTIONS.get(rbd) ?? computeRbdCheckDigit(rbd);
}

/**
 * Validates an RBD and its DV (surrounding spaces and lower-case `k` allowed). For the 50 official
 * exceptions only the official DV is accepted: the módulo-11 digit names no real school there.
 */
export function checkRbd(rbd: number, dv: string): RbdCheck {
  if (!Number.isInteger(rbd)) return { ok: false, code: 'rbd-not-integer' };
  if (!isRbdInRange(rbd)) return { ok: false, code: 'rbd-out-of-range' };
  const digit = dv.trim().toUpperCase();
  if (!/^[0-9K]$/.test(digit)) return { ok: false, code: 'dv-invalid-format' };
  return digit === officialCheckDigit(rbd) ? { ok: true } : { ok: false, code: 'dv-mismatch' };
}

/**
 * Reads "7423-3", "7423 - 3" or "7423-k" (DV returned upper-case). The dash is required: without it
 * "74233" is ambiguous. Does not check the DV; use checkRbd. Returns null when the text has another shape.
 */
export function parseRbdText(text: string): { rbd: number; dv: string } | null {
  const match = /^(\d{1,8})\s*[-\u2010-\u2015\u2212]\s*([0-9Kk])$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { rbd: Number(match[1]), dv: match[2].toUpperCase() };
}

/** "7423-3". */
export function formatRbd(rbd: number, dv: string): string {
  return `${rbd}-${dv.trim().toUpperCase()}`;
}

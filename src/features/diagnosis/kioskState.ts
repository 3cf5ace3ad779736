// Kiosk mode state, kept in localStorage so that a reload, a closed tab or a dead battery brings
// the tablet back into the same kiosk (and the same unfinished response), never to the app.
// The exit code is stored as a SHA-256 hash.
import { z } from 'zod';

const KEY = 'bitacora.kiosk';

const kioskSchema = z.object({
  schoolId: z.string(),
  group: z.string(),
  exitHash: z.string(),
  responseId: z.string().nullable(),
  /** Which survey the tablet is locked into (states saved before the evaluation existed are the diagnosis). */
  survey: z.enum(['diagnosis', 'evaluation']).catch('diagnosis'),
});
export type KioskState = z.infer<typeof kioskSchema>;

export function loadKiosk(): KioskState | null {
  try {
    const parsed = kioskSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveKiosk(state: KioskState | null): void {
  if (state) localStorage.setItem(KEY, JSON.stringify(state));
  else localStorage.removeItem(KEY);
}

export async function hashCode(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`bitacora-kiosk:${code}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const EXIT_CODE_DIGITS = { min: 4, max: 8 } as const;

/** Why an exit code cannot start the kiosk yet, in the words shown under the field; null when it can. */
export function exitCodeProblem(code: string): string | null {
  const { min, max } = EXIT_CODE_DIGITS;
  if (/^\d+$/.test(code) && code.length >= min && code.length <= max) return null;
  if (code !== '' && !/^\d+$/.test(code)) return 'Use solo dígitos (0–9).';
  if (code.length > max) return `El código tiene ${code.length} dígitos: use como máximo ${max}.`;
  const missing = min - code.length;
  return `Escriba un código de ${min} a ${max} dígitos para iniciar la encuesta${code === '' ? '' : ` (falta${missing === 1 ? '' : 'n'} ${missing} dígito${missing === 1 ? '' : 's'})`}.`;
}

// The sostenedor's RUT and the convenio PIE of a school's profile, as the profile screen shows them
// and the reports' identification block prints them: one wording for both. Profiles written before
// these fields existed have neither, and read as "Sin información".
import { formatRut } from '../access/sostenedorRut.ts';

export const NO_INFORMATION = 'Sin información';

/** The PIE select's choices besides "Sin información" (value ""). */
export const PIE_CHOICES = [
  { code: 'si', label: 'Sí' },
  { code: 'no', label: 'No' },
] as const;

export const SOSTENEDOR_RUT_LABEL = 'RUT del sostenedor';
export const PIE_LABEL = 'Convenio PIE';

/** "62.000.660-2", or "Sin información". */
export function sostenedorRutText(rut: string | null | undefined): string {
  return rut ? formatRut(rut) : NO_INFORMATION;
}

/** "Sí", "No", or "Sin información". */
export function pieText(pie: boolean | null | undefined): string {
  if (pie === true) return 'Sí';
  if (pie === false) return 'No';
  return NO_INFORMATION;
}

/** The stored PIE as the form's select holds it: "si", "no" or "". */
export function pieFormValue(pie: boolean | null | undefined): '' | 'si' | 'no' {
  return pie === true ? 'si' : pie === false ? 'no' : '';
}

/** The identification block's rows for the sostenedor's RUT and PIE, in print order. */
export function sostenedorIdentification(profile: {
  sostenedorRut?: string | null;
  pie?: boolean | null;
}): [label: string, value: string][] {
  return [
    [SOSTENEDOR_RUT_LABEL, sostenedorRutText(profile.sostenedorRut)],
    [PIE_LABEL, pieText(profile.pie)],
  ];
}

// Field-by-field validation for the live edit form: a field is written to the document as soon as
// its own value is valid, so each person's edit touches only the fields they changed.
import { schoolFieldsSchema, type SchoolFormInput, type SchoolProfile } from '../../domain/schools/school.ts';
import { findComuna } from '../../domain/territory/territory.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { formatRut } from '../../domain/access/sostenedorRut.ts';
import { pieFormValue } from '../../domain/schools/sostenedorIdentity.ts';

export type EditableField = Exclude<keyof SchoolFormInput, 'rbd' | 'dv'>;

export type FieldCheck = { ok: true; patch: Partial<SchoolProfile> } | { ok: false; message: string };

export function checkField(values: SchoolFormInput, field: EditableField): FieldCheck {
  const parsed = schoolFieldsSchema.shape[field].safeParse(values[field]);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Valor no válido' };
  if (field === 'comunaCode') {
    const comuna = findComuna(parsed.data as string);
    if (!comuna) return { ok: false, message: 'Seleccione una comuna' };
    // The comuna determines the región: both are written together.
    return { ok: true, patch: { comunaCode: comuna.code, regionCode: comuna.regionCode } };
  }
  return { ok: true, patch: { [field]: parsed.data } as Partial<SchoolProfile> };
}

/** The value a form input shows for a stored field. */
export function formValueOf(profile: StoredProfile, field: keyof SchoolFormInput): unknown {
  const v = profile[field];
  if (field === 'niveles') return (v as string[] | undefined) ?? [];
  if (field === 'pie') return pieFormValue(profile.pie);
  if (field === 'sostenedorRut') return profile.sostenedorRut ? formatRut(profile.sostenedorRut) : '';
  if (v === null || v === undefined) return field === 'ruralidad' ? 'urbano' : field === 'estado' ? '1' : '';
  return typeof v === 'number' ? String(v) : v;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort());
  return a === b;
}

/** Every input of the school form, in the form's order. */
export const FORM_FIELDS: (keyof SchoolFormInput)[] = [
  'rbd',
  'dv',
  'name',
  'regionCode',
  'comunaCode',
  'dependencia',
  'ruralidad',
  'niveles',
  'matricula',
  'prioritariosPct',
  'categoria',
  'categoriaYear',
  'estado',
  'director',
  'contactEmail',
  'contactPhone',
  'sostenedor',
  'sostenedorRut',
  'pie',
  'notes',
];

/** The form's values for a stored profile. */
export function profileToForm(profile: StoredProfile): SchoolFormInput {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, formValueOf(profile, f)])) as SchoolFormInput;
}

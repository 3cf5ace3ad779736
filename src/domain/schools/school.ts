// The school profile (establecimiento): its zod schemas and the messages a user reads.
// `schoolFormSchema` validates what a person types (strings in, typed values out);
// `schoolProfileSchema` validates what is read back from storage.
import { z } from 'zod';
import { checkRbd, RBD_ERROR_MESSAGES } from './rbd.ts';
import { findComuna, findRegion } from '../territory/territory.ts';
import { CATEGORIA_CODES, DEPENDENCIA_CODES, ESTADO_CODES, NIVEL_CODES } from './enums.ts';
import { collapseSpaces } from '../shared/text.ts';
import { parseSostenedorRut, type RutError } from '../access/sostenedorRut.ts';

/** Fields kept as collaborative text (merged character by character when two people edit them). */
export const SCHOOL_TEXT_FIELDS = ['name', 'director', 'sostenedor', 'notes'] as const;
export type SchoolTextField = (typeof SCHOOL_TEXT_FIELDS)[number];

export const MIN_CATEGORY_YEAR = 2010;
export const MAX_CATEGORY_YEAR = 2100;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    blankToNull,
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).nullable(),
  );

const optionalNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? blankToNull(v.replace(',', '.')) : v),
    z.coerce.number({ message }).min(min, { message }).max(max, { message }).nullable(),
  );

/** Limit of the school's observaciones (the screen shows the counter, B-2). */
export const SCHOOL_NOTES_MAX = 5000;

const text = (max: number) =>
  z
    .string()
    .max(max, { message: `Máximo ${max} caracteres` })
    .transform((s) => s.trim());

/** Longest RUT text a person may type ("62.000.660-2" has 12 characters; spaces around are trimmed). */
export const SOSTENEDOR_RUT_TEXT_MAX = 20;

export const RUT_ERROR_MESSAGES: Record<RutError, string> = {
  'rut-format': 'Escriba el RUT del sostenedor como 62.000.660-2 (o solo sus dígitos, sin el dígito verificador)',
  'rut-check-digit': 'El dígito verificador del RUT no corresponde',
};

/** The sostenedor's RUT as typed → its digits ("62000660", as the directory writes it), or null when blank. */
const optionalRut = z.preprocess(
  blankToNull,
  z
    .string()
    .max(SOSTENEDOR_RUT_TEXT_MAX, { message: RUT_ERROR_MESSAGES['rut-format'] })
    .nullable()
    .transform((text, ctx) => {
      if (text === null) return null;
      const parsed = parseSostenedorRut(text);
      if (parsed.ok) return parsed.rut;
      ctx.addIssue({ code: 'custom', message: RUT_ERROR_MESSAGES[parsed.error] });
      return z.NEVER;
    }),
);

/** Convenio PIE: the form's "si" / "no" / "" (sin información) → true / false / null. */
const optionalYesNo = z.preprocess(
  (v) => (v === 'si' ? true : v === 'no' ? false : blankToNull(v)),
  z.boolean({ message: 'Indique sí, no o sin información' }).nullable(),
);

export const schoolFieldsSchema = z.object({
  rbd: z.preprocess(
    blankToNull,
    z.coerce
      .number({ message: 'Ingrese el RBD (solo números)' })
      .int({ message: 'El RBD es un número entero' })
      .min(1, { message: 'El RBD debe ser mayor que 0' })
      .max(99_999_999, { message: 'El RBD tiene como máximo 8 dígitos' })
      .nullable()
      .refine((v) => v !== null, { message: 'Ingrese el RBD' }),
  ),
  dv: z
    .string()
    .trim()
    .regex(/^[0-9kK]$/, { message: 'El dígito verificador es un número o K' })
    .transform((s) => s.toUpperCase()),
  name: text(150)
    .transform(collapseSpaces)
    .refine((s) => s.length > 0, { message: 'Ingrese el nombre del establecimiento' }),
  regionCode: z.string().refine((c) => findRegion(c) !== undefined, { message: 'Seleccione una región' }),
  comunaCode: z.string().refine((c) => findComuna(c) !== undefined, { message: 'Seleccione una comuna' }),
  dependencia: z.enum(DEPENDENCIA_CODES, { message: 'Seleccione la dependencia' }),
  ruralidad: z.enum(['urbano', 'rural'], { message: 'Indique si es urbano o rural' }),
  niveles: z.array(z.enum(NIVEL_CODES)).min(1, { message: 'Seleccione al menos un nivel' }),
  matricula: optionalInt(0, 20_000, 'La matrícula es un número entero entre 0 y 20.000'),
  prioritariosPct: optionalNumber(0, 100, 'El % de alumnos prioritarios va de 0 a 100'),
  categoria: z.preprocess(blankToNull, z.enum(CATEGORIA_CODES).nullable()),
  categoriaYear: optionalInt(
    MIN_CATEGORY_YEAR,
    MAX_CATEGORY_YEAR,
    `El año de la categoría va de ${MIN_CATEGORY_YEAR} a ${MAX_CATEGORY_YEAR}`,
  ),
  estado: z.enum(ESTADO_CODES, { message: 'Seleccione el estado' }),
  director: text(120),
  contactEmail: z
    .string()
    .trim()
    .refine((s) => s === '' || z.email().safeParse(s).success, { message: 'Correo electrónico no válido' }),
  contactPhone: z
    .string()
    .trim()
    .refine((s) => s === '' || /^\+?[0-9 ()-]{8,20}$/.test(s), {
      message: 'Teléfono no válido (ej.: +56 9 1234 5678)',
    }),
  sostenedor: text(150),
  sostenedorRut: optionalRut,
  pie: optionalYesNo,
  notes: text(SCHOOL_NOTES_MAX),
});

const rbdPairSchema = schoolFieldsSchema.pick({ rbd: true, dv: true });
const placeSchema = schoolFieldsSchema.pick({ regionCode: true, comunaCode: true });

// Cross-field rules run as soon as the fields they read are valid, even while other fields are
// still wrong, so the person sees every message at once.
export const schoolFormSchema = schoolFieldsSchema
  .refine((v) => checkRbd(Number(v.rbd), String(v.dv)).ok, {
    path: ['dv'],
    message: RBD_ERROR_MESSAGES['dv-mismatch'],
    when: (payload) => rbdPairSchema.safeParse(payload.value).success,
  })
  .refine((v) => findComuna(v.comunaCode)?.regionCode === v.regionCode, {
    path: ['comunaCode'],
    message: 'La comuna no pertenece a la región seleccionada',
    when: (payload) => placeSchema.safeParse(payload.value).success,
  });

export type SchoolFormInput = z.input<typeof schoolFormSchema>;
export type SchoolFormValues = z.output<typeof schoolFormSchema>;
/** A validated profile: what a school document holds. */
export type SchoolProfile = Omit<SchoolFormValues, 'rbd'> & { rbd: number };

export function emptySchoolForm(): SchoolFormInput {
  return {
    rbd: '',
    dv: '',
    name: '',
    regionCode: '',
    comunaCode: '',
    dependencia: '' as never,
    ruralidad: 'urbano',
    niveles: [],
    matricula: '',
    prioritariosPct: '',
    categoria: '',
    categoriaYear: '',
    estado: '1',
    director: '',
    contactEmail: '',
    contactPhone: '',
    sostenedor: '',
    sostenedorRut: '',
    pie: '',
    notes: '',
  };
}

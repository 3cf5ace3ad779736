// Reading a school profile back from storage: each field is checked on its own; a field that does
// not validate is left out and reported (English, for logs), the rest is kept. Nothing is dropped
// from storage by reading it. A field a profile written by an older version never had (sostenedorRut,
// pie) is simply absent: the screens and reports read it as "sin información".
import { z } from 'zod';
import { CATEGORIA_CODES, DEPENDENCIA_CODES, ESTADO_CODES, NIVEL_CODES } from './enums.ts';
import type { SchoolProfile } from './school.ts';

const fieldSchemas = {
  rbd: z.number().int().min(1).max(99_999_999),
  dv: z.string().regex(/^[0-9K]$/),
  name: z.string().max(1000),
  regionCode: z.string().regex(/^\d{2}$/),
  comunaCode: z.string().regex(/^\d{5}$/),
  dependencia: z.enum(DEPENDENCIA_CODES),
  ruralidad: z.enum(['urbano', 'rural']),
  niveles: z.array(z.enum(NIVEL_CODES)),
  matricula: z.number().int().min(0).nullable(),
  prioritariosPct: z.number().min(0).max(100).nullable(),
  categoria: z.enum(CATEGORIA_CODES).nullable(),
  categoriaYear: z.number().int().nullable(),
  estado: z.enum(ESTADO_CODES),
  director: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  sostenedor: z.string(),
  sostenedorRut: z
    .string()
    .regex(/^[1-9]\d{0,7}$/)
    .nullable(),
  pie: z.boolean().nullable(),
  notes: z.string(),
} satisfies { [K in keyof SchoolProfile]-?: z.ZodType };

export type StoredProfile = Partial<SchoolProfile>;
export const PROFILE_FIELDS = Object.keys(fieldSchemas) as (keyof SchoolProfile)[];

export function repairStoredProfile(raw: Record<string, unknown>): { profile: StoredProfile; problems: string[] } {
  const profile: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const field of PROFILE_FIELDS) {
    if (!(field in raw) || raw[field] === undefined) continue;
    const parsed = fieldSchemas[field].safeParse(raw[field]);
    if (parsed.success) profile[field] = parsed.data;
    else problems.push(`field ${field} has an invalid stored value`);
  }
  return { profile: profile as StoredProfile, problems };
}

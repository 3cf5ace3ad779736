// The form of one indicator reading: a value typed with a decimal comma or point, within the
// indicator's range (B-1), a date and a source.
import { z } from 'zod';
import type { StrategicGoal } from '../../../domain/pme/model.ts';
import { isoDateSchema } from '../../../domain/shared/localDates.ts';
import { indicatorValueError } from '../../../domain/bounds.ts';

export const parseValue = (s: string) => Number(s.trim().replace(',', '.'));
export const showValue = (n: number) => String(n).replace('.', ',');

export function readingSchemaFor(goal: StrategicGoal) {
  return z
    .object({
      value: z
        .string()
        .trim()
        .min(1, { message: 'Ingrese el valor medido' })
        .refine((s) => Number.isFinite(parseValue(s)), { message: 'Ingrese un número' }),
      date: isoDateSchema,
      source: z.string().trim().max(300, { message: 'Use como máximo 300 caracteres' }),
    })
    .superRefine((f, ctx) => {
      const n = parseValue(f.value);
      const message = Number.isFinite(n) ? indicatorValueError(goal.indicator, n) : null;
      if (message) ctx.addIssue({ code: 'custom', path: ['value'], message });
    });
}
export type ReadingValues = { value: string; date: string; source: string };

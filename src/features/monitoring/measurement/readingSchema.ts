// The form of one indicator reading: a value typed with a decimal comma or point (FT-2: "1.500" is
// refused as ambiguous), within the indicator's range (B-1), a date inside the corte (FT-1) and a source.
import { z } from 'zod';
import type { StrategicGoal } from '../../../domain/pme/model.ts';
import { isoDateSchema } from '../../../domain/shared/localDates.ts';
import { parseDecimalInput, type DecimalInput } from '../../../domain/shared/numbers.ts';
import { indicatorValueError, readingDateError } from '../../../domain/bounds.ts';

type Refused = Extract<DecimalInput, { ok: false }>['code'];
const VALUE_MESSAGE: Record<Refused, string> = {
  empty: 'Ingrese el valor medido',
  'not-a-number': 'Ingrese un número',
  'ambiguous-point': '¿Mil quinientos o uno coma cinco? Escriba 1500, o use coma para los decimales (1,5)',
};

/** The value of a valid form (the schema has accepted it). */
export const parseValue = (s: string) => {
  const parsed = parseDecimalInput(s);
  return parsed.ok ? parsed.value : Number.NaN;
};
export const showValue = (n: number) => String(n).replace('.', ',');

export function readingSchemaFor(goal: Pick<StrategicGoal, 'indicator'>, corte: { start: string; end: string }) {
  return z
    .object({
      value: z.string(),
      date: isoDateSchema,
      source: z.string().trim().max(300, { message: 'Use como máximo 300 caracteres' }),
    })
    .superRefine((f, ctx) => {
      const parsed = parseDecimalInput(f.value);
      const message = parsed.ok ? indicatorValueError(goal.indicator, parsed.value) : VALUE_MESSAGE[parsed.code];
      if (message) ctx.addIssue({ code: 'custom', path: ['value'], message });
      const dateMessage = readingDateError(f.date, corte);
      if (dateMessage) ctx.addIssue({ code: 'custom', path: ['date'], message: dateMessage });
    });
}
export type ReadingValues = { value: string; date: string; source: string };

// FT-1, FT-2: the indicator reading form refuses, with its Spanish message, a date outside the corte
// and a value whose point could be a thousands separator ("1.500" was saved as 1,5 %).
import { describe, expect, it } from 'vitest';
import { readingSchemaFor } from '../../../../src/features/monitoring/measurement/readingSchema.ts';

const GOAL = { indicator: { name: 'Asistencia', unit: '%', min: 0, max: 100 } } as never;
const CORTE = { start: '2026-03-01', end: '2026-06-30' };
const messages = (value: string, date: string) => {
  const r = readingSchemaFor(GOAL, CORTE).safeParse({ value, date, source: 'SIGE' });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('FT reading form', () => {
  it('FT-1 a date after the corte is refused under the date field', () => {
    expect(messages('88', '2099-01-01')).toEqual([
      'date: La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)',
    ]);
    expect(messages('88', '2026-06-15')).toEqual([]);
  });

  it('FT-2 "1.500" is refused with a message that says how to write it; "62,5" and "62.5" pass', () => {
    expect(messages('1.500', '2026-06-15')).toEqual([
      'value: ¿Mil quinientos o uno coma cinco? Escriba 1500, o use coma para los decimales (1,5)',
    ]);
    expect(messages('62,5', '2026-06-15')).toEqual([]);
    expect(messages('62.5', '2026-06-15')).toEqual([]);
  });
});

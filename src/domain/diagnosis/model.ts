// The participatory diagnosis: stakeholder groups, instruments (versioned questionnaires), and
// responses. Schemas validate what is read back from documents and what is imported.
import { z } from 'zod';
import { subdimensionCodeSchema } from '../mge/modelo.ts';
import { stakeholderGroupSchema } from './groups.ts';

// The groups live in their own module: the router parses them on every start (CS-6).
export { STAKEHOLDER_GROUPS, stakeholderGroupSchema, type StakeholderGroup } from './groups.ts';

/** The 4-level scale; 'ns' is "No sé / No aplica": counted apart, never averaged. */
export const SCALE_LEVELS = [
  { value: 1, label: 'Nunca / No se observa' },
  { value: 2, label: 'A veces / Se observa de manera incipiente' },
  { value: 3, label: 'Frecuentemente / Se observa en desarrollo' },
  { value: 4, label: 'Siempre / Se observa consolidado' },
] as const;
export const NOT_KNOWN = 'ns' as const;
export const NOT_KNOWN_LABEL = 'No sé / No aplica';
export const scaleAnswerSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(NOT_KNOWN),
]);
export type ScaleAnswer = z.infer<typeof scaleAnswerSchema>;

const idSchema = z.string().min(1).max(64);

export const scaleItemSchema = z.object({
  id: idSchema,
  kind: z.literal('scale'),
  subdimension: subdimensionCodeSchema,
  text: z.string().trim().min(1).max(500),
});
export const openItemSchema = z.object({
  id: idSchema,
  kind: z.literal('open'),
  text: z.string().trim().min(1).max(500),
});
export const itemSchema = z.discriminatedUnion('kind', [scaleItemSchema, openItemSchema]);
export type ScaleItem = z.infer<typeof scaleItemSchema>;
export type OpenItem = z.infer<typeof openItemSchema>;
export type Item = z.infer<typeof itemSchema>;

/**
 * One version of a questionnaire. A version that has responses is frozen: editing it makes the
 * next version, so every response keeps the wording it was answered with.
 */
export const instrumentSchema = z.object({
  id: idSchema,
  group: stakeholderGroupSchema,
  title: z.string().trim().min(1).max(200),
  version: z.number().int().min(1),
  items: z.array(itemSchema).min(1),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const responseSchema = z.object({
  id: idSchema,
  instrumentId: idSchema,
  instrumentVersion: z.number().int().min(1),
  group: stakeholderGroupSchema,
  mode: z.enum(['kiosk', 'paper']),
  /** ISO date-time of the first answer. */
  startedAt: z.string().min(1),
  /** Set when the respondent (or the advisor, on paper) finished; unfinished responses still count their answers. */
  completedAt: z.string().nullable(),
  answers: z.record(idSchema, scaleAnswerSchema),
  openAnswers: z.record(idSchema, z.string().max(5000)),
});
export type Response = z.infer<typeof responseSchema>;

export function instrumentKey(instrumentId: string, version: number): string {
  return `${instrumentId}@${version}`;
}

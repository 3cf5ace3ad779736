// The optional satisfaction survey at the close of the advisory: how the school's team rates the
// ATE's work. It is not an instrument of the MGE (its items have no subdimension), so it has its own
// small model and is never fed to aggregateDiagnosis; it reuses the diagnosis' open item and the
// "No sé / No aplica" answer. Ids are stable (`sat-<n>`, `sat-ab-<n>`): add texts at the end.
import { z } from 'zod';
import { NOT_KNOWN, openItemSchema } from '../diagnosis/model.ts';

export const SATISFACTION_LEVELS = [
  { value: 1, label: 'Muy insatisfecho/a' },
  { value: 2, label: 'Insatisfecho/a' },
  { value: 3, label: 'Satisfecho/a' },
  { value: 4, label: 'Muy satisfecho/a' },
] as const;

export const ratingItemSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('rating'),
  text: z.string().trim().min(1).max(500),
});
export const satisfactionItemSchema = z.discriminatedUnion('kind', [ratingItemSchema, openItemSchema]);

export const satisfactionSurveySchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  version: z.number().int().min(1),
  items: z.array(satisfactionItemSchema).min(1),
});
export type SatisfactionSurvey = z.infer<typeof satisfactionSurveySchema>;

export const satisfactionResponseSchema = z.object({
  id: z.string().min(1).max(64),
  surveyId: z.string().min(1).max(64),
  surveyVersion: z.number().int().min(1),
  answers: z.record(
    z.string().min(1).max(64),
    z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(NOT_KNOWN)]),
  ),
  openAnswers: z.record(z.string().min(1).max(64), z.string().max(5000)),
  completedAt: z.string().nullable(),
});
export type SatisfactionResponse = z.infer<typeof satisfactionResponseSchema>;

const RATINGS = [
  'Los talleres y visitas de la asesoría fueron útiles para el trabajo de nuestro establecimiento.',
  'La asesoría respetó los tiempos y la realidad de nuestro establecimiento.',
  'El asesor o asesora explicó con claridad y respondió nuestras dudas.',
  'Los instrumentos y herramientas entregados (diagnóstico, monitoreo, evaluación) nos sirven para seguir trabajando solos.',
  'Los informes entregados fueron claros y oportunos.',
  'Hoy el equipo está mejor preparado para elaborar, monitorear y evaluar el PME que al comienzo de la asesoría.',
  'Recomendaría esta asesoría a otro establecimiento.',
] as const;

const OPEN = ['¿Qué fue lo más valioso de la asesoría?', '¿Qué debería mejorar la asesoría?'] as const;

export const SATISFACTION_SURVEY: SatisfactionSurvey = Object.freeze(
  satisfactionSurveySchema.parse({
    id: 'tpl-satisfaccion',
    title: 'Encuesta de satisfacción con la asesoría',
    version: 1,
    items: [
      ...RATINGS.map((text, i) => ({ id: `sat-${i + 1}`, kind: 'rating', text })),
      ...OPEN.map((text, i) => ({ id: `sat-ab-${i + 1}`, kind: 'open', text })),
    ],
  }),
);

/**
 * Mean rating per rating item of the survey's version (answers 1–4 only; 'ns' counted apart;
 * answers to unknown items and responses to another version ignored; mean null with no answer).
 */
export function satisfactionSummary(
  survey: SatisfactionSurvey,
  responses: readonly SatisfactionResponse[],
): { itemId: string; text: string; mean: number | null; n: number; notKnown: number }[] {
  const mine = responses.filter((r) => r.surveyId === survey.id && r.surveyVersion === survey.version);
  return survey.items.flatMap((item) => {
    if (item.kind !== 'rating') return [];
    let sum = 0;
    let n = 0;
    let notKnown = 0;
    for (const r of mine) {
      const v = r.answers[item.id];
      if (v === NOT_KNOWN) notKnown++;
      else if (v !== undefined) {
        sum += v;
        n++;
      }
    }
    return [{ itemId: item.id, text: item.text, mean: n === 0 ? null : sum / n, n, notKnown }];
  });
}

// Herramientas de monitoreo (issue 7, item 1): instruments made of typed fields, versioned like the
// diagnosis instruments (diagnosis/model.ts): a version that has records is frozen; editing it makes
// version + 1, and every filled instrument keeps the (id, version) it was filled with.
// Filled answers are validated against that exact version; problems are codes, words come at the edges.
import { z } from 'zod';
import { INVALID_DATE_MESSAGE, isIsoDate, isoDateSchema } from '../shared/localDates.ts';
import { attachmentRefSchema } from '../wire/attachments.ts';

const idSchema = z.string().min(1).max(64);

export const FIELD_KINDS = [
  { code: 'checklist', label: 'Ítem de lista de cotejo' },
  { code: 'scale', label: 'Escala 1 a 4' },
  { code: 'number', label: 'Número' },
  { code: 'percentage', label: 'Porcentaje' },
  { code: 'date', label: 'Fecha' },
  { code: 'shortText', label: 'Texto breve' },
  { code: 'longText', label: 'Texto largo' },
  { code: 'yesNo', label: 'Sí / No' },
  { code: 'evidence', label: 'Evidencia (foto o archivo)' },
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number]['code'];

/** Default labels of the 1–4 scale; a field may carry its own four. */
export const DEFAULT_SCALE_LABELS = ['No logrado', 'Incipiente', 'En desarrollo', 'Logrado'] as const;

const base = {
  id: idSchema,
  label: z.string().trim().min(1, { message: 'Escriba el texto del campo' }).max(500),
  help: z.string().max(1000).optional(),
  required: z.boolean(),
  /** Optional heading the field is shown under (e.g. "Inicio de la clase"). */
  section: z.string().max(200).optional(),
};

export const instrumentFieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('checklist') }),
  z.object({
    ...base,
    kind: z.literal('scale'),
    labels: z.tuple([z.string(), z.string(), z.string(), z.string()]).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('number'),
    unit: z.string().max(50).optional(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  z.object({ ...base, kind: z.literal('percentage') }),
  z.object({ ...base, kind: z.literal('date') }),
  z.object({ ...base, kind: z.literal('shortText') }),
  z.object({ ...base, kind: z.literal('longText') }),
  z.object({ ...base, kind: z.literal('yesNo') }),
  z.object({ ...base, kind: z.literal('evidence'), accept: z.enum(['photo', 'file']) }),
]);
export type InstrumentField = z.infer<typeof instrumentFieldSchema>;

export const monitoringInstrumentSchema = z
  .object({
    id: idSchema,
    /** The template it started from (templates.ts), null when written from scratch. */
    templateCode: z.string().max(64).nullable(),
    title: z.string().trim().min(1, { message: 'Escriba el nombre de la herramienta' }).max(200),
    purpose: z.string().max(1000),
    version: z.number().int().min(1),
    fields: z.array(instrumentFieldSchema).min(1, { message: 'La herramienta necesita al menos un campo' }),
  })
  .refine((i) => new Set(i.fields.map((f) => f.id)).size === i.fields.length, {
    path: ['fields'],
    message: 'Hay dos campos con el mismo identificador',
  });
export type MonitoringInstrument = z.infer<typeof monitoringInstrumentSchema>;

/**
 * An answer: checklist/yesNo → boolean; scale → 1..4; number/percentage → number; date/text → string; evidence → refs.
 */
export const answerSchema = z.union([
  z.boolean(),
  z.number().finite(),
  z.string().max(10_000),
  z.array(attachmentRefSchema),
  z.null(),
]);
export type Answer = z.infer<typeof answerSchema>;

/**
 * One filled instrument. `target` says what it monitors (an action, a goal's indicator, or nothing: e.g. a classroom
 * visit).
 */
export const instrumentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), actionId: idSchema }),
  z.object({ kind: z.literal('indicator'), goalId: idSchema }),
  z.object({ kind: z.literal('none') }),
]);

export const instrumentRecordSchema = z.object({
  id: idSchema,
  instrumentId: idSchema,
  instrumentVersion: z.number().int().min(1),
  cycleId: idSchema,
  target: instrumentTargetSchema,
  date: isoDateSchema,
  /** ISO date-time. */
  recordedAt: z.string().min(1),
  recordedBy: z.string().trim().min(1).max(200),
  answers: z.record(idSchema, answerSchema),
});
export type InstrumentRecord = z.infer<typeof instrumentRecordSchema>;

export function instrumentKey(instrumentId: string, version: number): string {
  return `${instrumentId}@${version}`;
}

/** The newest version of each instrument id (what a new record is filled with). */
export function latestInstruments(instruments: readonly MonitoringInstrument[]): MonitoringInstrument[] {
  const best = new Map<string, MonitoringInstrument>();
  for (const i of instruments) if ((best.get(i.id)?.version ?? 0) < i.version) best.set(i.id, i);
  return [...best.values()];
}

/**
 * Saving an edited instrument: the same version while no record uses it; version + 1 when one does
 * (the used version stays, frozen, for the records filled with it). Returns a new object.
 */
export function reviseInstrument(
  current: MonitoringInstrument,
  edited: Pick<MonitoringInstrument, 'title' | 'purpose' | 'fields'>,
  hasRecords: boolean,
): MonitoringInstrument {
  return {
    ...current,
    title: edited.title,
    purpose: edited.purpose,
    fields: edited.fields.map((f) => ({ ...f })),
    version: hasRecords ? current.version + 1 : current.version,
  };
}

export type AnswerProblemCode = 'required' | 'wrong-type' | 'out-of-range' | 'bad-date' | 'unknown-field';
export interface AnswerProblem {
  fieldId: string;
  code: AnswerProblemCode;
}

const isBlank = (a: Answer | undefined) =>
  a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0);

function checkAnswer(field: InstrumentField, a: Answer): AnswerProblemCode | null {
  switch (field.kind) {
    case 'checklist':
    case 'yesNo':
      return typeof a === 'boolean' ? null : 'wrong-type';
    case 'scale':
      if (typeof a !== 'number') return 'wrong-type';
      return Number.isInteger(a) && a >= 1 && a <= 4 ? null : 'out-of-range';
    case 'percentage':
      if (typeof a !== 'number') return 'wrong-type';
      return a >= 0 && a <= 100 ? null : 'out-of-range';
    case 'number':
      if (typeof a !== 'number') return 'wrong-type';
      return (field.min !== null && a < field.min) || (field.max !== null && a > field.max) ? 'out-of-range' : null;
    case 'date':
      if (typeof a !== 'string') return 'wrong-type';
      return isIsoDate(a) ? null : 'bad-date';
    case 'shortText':
      if (typeof a !== 'string') return 'wrong-type';
      return a.length <= 300 ? null : 'out-of-range';
    case 'longText':
      return typeof a === 'string' ? null : 'wrong-type';
    case 'evidence':
      return Array.isArray(a) ? null : 'wrong-type';
  }
}

/**
 * Problems of `answers` against the version they were filled with: a required field left blank
 * (a checklist item or yes/no answered `false` is an answer, not a blank), an answer of the wrong
 * type or out of range, and answers to fields the version does not have. Empty: valid.
 */
export function validateAnswers(
  instrument: MonitoringInstrument,
  answers: Readonly<Record<string, Answer>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const field of instrument.fields) {
    const a = answers[field.id];
    if (isBlank(a)) {
      if (field.required) problems.push({ fieldId: field.id, code: 'required' });
      continue;
    }
    const code = checkAnswer(field, a as Answer);
    if (code) problems.push({ fieldId: field.id, code });
  }
  const known = new Set(instrument.fields.map((f) => f.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push({ fieldId: id, code: 'unknown-field' });
  return problems;
}

export const ANSWER_PROBLEM_MESSAGES: Record<AnswerProblemCode, string> = {
  required: 'Este campo es obligatorio',
  'wrong-type': 'La respuesta no corresponde al tipo del campo',
  'out-of-range': 'El valor está fuera del rango permitido',
  'bad-date': INVALID_DATE_MESSAGE,
  'unknown-field': 'La respuesta corresponde a un campo que esta versión no tiene',
};

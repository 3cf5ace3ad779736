// Monitoring records (issue 7, item 3): one per action × corte (cycle) × person, and the
// measurements of the goals' indicators. Money is integer pesos per funding source (the 7 sources
// of the PME); the amount is the action's executed total *accumulated up to that corte*, so the
// latest record of an action says what it has spent so far (budget.ts relies on this).
// Decision: when several people record the same action in the same corte, the one that counts for
// the dashboard is the latest by recordedAt (ties: the greater id) — `effectiveRecords`.
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { storedFundingSchema, FUNDING_SOURCES } from '../pme/model.ts';
import { pesos, storedPesosSchema, type Pesos } from '../shared/money.ts';
import { attachmentRefSchema } from '../wire/attachments.ts';
import {
  implementationLevelSchema,
  isProgressInLevel,
  progressOutOfRangeMessage,
  type ImplementationLevel,
} from './levels.ts';

const idSchema = z.string().min(1).max(64);
/** Limit of each note of a record (observaciones, dificultades, ajustes). */
export const NOTE_MAX = 4000;
const note = z
  .string()
  .trim()
  .max(NOTE_MAX, { message: `Use como máximo ${NOTE_MAX} caracteres` });

/** A medio de verificación ticked off: its index and text in the action's list (the text survives list edits). */
export const verifiedMeanSchema = z.object({
  index: z.number().int().min(0),
  text: z.string().trim().min(1).max(500),
  attachments: z.array(attachmentRefSchema),
});

export const monitoringRecordSchema = z
  .object({
    id: idSchema,
    actionId: idSchema,
    cycleId: idSchema,
    level: implementationLevelSchema,
    // Whole and within its level's range: the record's rule below (NaN included, so it gets the rule's message).
    progress: z.union([z.number(), z.nan()]),
    /** Executed so far, per source (every source present, 0 when none); bounded where typed (B-1). */
    executed: storedFundingSchema,
    medios: z.array(verifiedMeanSchema),
    observaciones: note,
    dificultades: note,
    ajustes: note,
    /** The filled monitoring instrument behind this record, if any. */
    instrumentRecordId: idSchema.nullable(),
    /** ISO date-time. */
    recordedAt: z.string().min(1),
    /** Who recorded it (name or cargo, as the session knows them). */
    recordedBy: z.string().trim().min(1, { message: 'Indique quién registra' }).max(200),
  })
  .superRefine((r, ctx) => {
    const problem = progressProblem(r.level, r.progress);
    if (problem) ctx.addIssue({ code: 'custom', path: ['progress'], message: problem });
    if (new Set(r.medios.map((m) => m.index)).size !== r.medios.length) {
      ctx.addIssue({ code: 'custom', path: ['medios'], message: 'Un medio de verificación está marcado dos veces' });
    }
  });
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;

/**
 * The progress-in-range rule of a record (MO-H3): the % de avance is a whole number within its level's
 * range. Spanish message when it is not, else null. `monitoringRecordSchema` applies it; the data
 * layer's writes and the tablet card ask it through the schema (`recordProgressProblem`).
 */
function progressProblem(level: ImplementationLevel, progress: number): string | null {
  if (!Number.isInteger(progress)) return 'Ingrese el % de avance como número entero';
  return isProgressInLevel(level, progress) ? null : progressOutOfRangeMessage(level);
}

// A record that is valid in every field but the % under test: what the schema says is about the % alone.
const PROBE = {
  id: 'probe',
  actionId: 'probe',
  cycleId: 'probe',
  executed: Object.fromEntries(FUNDING_SOURCES.map((f) => [f.code, 0])),
  medios: [],
  observaciones: '',
  dificultades: '',
  ajustes: '',
  instrumentRecordId: null,
  recordedAt: 'probe',
  recordedBy: 'probe',
};

/** What `monitoringRecordSchema` says of a % de avance for a level (null: it may be written), in Spanish. */
export function recordProgressProblem(level: ImplementationLevel, progress: number): string | null {
  const parsed = monitoringRecordSchema.safeParse({ ...PROBE, level, progress });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

const lenientPesos = storedPesosSchema.catch(pesos(0));
const executedShape = Object.fromEntries(FUNDING_SOURCES.map((f) => [f.code, lenientPesos])) as Record<
  (typeof FUNDING_SOURCES)[number]['code'],
  typeof lenientPesos
>;
const lenientMedio = z.object({
  index: z.number().int().min(0),
  text: z.string().max(500),
  attachments: z.array(attachmentRefSchema).catch([]),
});

/**
 * A record as stored, read leniently: while it is being filled the notes are kept as typed (no trim),
 * an unreadable field reads as empty, medios without text are left out, and a % that two devices left
 * off its level (level from one, % from the other) is still shown so the person can fix it.
 */
export const monitoringRecordDraftSchema = z.object({
  id: z.string().min(1),
  actionId: z.string().min(1),
  cycleId: z.string().min(1),
  // Level and progress are written only when given (S-20): absent, the record has not started.
  level: implementationLevelSchema.default('no-efectuada'),
  progress: z.number().catch(0),
  executed: z.object(executedShape).catch(() => emptyExecuted()),
  medios: z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap(readableMedio).sort((a, b) => a.index - b.index)),
  observaciones: z.string().catch(''),
  dificultades: z.string().catch(''),
  ajustes: z.string().catch(''),
  instrumentRecordId: z.string().nullable().catch(null),
  recordedAt: z.string().catch(''),
  recordedBy: z.string().catch(''),
});

function readableMedio(item: unknown): z.infer<typeof lenientMedio>[] {
  const medio = lenientMedio.safeParse(item);
  return medio.success && medio.data.text.trim() !== '' ? [medio.data] : [];
}

const emptyExecuted = () =>
  Object.fromEntries(FUNDING_SOURCES.map((f) => [f.code, pesos(0)])) as MonitoringRecord['executed'];

export const indicatorMeasurementSchema = z.object({
  id: idSchema,
  goalId: idSchema,
  value: z.number({ message: 'Ingrese el valor medido' }).finite({ message: 'Ingrese el valor medido' }),
  date: isoDateSchema,
  source: z.string().trim().max(300),
  cycleId: idSchema,
  recordedBy: z.string().trim().min(1, { message: 'Indique quién registra' }).max(200),
});
export type IndicatorMeasurement = z.infer<typeof indicatorMeasurementSchema>;

const later = (a: Pick<MonitoringRecord, 'recordedAt' | 'id'>, b: Pick<MonitoringRecord, 'recordedAt' | 'id'>) =>
  a.recordedAt > b.recordedAt || (a.recordedAt === b.recordedAt && a.id > b.id);

/** Per action, the record of `cycleId` that counts (latest recordedAt, then greater id). */
export function effectiveRecords<R extends Pick<MonitoringRecord, 'id' | 'actionId' | 'cycleId' | 'recordedAt'>>(
  records: readonly R[],
  cycleId: string,
): Map<string, R> {
  const out = new Map<string, R>();
  for (const r of records) {
    if (r.cycleId !== cycleId) continue;
    const cur = out.get(r.actionId);
    if (!cur || later(r, cur)) out.set(r.actionId, r);
  }
  return out;
}

export function executedTotal(r: Pick<MonitoringRecord, 'executed'>): Pesos {
  return pesos(FUNDING_SOURCES.reduce((s, f) => s + r.executed[f.code], 0));
}

/** Number of attachments across the ticked medios. */
export function evidenceCount(r: Pick<MonitoringRecord, 'medios'>): number {
  return r.medios.reduce((s, m) => s + m.attachments.length, 0);
}

/** The action's medios as a checklist: which are ticked in `record` (matched by index, then by text). */
export function meansChecklist(
  mediosVerificacion: readonly string[],
  record: Pick<MonitoringRecord, 'medios'> | null,
): { index: number; text: string; checked: boolean }[] {
  return mediosVerificacion.map((text, index) => ({
    index,
    text,
    checked: !!record?.medios.some((m) => m.index === index || m.text === text),
  }));
}

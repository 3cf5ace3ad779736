// Monitoring records (issue 7, item 3): one per action × corte (cycle) × person, and the
// measurements of the goals' indicators. Money is integer pesos per funding source (the 7 sources
// of the PME); the amount is the action's executed total *accumulated up to that corte*, so the
// latest record of an action says what it has spent so far (budget.ts relies on this).
// Decision: when several people record the same action in the same corte, the one that counts for
// the dashboard is the latest by recordedAt (ties: the greater id) — `effectiveRecords`.
import { z } from 'zod';
import { isoDateSchema } from '../pme/calendar.ts';
import { storedFundingSchema, FUNDING_SOURCES } from '../pme/model.ts';
import { pesos, type Pesos } from '../pme/money.ts';
import { attachmentRefSchema } from '../wire/attachments.ts';
import { implementationLevelSchema, isProgressInLevel, progressOutOfRangeMessage, progressSchema } from './levels.ts';

const idSchema = z.string().min(1).max(64);
/** Limit of each note of a record (observaciones, dificultades, ajustes). */
export const NOTE_MAX = 4000;
const note = z.string().trim().max(NOTE_MAX, { message: `Use como máximo ${NOTE_MAX} caracteres` });

/** A medio de verificación ticked off: its index and text in the action's list (the text survives edits of the list). */
export const verifiedMeanSchema = z.object({
  index: z.number().int().min(0),
  text: z.string().trim().min(1).max(500),
  attachments: z.array(attachmentRefSchema),
});
export type VerifiedMean = z.infer<typeof verifiedMeanSchema>;

export const monitoringRecordSchema = z
  .object({
    id: idSchema,
    actionId: idSchema,
    cycleId: idSchema,
    level: implementationLevelSchema,
    progress: progressSchema,
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
    if (!isProgressInLevel(r.level, r.progress)) ctx.addIssue({ code: 'custom', path: ['progress'], message: progressOutOfRangeMessage(r.level) });
    if (new Set(r.medios.map((m) => m.index)).size !== r.medios.length) {
      ctx.addIssue({ code: 'custom', path: ['medios'], message: 'Un medio de verificación está marcado dos veces' });
    }
  });
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;
export type MonitoringRecordInput = z.input<typeof monitoringRecordSchema>;

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

/** Key of the unit of recording: action × cycle × person. */
export function recordKey(r: Pick<MonitoringRecord, 'actionId' | 'cycleId' | 'recordedBy'>): string {
  return `${r.actionId}|${r.cycleId}|${r.recordedBy}`;
}

const later = (a: Pick<MonitoringRecord, 'recordedAt' | 'id'>, b: Pick<MonitoringRecord, 'recordedAt' | 'id'>) =>
  a.recordedAt > b.recordedAt || (a.recordedAt === b.recordedAt && a.id > b.id);

/** Per action, the record of `cycleId` that counts (latest recordedAt, then greater id). */
export function effectiveRecords<R extends Pick<MonitoringRecord, 'id' | 'actionId' | 'cycleId' | 'recordedAt'>>(records: readonly R[], cycleId: string): Map<string, R> {
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
export function meansChecklist(mediosVerificacion: readonly string[], record: Pick<MonitoringRecord, 'medios'> | null): { index: number; text: string; checked: boolean }[] {
  return mediosVerificacion.map((text, index) => ({
    index,
    text,
    checked: !!record?.medios.some((m) => m.index === index || m.text === text),
  }));
}

// Session records (issue 5, item 2): a workshop, visit, meeting or accompaniment with its date and
// times (its duration counts toward the hours contracted), the programme month whose theme it
// covers, participants with attendance and signature, agenda, notes, agreements and evidence photos.
// Signatures and photos are blobs stored elsewhere, referred to by content hash (wire/attachments.ts).
//
// Decisions:
// - Times are "HH:MM", 24 h. A session ends strictly after it starts on the same day: one crossing
//   midnight ("23:00"–"01:00") is rejected; record it as two sessions.
// - An absent participant cannot carry a signature.
// - An agreement belongs to the session that records it (sessionId = the session's id) and stays in
//   that session's record; it is due on or after the session's date. `doneAt` is only set when done.
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { attachmentRefSchema } from '../wire/attachments.ts';
import { idSchema, requiredText } from './fields.ts';
import { TEAM_ROLES } from './team.ts';
import { TEMPLATE_MONTH_COUNT } from './template.ts';
import { minutes } from './units.ts';
import type { Minutes } from './units.ts';

export const MAX_PHOTOS = 60;
export const MAX_PARTICIPANTS = 200;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTime(s: string): boolean {
  return TIME.test(s);
}

export const timeSchema = z
  .string({ message: 'Ingrese una hora' })
  .regex(TIME, { message: 'La hora no es válida (formato HH:MM, 24 horas)' });

/** "09:30" → 570. Throws RangeError for anything that is not "HH:MM". */
export function minuteOfDay(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`not a time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes from start to end on the same day; 0 when either is not "HH:MM" or end is not after start. */
export function durationMinutes(startTime: string, endTime: string): Minutes {
  if (!isTime(startTime) || !isTime(endTime)) return minutes(0);
  return minutes(Math.max(0, minuteOfDay(endTime) - minuteOfDay(startTime)));
}

export const SESSION_TYPES = [
  { code: 'taller', label: 'Taller' },
  { code: 'visita', label: 'Visita' },
  { code: 'reunion', label: 'Reunión' },
  { code: 'acompanamiento', label: 'Acompañamiento' },
] as const;
export type SessionType = (typeof SESSION_TYPES)[number]['code'];
export const sessionTypeSchema = z.enum(SESSION_TYPES.map((t) => t.code) as [SessionType, ...SessionType[]], {
  message: 'Elija el tipo de sesión',
});

/** The team's roles plus the others who may attend a session. */
export const PARTICIPANT_ROLES = [
  ...TEAM_ROLES,
  { code: 'docente', label: 'Docente' },
  { code: 'asistente-educacion', label: 'Asistente de la educación' },
  { code: 'asesor', label: 'Asesor/a ATE' },
  { code: 'otro', label: 'Otro' },
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]['code'];
export const participantRoleSchema = z.enum(
  PARTICIPANT_ROLES.map((r) => r.code) as [ParticipantRole, ...ParticipantRole[]],
  {
    message: 'Elija el rol del participante',
  },
);

/** Limits of a session's agenda and notes (the screen shows the counter, B-2). */
export const SESSION_AGENDA_MAX = 4000;
export const SESSION_NOTES_MAX = 10_000;
const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use como máximo ${max} caracteres` });

export const participantSchema = z
  .object({
    id: idSchema,
    name: requiredText('Escriba el nombre del participante', 200),
    role: participantRoleSchema,
    present: z.boolean(),
    /** The signature drawn on the tablet, as an image; null until signed. */
    signature: attachmentRefSchema.nullable(),
  })
  .refine((p) => p.present || p.signature === null, {
    path: ['signature'],
    message: 'Un participante ausente no puede firmar',
  });

export const agreementSchema = z
  .object({
    id: idSchema,
    /** The session that recorded this agreement. */
    sessionId: idSchema,
    text: requiredText('Escriba el acuerdo', 1000),
    responsible: requiredText('Indique el responsable del acuerdo', 200),
    dueDate: isoDateSchema,
    done: z.boolean(),
    doneAt: isoDateSchema.nullable().optional(),
  })
  .refine((a) => a.done || a.doneAt == null, {
    path: ['doneAt'],
    message: 'Un acuerdo pendiente no tiene fecha de cumplimiento',
  });
export type Agreement = z.infer<typeof agreementSchema>;

export const sessionSchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    type: sessionTypeSchema,
    /** The programme month (1..8) whose theme the session covers. */
    programmeMonth: z
      .number({ message: 'Elija el mes del programa' })
      .int({ message: 'Elija el mes del programa' })
      .min(1, { message: 'Elija el mes del programa' })
      .max(TEMPLATE_MONTH_COUNT, { message: 'Elija el mes del programa' }),
    participants: z
      .array(participantSchema)
      .max(MAX_PARTICIPANTS, { message: `Use como máximo ${MAX_PARTICIPANTS} participantes` }),
    agenda: longText(SESSION_AGENDA_MAX),
    notes: longText(SESSION_NOTES_MAX),
    agreements: z.array(agreementSchema),
    photos: z.array(attachmentRefSchema).max(MAX_PHOTOS, { message: `Use como máximo ${MAX_PHOTOS} fotos` }),
  })
  .superRefine((s, ctx) => {
    if (isTime(s.startTime) && isTime(s.endTime) && minuteOfDay(s.endTime) <= minuteOfDay(s.startTime)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'La hora de término debe ser posterior a la de inicio (el mismo día)',
      });
    }
    if (new Set(s.participants.map((p) => p.id)).size !== s.participants.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: 'Hay dos participantes con el mismo identificador',
      });
    }
    if (new Set(s.agreements.map((a) => a.id)).size !== s.agreements.length) {
      ctx.addIssue({ code: 'custom', path: ['agreements'], message: 'Hay dos acuerdos con el mismo identificador' });
    }
    s.agreements.forEach((a, i) => {
      if (a.sessionId !== s.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['agreements', i, 'sessionId'],
          message: 'El acuerdo pertenece a otra sesión',
        });
      }
      if (a.dueDate < s.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['agreements', i, 'dueDate'],
          message: 'La fecha del acuerdo es anterior a la sesión',
        });
      }
    });
  });
export type Session = z.infer<typeof sessionSchema>;

/** Sessions in chronological order (date, then start time, then id for a stable order). */
export function compareSessions(
  a: Pick<Session, 'id' | 'date' | 'startTime'>,
  b: Pick<Session, 'id' | 'date' | 'startTime'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Reading session records: lenient (a record being filled in may be incomplete), each nested
// participant and agreement parsed on its own so one bad entry does not hide the others.
import * as Y from 'yjs';
import { z } from 'zod';
import { attachmentRefSchema } from '../../../domain/wire/attachments.ts';
import {
  compareSessions,
  type Session,
  type SessionType,
  type ParticipantRole,
  SESSION_TYPES,
  PARTICIPANT_ROLES,
} from '../../../domain/programme/index.ts';
import { sessionsOf } from './roots.ts';

/** A session as stored: the Session shape, lenient (a record being filled in may be incomplete). */
export type SessionDraft = Session & { createdAt: string };

const str = (max: number) => z.string().max(max).catch('');
const sessionTypeCodes = SESSION_TYPES.map((t) => t.code) as [SessionType, ...SessionType[]];
const roleCodes = PARTICIPANT_ROLES.map((r) => r.code) as [ParticipantRole, ...ParticipantRole[]];

const participantDraftSchema = z.object({
  id: z.string().min(1),
  name: str(200),
  role: z.enum(roleCodes).catch('otro'),
  present: z.boolean().catch(false),
  signature: attachmentRefSchema.nullable().catch(null),
  order: z.number().catch(0),
});
const agreementDraftSchema = z.object({
  id: z.string().min(1),
  sessionId: z.string(),
  text: str(1000),
  responsible: str(200),
  dueDate: str(10),
  done: z.boolean().catch(false),
  doneAt: z.string().nullable().catch(null),
  order: z.number().catch(0),
});
const photoSchema = z.object({ ref: attachmentRefSchema, order: z.number() });

function mapEntries<T>(m: unknown, schema: z.ZodType<T>, invalid: string[], what: string): T[] {
  if (!(m instanceof Y.Map)) return [];
  const out: T[] = [];
  for (const [id, v] of (m as Y.Map<unknown>).entries()) {
    const raw = v instanceof Y.Map ? { ...v.toJSON(), id } : { ...(v as object), id };
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else invalid.push(`${what}:${id}`);
  }
  return out;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || (a.id < b.id ? -1 : 1);

function readPhotos(entry: Y.Map<unknown>): SessionDraft['photos'] {
  const photos = entry.get('photos');
  if (!(photos instanceof Y.Map)) return [];
  return [...(photos as Y.Map<unknown>).values()]
    .map((v) => photoSchema.safeParse(v).data)
    .filter((p): p is z.infer<typeof photoSchema> => p !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((p) => p.ref);
}

export function readSession(id: string, entry: Y.Map<unknown>, invalid: string[]): SessionDraft {
  const text = (k: string) => {
    const v = entry.get(k);
    return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '';
  };
  const type = z.enum(sessionTypeCodes).catch('taller').parse(entry.get('type'));
  const participants = mapEntries(entry.get('participants'), participantDraftSchema, invalid, `participant:${id}`);
  const agreements = mapEntries(entry.get('agreements'), agreementDraftSchema, invalid, `agreement:${id}`);
  return {
    id,
    date: str(10).parse(entry.get('date')),
    startTime: str(5).parse(entry.get('startTime')),
    endTime: str(5).parse(entry.get('endTime')),
    type,
    programmeMonth: z.number().int().min(1).max(8).catch(1).parse(entry.get('programmeMonth')),
    participants: participants.sort(byOrder).map(({ order: _o, ...p }) => p),
    agenda: text('agenda'),
    notes: text('notes'),
    agreements: agreements.sort(byOrder).map(({ order: _o, doneAt, ...a }) => ({ ...a, doneAt })),
    photos: readPhotos(entry),
    createdAt: str(40).parse(entry.get('createdAt')),
  };
}

export interface SessionsRead {
  /** Live sessions, in the order of their dates and times. */
  sessions: SessionDraft[];
  deletedSessions: SessionDraft[];
}

export function readSessions(doc: Y.Doc, invalid: string[] = []): SessionsRead {
  const sessions: SessionDraft[] = [];
  const deletedSessions: SessionDraft[] = [];
  for (const [id, entry] of sessionsOf(doc).entries()) {
    if (!(entry instanceof Y.Map)) {
      invalid.push(`session:${id}`);
      continue;
    }
    (entry.has('deleted') ? deletedSessions : sessions).push(readSession(id, entry, invalid));
  }
  sessions.sort(compareSessions);
  return { sessions, deletedSessions };
}

/** One session's record, or whether it was deleted or has not reached this device yet. */
export type SessionEntry = { state: 'live'; session: SessionDraft } | { state: 'deleted' } | { state: 'missing' };

export function readSessionEntry(doc: Y.Doc, id: string): SessionEntry {
  const entry = sessionsOf(doc).get(id);
  if (!(entry instanceof Y.Map)) return { state: 'missing' };
  if (entry.has('deleted')) return { state: 'deleted' };
  return { state: 'live', session: readSession(id, entry, []) };
}

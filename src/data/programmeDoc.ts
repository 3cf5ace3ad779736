// The advisory programme in the school's `programme` document (issue 5). Roots:
// - `programme.engagement`: startDate, hoursContracted, months, includeSummerHolidays, openedAt, openedBy
//   (one value each);
// - `programme.plan`: month ("1".."8") → month plan (last writer wins per month);
// - `programme.team`: member id → { name, role, email };
// - `programme.sessions`: session id → Y.Map { date, startTime, endTime, type, programmeMonth,
//   agenda (Y.Text), notes (Y.Text), participants / agreements: id → Y.Map of fields, photos:
//   hash → { ref, order }, createdAt, deleted? };
// - `programme.deliverables`: code → state set by hand;
// - `programme.produced`: code → local date the app first produced that deliverable (its PDF).
// Participants and agreements are maps of fields, so an attendance ticked on one tablet and a
// signature captured on another merge. Photos and signatures are attachment refs (content hash):
// their bytes live in Dexie and on the relay, never here.
import * as Y from 'yjs';
import { z } from 'zod';
import { attachmentRefSchema, type AttachmentRef } from '../domain/wire/attachments.ts';
import {
  deliverableStateSchema,
  monthPlanSchema,
  programmeLengthSchema,
  teamMemberSchema,
  compareSessions,
  DEFAULT_HOURS_CONTRACTED,
  hours,
  type DeliverableCode,
  type DeliverableState,
  type DeliverableStates,
  type MonthPlan,
  type ProgrammeLength,
  type TeamMember,
  type Session,
  type SessionType,
  type ParticipantRole,
  DELIVERABLE_CODES,
  SESSION_TYPES,
  PARTICIPANT_ROLES,
} from '../domain/programme/index.ts';
import { isoDateSchema } from '../domain/pme/calendar.ts';
import { applyTextChange } from './textDiff.ts';

const engagementOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.engagement');
const planOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.plan');
const teamOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.team');
const sessionsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('programme.sessions');
const deliverablesOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.deliverables');
const producedOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.produced');

export interface StoredEngagement {
  startDate: string;
  hoursContracted: number;
  months: ProgrammeLength;
  /** Whether the calendar is laid out in January and February too (absent before the choice existed: no). */
  includeSummerHolidays: boolean;
  openedAt: string;
  openedBy: string;
}

const storedEngagementSchema = z.object({
  startDate: z.string().min(1),
  hoursContracted: z.number().int().min(1).catch(DEFAULT_HOURS_CONTRACTED),
  months: programmeLengthSchema,
  includeSummerHolidays: z.boolean().catch(false),
  openedAt: z.string().catch(''),
  openedBy: z.string().catch(''),
});

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

export interface ProgrammeView {
  engagement: StoredEngagement | null;
  plan: MonthPlan[];
  team: TeamMember[];
  sessions: SessionDraft[];
  deletedSessions: SessionDraft[];
  deliverables: DeliverableStates;
  /** When the app first produced each deliverable (a PDF made on the device). */
  produced: Partial<Record<DeliverableCode, string>>;
  invalid: string[];
}

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

function readSession(id: string, entry: Y.Map<unknown>, invalid: string[]): SessionDraft {
  const text = (k: string) => {
    const v = entry.get(k);
    return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '';
  };
  const type = z.enum(sessionTypeCodes).catch('taller').parse(entry.get('type'));
  const participants = mapEntries(entry.get('participants'), participantDraftSchema, invalid, `participant:${id}`).sort(byOrder);
  const agreements = mapEntries(entry.get('agreements'), agreementDraftSchema, invalid, `agreement:${id}`).sort(byOrder);
  const photos = entry.get('photos') instanceof Y.Map
    ? [...(entry.get('photos') as Y.Map<unknown>).values()]
        .map((v) => photoSchema.safeParse(v).data)
        .filter((p): p is z.infer<typeof photoSchema> => p !== undefined)
        .sort((a, b) => a.order - b.order)
        .map((p) => p.ref)
    : [];
  return {
    id,
    date: str(10).parse(entry.get('date')),
    startTime: str(5).parse(entry.get('startTime')),
    endTime: str(5).parse(entry.get('endTime')),
    type,
    programmeMonth: z.number().int().min(1).max(8).catch(1).parse(entry.get('programmeMonth')),
    participants: participants.map(({ order: _o, ...p }) => p),
    agenda: text('agenda'),
    notes: text('notes'),
    agreements: agreements.map(({ order: _o, doneAt, ...a }) => ({ ...a, doneAt })),
    photos,
    createdAt: str(40).parse(entry.get('createdAt')),
  };
}

export function readProgramme(doc: Y.Doc): ProgrammeView {
  const invalid: string[] = [];
  const e = storedEngagementSchema.safeParse(engagementOf(doc).toJSON());
  const plan: MonthPlan[] = [];
  for (const [month, v] of planOf(doc).entries()) {
    const parsed = monthPlanSchema.safeParse(v);
    if (parsed.success && String(parsed.data.month) === month) plan.push(parsed.data);
    else invalid.push(`plan:${month}`);
  }
  plan.sort((a, b) => a.month - b.month);
  const team = [...teamOf(doc).entries()]
    .map(([id, v]) => {
      const parsed = teamMemberSchema.safeParse({ ...(v as object), id });
      if (!parsed.success) invalid.push(`team:${id}`);
      return parsed.data;
    })
    .filter((m): m is TeamMember => m !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
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
  const deliverables: DeliverableStates = {};
  for (const [code, v] of deliverablesOf(doc).entries()) {
    const parsed = deliverableStateSchema.safeParse(v);
    if (parsed.success && (DELIVERABLE_CODES as readonly string[]).includes(code)) deliverables[code as DeliverableCode] = parsed.data;
    else invalid.push(`deliverable:${code}`);
  }
  // Only a complete calendar is a plan: months written by two people opening the asesoría at
  // once with different lengths would otherwise mix.
  const engagement = e.success ? e.data : null;
  const planOk = engagement !== null && plan.length === engagement.months && plan.every((m, i) => m.month === i + 1);
  const produced: Partial<Record<DeliverableCode, string>> = {};
  for (const [code, on] of producedOf(doc).entries()) {
    if ((DELIVERABLE_CODES as readonly string[]).includes(code) && isoDateSchema.safeParse(on).success) produced[code as DeliverableCode] = on as string;
  }
  return { engagement, plan: planOk ? plan : [], team, sessions, deletedSessions, deliverables, produced, invalid };
}

// ——— writing ———

export function openEngagement(
  doc: Y.Doc,
  e: Omit<StoredEngagement, 'includeSummerHolidays'> & { includeSummerHolidays?: boolean },
  plan: readonly MonthPlan[],
  origin: unknown,
): void {
  const parsed = storedEngagementSchema.parse({ includeSummerHolidays: false, ...e });
  const months = plan.map((m) => monthPlanSchema.parse(m));
  doc.transact(() => {
    const m = engagementOf(doc);
    for (const [k, v] of Object.entries(parsed)) m.set(k, v);
    const p = planOf(doc);
    for (const key of [...p.keys()]) if (!months.some((x) => String(x.month) === key)) p.delete(key);
    for (const month of months) p.set(String(month.month), month);
  }, origin);
}

export function setEngagementHours(doc: Y.Doc, hoursContracted: number, origin: unknown): void {
  doc.transact(() => engagementOf(doc).set('hoursContracted', hours(hoursContracted)), origin);
}

/** Replaces the monthly plan (after a shift, a change of hours or of length, or of the summer months' choice). */
export function setPlan(doc: Y.Doc, plan: readonly MonthPlan[], months: ProgrammeLength, origin: unknown, includeSummerHolidays?: boolean): void {
  const valid = plan.map((m) => monthPlanSchema.parse(m));
  doc.transact(() => {
    engagementOf(doc).set('months', months);
    if (includeSummerHolidays !== undefined) engagementOf(doc).set('includeSummerHolidays', includeSummerHolidays);
    const p = planOf(doc);
    for (const key of [...p.keys()]) if (!valid.some((x) => String(x.month) === key)) p.delete(key);
    for (const m of valid) {
      const prev = p.get(String(m.month));
      if (JSON.stringify(prev) !== JSON.stringify(m)) p.set(String(m.month), m);
    }
  }, origin);
}

export function putTeamMember(doc: Y.Doc, member: TeamMember, origin: unknown): void {
  const { id, ...rest } = teamMemberSchema.parse(member);
  doc.transact(() => teamOf(doc).set(id, rest), origin);
}

export function removeTeamMember(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => teamOf(doc).delete(id), origin);
}

export function setDeliverableState(doc: Y.Doc, code: DeliverableCode, state: DeliverableState, origin: unknown): void {
  const parsed = deliverableStateSchema.parse(state);
  doc.transact(() => deliverablesOf(doc).set(code, parsed), origin);
}

/** Clears the state set by hand: the checklist follows the app's documents again. */
export function clearDeliverableState(doc: Y.Doc, code: DeliverableCode, origin: unknown): void {
  doc.transact(() => deliverablesOf(doc).delete(code), origin);
}

/** Records that the app produced a deliverable on `on` (local date); the earliest date is kept (two devices producing it at once: either one). */
export function recordProduced(doc: Y.Doc, code: DeliverableCode, on: string, origin: unknown): void {
  const date = isoDateSchema.parse(on);
  const prev = producedOf(doc).get(code);
  if (typeof prev === 'string' && prev <= date) return;
  doc.transact(() => producedOf(doc).set(code, date), origin);
}

function sessionEntry(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entry = sessionsOf(doc).get(id);
  if (!(entry instanceof Y.Map)) throw new Error(`programme: no session ${id}`);
  return entry;
}

function child(entry: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const v = entry.get(key);
  if (v instanceof Y.Map) return v as Y.Map<unknown>;
  const m = new Y.Map<unknown>();
  entry.set(key, m);
  return m;
}

export interface SessionHeader {
  date: string;
  startTime: string;
  endTime: string;
  type: SessionType;
  programmeMonth: number;
}

export function createSession(doc: Y.Doc, id: string, header: SessionHeader, createdAt: string, origin: unknown): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    sessionsOf(doc).set(id, entry);
    for (const [k, v] of Object.entries(header)) entry.set(k, v);
    entry.set('createdAt', createdAt);
    entry.set('agenda', new Y.Text());
    entry.set('notes', new Y.Text());
    entry.set('participants', new Y.Map());
    entry.set('agreements', new Y.Map());
    entry.set('photos', new Y.Map());
  }, origin);
}

export function updateSessionHeader(doc: Y.Doc, id: string, patch: Partial<SessionHeader>, origin: unknown): void {
  const entry = sessionEntry(doc, id);
  doc.transact(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && entry.get(k) !== v) entry.set(k, v);
  }, origin);
}

export function setSessionText(doc: Y.Doc, id: string, field: 'agenda' | 'notes', value: string, origin: unknown): void {
  const entry = sessionEntry(doc, id);
  doc.transact(() => {
    const t = entry.get(field);
    if (t instanceof Y.Text) applyTextChange(t, value);
    else entry.set(field, new Y.Text(value));
  }, origin);
}

export function deleteSession(doc: Y.Doc, id: string, byName: string, at: string, origin: unknown): void {
  const entry = sessionEntry(doc, id);
  doc.transact(() => entry.set('deleted', { at, byName }), origin);
}

export function restoreSession(doc: Y.Doc, id: string, origin: unknown): void {
  const entry = sessionEntry(doc, id);
  doc.transact(() => entry.delete('deleted'), origin);
}

type ItemKind = 'participants' | 'agreements';

function nextOrder(m: Y.Map<unknown>): number {
  let max = 0;
  for (const v of m.values()) if (v instanceof Y.Map && typeof v.get('order') === 'number') max = Math.max(max, v.get('order') as number);
  return max + 1;
}

function putItem(doc: Y.Doc, sessionId: string, kind: ItemKind, itemId: string, fields: Record<string, unknown>, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => {
    const list = child(entry, kind);
    let item = list.get(itemId);
    if (!(item instanceof Y.Map)) {
      item = new Y.Map<unknown>();
      list.set(itemId, item);
      (item as Y.Map<unknown>).set('order', nextOrder(list));
    }
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && (item as Y.Map<unknown>).get(k) !== v) (item as Y.Map<unknown>).set(k, v);
  }, origin);
}

export interface ParticipantFields {
  name?: string;
  role?: ParticipantRole;
  present?: boolean;
  signature?: AttachmentRef | null;
}

export function putParticipant(doc: Y.Doc, sessionId: string, participantId: string, fields: ParticipantFields, origin: unknown): void {
  putItem(doc, sessionId, 'participants', participantId, fields as Record<string, unknown>, origin);
}

export interface AgreementFields {
  text?: string;
  responsible?: string;
  dueDate?: string;
  done?: boolean;
  doneAt?: string | null;
}

export function putAgreement(doc: Y.Doc, sessionId: string, agreementId: string, fields: AgreementFields, origin: unknown): void {
  putItem(doc, sessionId, 'agreements', agreementId, { ...fields, sessionId }, origin);
}

export function removeItem(doc: Y.Doc, sessionId: string, kind: ItemKind, itemId: string, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => child(entry, kind).delete(itemId), origin);
}

export function addPhoto(doc: Y.Doc, sessionId: string, ref: AttachmentRef, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  const parsed = attachmentRefSchema.parse(ref);
  doc.transact(() => {
    const photos = child(entry, 'photos');
    if (!photos.has(parsed.hash)) photos.set(parsed.hash, { ref: parsed, order: Date.now() });
  }, origin);
}

export function removePhoto(doc: Y.Doc, sessionId: string, hash: string, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => child(entry, 'photos').delete(hash), origin);
}

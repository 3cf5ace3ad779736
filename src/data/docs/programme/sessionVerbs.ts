// The verbs of a session record: the session itself, its participants, its agreements (acuerdos) and
// its photos. New entries are checked with the domain's schemas before they are written.
import { localIsoDate } from '../../../domain/shared/localDates.ts';
import { attachmentRefSchema, type AttachmentRef } from '../../../domain/wire/attachments.ts';
import {
  agreementSchema,
  participantSchema,
  sessionSchema,
  type ParticipantRole,
} from '../../../domain/programme/index.ts';
import { NESTED, type EditContext } from './context.ts';
import { newId } from '../../ids.ts';
import { readSessionEntry } from './sessionRead.ts';
import {
  addPhoto,
  createSession,
  deleteSession,
  putAgreement,
  putParticipant,
  removeItem,
  removePhoto,
  restoreSession,
  setSessionText,
  updateSessionHeader,
  type SessionHeader,
} from './sessionWrite.ts';

/** A header is valid when a session with it is (dates, times, end after start: the rules of sessionSchema). */
function checkHeader(header: SessionHeader): SessionHeader {
  const { date, startTime, endTime, type, programmeMonth } = sessionSchema.parse({
    ...header,
    id: 'header',
    participants: [],
    agenda: '',
    notes: '',
    agreements: [],
    photos: [],
  });
  return { date, startTime, endTime, type, programmeMonth };
}

export function sessionVerbs(ctx: EditContext) {
  const { doc } = ctx;
  return {
    /** Records a new session, its agenda starting from `agenda` (MX-5); gives its id. */
    add(header: SessionHeader, agenda = ''): string {
      const valid = checkHeader(header);
      const id = newId();
      const createdAt = ctx.stamp();
      ctx.edit(() => createSession(doc, id, valid, createdAt, NESTED, agenda));
      return id;
    },
    /** Changes the date, times, type or month; the whole header must stay valid. */
    setHeader(sessionId: string, patch: Partial<SessionHeader>): void {
      const entry = readSessionEntry(doc, sessionId);
      if (entry.state !== 'live') throw new Error(`programme: no session ${sessionId}`);
      const { date, startTime, endTime, type, programmeMonth } = entry.session;
      checkHeader({ date, startTime, endTime, type, programmeMonth, ...patch });
      ctx.edit(() => updateSessionHeader(doc, sessionId, patch, NESTED));
    },
    setAgenda(sessionId: string, text: string): void {
      ctx.edit(() => setSessionText(doc, sessionId, 'agenda', text, NESTED));
    },
    setNotes(sessionId: string, text: string): void {
      ctx.edit(() => setSessionText(doc, sessionId, 'notes', text, NESTED));
    },
    /** Marks the session deleted (by the actor, now); it can be restored. */
    remove(sessionId: string): void {
      const at = ctx.stamp();
      ctx.edit(() => deleteSession(doc, sessionId, ctx.actor.name, at, NESTED));
    },
    restore(sessionId: string): void {
      ctx.edit(() => restoreSession(doc, sessionId, NESTED));
    },
  };
}

export function participantVerbs(ctx: EditContext) {
  const { doc } = ctx;
  return {
    /** Adds a participant, present and not yet signed; gives its id. */
    add(sessionId: string, person: { name: string; role: ParticipantRole }): string {
      const p = participantSchema.parse({
        id: newId(),
        name: person.name.trim(),
        role: person.role,
        present: true,
        signature: null,
      });
      const { id, ...fields } = p;
      ctx.edit(() => putParticipant(doc, sessionId, id, fields, NESTED));
      return id;
    },
    /** Ticks attendance; an absent participant cannot keep a signature. */
    setPresent(sessionId: string, participantId: string, present: boolean): void {
      const fields = present ? { present: true } : { present: false, signature: null };
      ctx.edit(() => putParticipant(doc, sessionId, participantId, fields, NESTED));
    },
    /** Keeps the signature image's reference (its file name is not part of the record). */
    sign(sessionId: string, participantId: string, image: AttachmentRef): void {
      const { name: _name, ...signature } = attachmentRefSchema.parse(image);
      ctx.edit(() => putParticipant(doc, sessionId, participantId, { signature }, NESTED));
    },
    remove(sessionId: string, participantId: string): void {
      ctx.edit(() => removeItem(doc, sessionId, 'participants', participantId, NESTED));
    },
  };
}

export function agreementVerbs(ctx: EditContext) {
  const { doc } = ctx;
  const setDone = (sessionId: string, agreementId: string, done: boolean) => {
    const fields = done ? { done: true, doneAt: localIsoDate(ctx.actor.now()) } : { done: false, doneAt: null };
    ctx.edit(() => putAgreement(doc, sessionId, agreementId, fields, NESTED));
  };
  return {
    /** Records a pending agreement of the session; gives its id. */
    add(sessionId: string, terms: { text: string; responsible: string; dueDate: string }): string {
      const a = agreementSchema.parse({ id: newId(), sessionId, ...terms, done: false, doneAt: null });
      const { id, sessionId: _s, ...fields } = a;
      ctx.edit(() => putAgreement(doc, sessionId, id, fields, NESTED));
      return id;
    },
    /** Fulfilled today (the actor's local date). */
    close: (sessionId: string, agreementId: string) => setDone(sessionId, agreementId, true),
    reopen: (sessionId: string, agreementId: string) => setDone(sessionId, agreementId, false),
    setDone,
    remove(sessionId: string, agreementId: string): void {
      ctx.edit(() => removeItem(doc, sessionId, 'agreements', agreementId, NESTED));
    },
  };
}

export function photoVerbs(ctx: EditContext) {
  return {
    /** Adds an evidence photo once (by content hash), after the ones already there. */
    add(sessionId: string, photo: AttachmentRef): void {
      const order = ctx.actor.now().getTime();
      ctx.edit(() => addPhoto(ctx.doc, sessionId, photo, NESTED, order));
    },
    remove(sessionId: string, hash: string): void {
      ctx.edit(() => removePhoto(ctx.doc, sessionId, hash, NESTED));
    },
  };
}

// Writing session records: the header, the agenda and notes (character diffs, so two people typing
// merge), deletion kept as a mark (restorable), and the participants, agreements and photos inside.
import * as Y from 'yjs';
import { attachmentRefSchema, type AttachmentRef } from '../../../domain/wire/attachments.ts';
import type { ParticipantRole, SessionType } from '../../../domain/programme/index.ts';
import { applyTextChange } from '../../textDiff.ts';
import { child, sessionEntry, sessionsOf } from './roots.ts';

export interface SessionHeader {
  date: string;
  startTime: string;
  endTime: string;
  type: SessionType;
  programmeMonth: number;
}

export function createSession(
  doc: Y.Doc,
  id: string,
  header: SessionHeader,
  createdAt: string,
  origin: unknown,
  agenda = '',
): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    sessionsOf(doc).set(id, entry);
    for (const [k, v] of Object.entries(header)) entry.set(k, v);
    entry.set('createdAt', createdAt);
    entry.set('agenda', new Y.Text(agenda));
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

type SessionText = 'agenda' | 'notes';

export function setSessionText(doc: Y.Doc, id: string, field: SessionText, value: string, origin: unknown): void {
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
  for (const v of m.values()) {
    if (v instanceof Y.Map && typeof v.get('order') === 'number') max = Math.max(max, v.get('order') as number);
  }
  return max + 1;
}

function putItem(
  doc: Y.Doc,
  sessionId: string,
  kind: ItemKind,
  itemId: string,
  fields: Record<string, unknown>,
  origin: unknown,
): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => {
    const list = child(entry, kind);
    let item = list.get(itemId);
    if (!(item instanceof Y.Map)) {
      item = new Y.Map<unknown>();
      list.set(itemId, item);
      (item as Y.Map<unknown>).set('order', nextOrder(list));
    }
    const fieldsOf = item as Y.Map<unknown>;
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && fieldsOf.get(k) !== v) fieldsOf.set(k, v);
  }, origin);
}

export interface ParticipantFields {
  name?: string;
  role?: ParticipantRole;
  present?: boolean;
  signature?: AttachmentRef | null;
}

export function putParticipant(
  doc: Y.Doc,
  sessionId: string,
  participantId: string,
  fields: ParticipantFields,
  origin: unknown,
): void {
  putItem(doc, sessionId, 'participants', participantId, fields as Record<string, unknown>, origin);
}

export interface AgreementFields {
  text?: string;
  responsible?: string;
  dueDate?: string;
  done?: boolean;
  doneAt?: string | null;
}

export function putAgreement(
  doc: Y.Doc,
  sessionId: string,
  agreementId: string,
  fields: AgreementFields,
  origin: unknown,
): void {
  putItem(doc, sessionId, 'agreements', agreementId, { ...fields, sessionId }, origin);
}

export function removeItem(doc: Y.Doc, sessionId: string, kind: ItemKind, itemId: string, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => child(entry, kind).delete(itemId), origin);
}

/** Adds a photo once (by content hash); `order` is the instant it was added, so photos show in that order. */
export function addPhoto(doc: Y.Doc, sessionId: string, ref: AttachmentRef, origin: unknown, order = Date.now()): void {
  const entry = sessionEntry(doc, sessionId);
  const parsed = attachmentRefSchema.parse(ref);
  doc.transact(() => {
    const photos = child(entry, 'photos');
    if (!photos.has(parsed.hash)) photos.set(parsed.hash, { ref: parsed, order });
  }, origin);
}

export function removePhoto(doc: Y.Doc, sessionId: string, hash: string, origin: unknown): void {
  const entry = sessionEntry(doc, sessionId);
  doc.transact(() => child(entry, 'photos').delete(hash), origin);
}

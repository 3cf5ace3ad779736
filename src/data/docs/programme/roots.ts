// The roots of the school's `programme` document (issue 5). Roots:
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

export const engagementOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.engagement');
export const planOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.plan');
export const teamOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.team');
export const sessionsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('programme.sessions');
export const deliverablesOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.deliverables');
export const producedOf = (doc: Y.Doc) => doc.getMap<unknown>('programme.produced');

export function sessionEntry(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entry = sessionsOf(doc).get(id);
  if (!(entry instanceof Y.Map)) throw new Error(`programme: no session ${id}`);
  return entry;
}

/** The nested map `key` of a session entry, created when an older record lacks it. */
export function child(entry: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const v = entry.get(key);
  if (v instanceof Y.Map) return v as Y.Map<unknown>;
  const m = new Y.Map<unknown>();
  entry.set(key, m);
  return m;
}

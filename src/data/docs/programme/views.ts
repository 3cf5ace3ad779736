// The programme's views, one per root (or pair of roots read together) and one per session: a
// keystroke in a session's notes re-reads that session and the session list, never the plan, the
// team or the deliverables.
import type * as Y from 'yjs';
import type { TeamMember } from '../../../domain/programme/index.ts';
import { entryView, memoViews, rootsView, type View } from '../view.ts';
import { readDeliverables, type DeliverablesRead } from './deliverables.ts';
import { readEngagement, readTeam, type EngagementRead } from './engagement.ts';
import { readProgramme, type ProgrammeView } from './read.ts';
import { deliverablesOf, engagementOf, planOf, producedOf, sessionsOf, teamOf } from './roots.ts';
import { readSessionEntry, readSessions, type SessionEntry, type SessionsRead } from './sessionRead.ts';

export interface ProgrammeViews {
  /** The engagement and its monthly plan (empty until complete). */
  engagement: View<EngagementRead>;
  team: View<TeamMember[]>;
  /** Live sessions in date order, and the deleted ones (restorable). */
  sessions: View<SessionsRead>;
  deliverables: View<DeliverablesRead>;
  /** One session's record: re-read only when that session changes. */
  session(sessionId: string): View<SessionEntry>;
  /** Everything, as `readProgramme` gives it (reports that print the whole programme). */
  all: View<ProgrammeView>;
}

export function programmeViews(doc: Y.Doc): ProgrammeViews {
  const sessions = sessionsOf(doc);
  return {
    engagement: rootsView([engagementOf(doc), planOf(doc)], () => readEngagement(doc)),
    team: rootsView([teamOf(doc)], () => readTeam(doc)),
    sessions: rootsView([sessions], () => readSessions(doc)),
    deliverables: rootsView([deliverablesOf(doc), producedOf(doc)], () => readDeliverables(doc)),
    session: memoViews((id: string) => entryView(sessions, id, () => readSessionEntry(doc, id))),
    all: rootsView([engagementOf(doc), planOf(doc), teamOf(doc), sessions, deliverablesOf(doc), producedOf(doc)], () =>
      readProgramme(doc),
    ),
  };
}

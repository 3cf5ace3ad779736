// The whole programme document as plain data (the workspace's portfolio digest and the evaluation
// read it this way); screens read per root through the handle's views instead.
import type * as Y from 'yjs';
import type { DeliverableCode, DeliverableStates, MonthPlan, TeamMember } from '../../../domain/programme/index.ts';
import { readDeliverables } from './deliverables.ts';
import { readEngagement, readTeam, type StoredEngagement } from './engagement.ts';
import { readSessions, type SessionDraft } from './sessionRead.ts';

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

export function readProgramme(doc: Y.Doc): ProgrammeView {
  const invalid: string[] = [];
  const { engagement, plan } = readEngagement(doc, invalid);
  const team = readTeam(doc, invalid);
  const { sessions, deletedSessions } = readSessions(doc, invalid);
  const { deliverables, produced } = readDeliverables(doc, invalid);
  return { engagement, plan, team, sessions, deletedSessions, deliverables, produced, invalid };
}

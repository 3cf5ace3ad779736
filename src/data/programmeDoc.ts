// The programme document's old entry point, kept for the other areas that read it (the workspace's
// portfolio digest, the evaluation) and record deliverables produced; the code lives in
// `docs/programme/` and screens use its handle.
export type { StoredEngagement } from './docs/programme/engagement.ts';
export {
  openEngagement,
  setEngagementHours,
  setPlan,
  putTeamMember,
  removeTeamMember,
} from './docs/programme/engagement.ts';
export type { SessionDraft } from './docs/programme/sessionRead.ts';
export type { SessionHeader, ParticipantFields, AgreementFields } from './docs/programme/sessionWrite.ts';
export {
  createSession,
  updateSessionHeader,
  setSessionText,
  deleteSession,
  restoreSession,
  putParticipant,
  putAgreement,
  removeItem,
  addPhoto,
  removePhoto,
} from './docs/programme/sessionWrite.ts';
export { setDeliverableState, clearDeliverableState, recordProduced } from './docs/programme/deliverables.ts';
export { readProgramme, type ProgrammeView } from './docs/programme/read.ts';

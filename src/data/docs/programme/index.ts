// The programme (asesoría) document's handle: screens call its verbs and read its views; it owns
// the Y.Doc, the LOCAL_EDIT origin, the acting user and the clock.
import { DocHandle } from '../handle.ts';
import type { HandleFactory } from '../open.ts';
import type { EditContext } from './context.ts';
import { deliverableVerbs } from './deliverableVerbs.ts';
import { engagementVerbs, planVerbs, teamVerbs } from './engagementVerbs.ts';
import { agreementVerbs, participantVerbs, photoVerbs, sessionVerbs } from './sessionVerbs.ts';
import { programmeViews } from './views.ts';

export class ProgrammeHandle extends DocHandle {
  private readonly ctx: EditContext = {
    doc: this.doc,
    actor: this.actor,
    edit: (change) => this.edit(change),
    stamp: () => this.stamp(),
  };

  readonly engagement = engagementVerbs(this.ctx);
  readonly plan = planVerbs(this.ctx);
  readonly team = teamVerbs(this.ctx);
  readonly sessions = sessionVerbs(this.ctx);
  readonly participants = participantVerbs(this.ctx);
  readonly acuerdos = agreementVerbs(this.ctx);
  readonly photos = photoVerbs(this.ctx);
  readonly deliverables = deliverableVerbs(this.ctx);
  readonly views = programmeViews(this.doc);
}

/** The factory `useHandle(schoolId, 'programme', programmeHandle)` takes: one handle per document. */
export const programmeHandle: HandleFactory<ProgrammeHandle> = (doc, actor) => new ProgrammeHandle(doc, actor);

export type { StoredEngagement } from './engagement.ts';
export type { SessionDraft } from './sessionRead.ts';

export { readCortes, readPmeVersions, readSignedActas } from './evidence.ts';

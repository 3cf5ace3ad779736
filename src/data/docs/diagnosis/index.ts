// The school's diagnosis document (`school:<rbd>:diagnosis`) behind one handle, with one part per
// group of roots: the survey (instruments, responses, population), the team's review of the findings,
// the PEI–planes articulation, the prioritisation and the results data. Screens get this handle and
// plain data; the roots' layout is described in each part's file.
import type * as Y from 'yjs';
import type { Actor } from '../actor.ts';
import { DocHandle } from '../handle.ts';
import { handleFor } from '../open.ts';
import { PeiPlanesHandle } from './peiPlanes.ts';
import { PrioritisationHandle } from './prioritisation.ts';
import { ResultsHandle } from './results.ts';
import { ReviewHandle } from './review.ts';
import { SurveyHandle } from './survey.ts';
import { gatherDiagnosisReportInput, type ReportSources } from './reportInput.ts';
import type { DiagnosisReportInput } from '../../../domain/diagnosis/report/content.ts';

export class DiagnosisHandle extends DocHandle {
  readonly survey = new SurveyHandle(this.doc, this.actor);
  readonly review = new ReviewHandle(this.doc, this.actor);
  readonly pei = new PeiPlanesHandle(this.doc, this.actor);
  readonly priorities = new PrioritisationHandle(this.doc, this.actor);
  readonly results = new ResultsHandle(this.doc, this.actor);

  /** The Informe Diagnóstico's input from the document as it is now. */
  reportInput(sources: ReportSources): DiagnosisReportInput {
    return gatherDiagnosisReportInput(sources.schoolId, this.doc, sources.profile, sources.advisor, sources.dateIso);
  }
}

export const diagnosisHandle = (doc: Y.Doc, actor: Actor) => new DiagnosisHandle(doc, actor);

/** The survey part of the diagnosis handle (the same object screens reach through `diagnosis.survey`). */
export const diagnosisSurveyHandle = (doc: Y.Doc, actor: Actor) => handleFor(diagnosisHandle, doc, actor).survey;

export { surveyHandle, SurveyHandle, type SurveyData } from './survey.ts';
export type { ReviewHandle } from './review.ts';
export type { PeiPlanesHandle, PeiTextField } from './peiPlanes.ts';
export type { PrioritisationHandle, StoredProblem } from './prioritisation.ts';
export type { ResultsHandle, ResultsData, Keyed } from './results.ts';
export { gatherDiagnosisReportInput, markReportDelivered, reportProfile, type ReportSources } from './reportInput.ts';

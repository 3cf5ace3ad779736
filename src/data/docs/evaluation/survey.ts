// The participatory surveys the evaluation compares: its own, answered in this document with the
// diagnosis's instruments and responses maps, and the diagnosis's, with the school's results data. Read
// through the diagnosis area's exported readers, so the layout of those maps stays theirs.
import type * as Y from 'yjs';
import { aggregateDiagnosis, type DiagnosisAggregate } from '../../../domain/diagnosis/aggregation.ts';
import type { Response } from '../../../domain/diagnosis/model.ts';
import type { ResultsData } from '../../../domain/evaluation/impact.ts';
import {
  instrumentsOf,
  populationOf,
  readInstruments,
  readPopulation,
  readResponses,
  responsesOf,
} from '../diagnosis/survey.ts';
import { readEfficiency, readIdps, readSimce } from '../diagnosis/results.ts';
import { rootsView, type View } from '../view.ts';

export interface SurveyData {
  aggregate: DiagnosisAggregate;
  responses: Response[];
}

export function readSurvey(doc: Y.Doc): SurveyData {
  const responses = readResponses(doc).items;
  return { aggregate: aggregateDiagnosis(readInstruments(doc).items, responses, readPopulation(doc)), responses };
}

/** The survey answered in `doc`, re-read only when its instruments, responses or population change. */
export const surveyView = (doc: Y.Doc): View<SurveyData> =>
  rootsView([instrumentsOf(doc), responsesOf(doc), populationOf(doc)], () => readSurvey(doc));

export const readResults = (doc: Y.Doc): ResultsData => ({
  simce: readSimce(doc).items.map((i) => i.row),
  idps: readIdps(doc).items.map((i) => i.row),
  efficiency: readEfficiency(doc).items.map((i) => i.row),
});

/** What the evaluation reads from the diagnosis document: its survey and the results data. */
export const readDiagnosisSources = (doc: Y.Doc) => ({ survey: readSurvey(doc), results: readResults(doc) });

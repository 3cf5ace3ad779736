import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readEvaluation, type EvaluationView } from '../../data/evaluationDoc.ts';
import { readMonitoring, type MonitoringView } from '../../data/monitoringDoc.ts';
import { readPme, type PmeView } from '../../data/pmeDoc.ts';
import { readProgramme, type ProgrammeView } from '../../data/programmeDoc.ts';
import { readInstruments, readPopulation, readResponses } from '../../data/diagnosisDoc.ts';
import { readEfficiency, readIdps, readSimce } from '../../data/resultsDataDoc.ts';
import { aggregateDiagnosis, type DiagnosisAggregate } from '../../domain/diagnosis/aggregation.ts';
import type { ResultsData } from '../../domain/evaluation/impact.ts';
import type { Response } from '../../domain/diagnosis/model.ts';
import { useDocView } from '../session/index.ts';
import { localYear } from '../../domain/calendar/localDates.ts';
import { effectiveData } from '../monitoring/report/index.ts';
import type { EvaluationSources } from '../../domain/evaluation/figures.ts';

export interface SurveyData {
  aggregate: DiagnosisAggregate;
  responses: Response[];
}

const readSurvey = (doc: Y.Doc): SurveyData => {
  const responses = readResponses(doc).items;
  return { aggregate: aggregateDiagnosis(readInstruments(doc).items, responses, readPopulation(doc)), responses };
};
const readResults = (doc: Y.Doc): ResultsData => ({
  simce: readSimce(doc).items.map((i) => i.row),
  idps: readIdps(doc).items.map((i) => i.row),
  efficiency: readEfficiency(doc).items.map((i) => i.row),
});

export interface EvaluationData {
  doc: Y.Doc | null;
  evaluation: EvaluationView | null;
  survey: SurveyData | null;
  diagnosis: SurveyData | null;
  results: ResultsData | null;
  pme: PmeView | null;
  monitoring: MonitoringView | null;
  programme: ProgrammeView | null;
}

// One read per document: the evaluation document carries the evaluation and its survey; the
// diagnosis document, the diagnosis survey and the results data.
const readEvaluationDoc = (doc: Y.Doc) => ({ evaluation: readEvaluation(doc), survey: readSurvey(doc) });
const readDiagnosisDoc = (doc: Y.Doc) => ({ survey: readSurvey(doc), results: readResults(doc) });

/** Everything the evaluation of a school reads: its own document and the other areas'. */
export function useEvaluationData(schoolId: SchoolId): EvaluationData {
  const readPmeOf = useMemo(() => (doc: Y.Doc) => readPme(doc, schoolId, localYear()), [schoolId]);
  const ev = useDocView(schoolId, 'evaluation', readEvaluationDoc);
  const diagnosis = useDocView(schoolId, 'diagnosis', readDiagnosisDoc).view;
  return {
    doc: ev.doc,
    evaluation: ev.view?.evaluation ?? null,
    survey: ev.view?.survey ?? null,
    diagnosis: diagnosis?.survey ?? null,
    results: diagnosis?.results ?? null,
    pme: useDocView(schoolId, 'pme', readPmeOf).view,
    monitoring: useDocView(schoolId, 'monitoring', readMonitoring).view,
    programme: useDocView(schoolId, 'programme', readProgramme).view,
  };
}


/**
 * The sources of the evaluation's figures for `year`, built once for the Análisis screen and the
 * Informe de Evaluación alike (R-8, figures.ts): effective monitoring data, every corte, both
 * participatory aggregates and the results data. Null while a document is still opening.
 */
export function evaluationSources(data: EvaluationData, year: number): EvaluationSources | null {
  const { pme, monitoring, evaluation } = data;
  if (!pme || !monitoring || !evaluation) return null;
  const mon = effectiveData(monitoring);
  return {
    year,
    pme: pme.plan,
    cycles: monitoring.cycles,
    records: mon.records,
    measurements: mon.measurements,
    decisions: evaluation.decisions,
    diagnosis: data.diagnosis?.aggregate ?? null,
    evaluation: data.survey?.aggregate ?? null,
    results: data.results,
  };
}

export const newId = () => crypto.randomUUID();

import { useMemo } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  evaluationHandle,
  type EvaluationContent,
  type EvaluationHandle,
  type SurveyData,
} from '../../data/docs/evaluation/index.ts';
import {
  pmeReader,
  readDiagnosisSources,
  readMonitoring,
  readProgramme,
  type MonitoringView,
  type ProgrammeView,
} from '../../data/docs/evaluation/otherDocs.ts';
import type { PmeView } from '../../data/docs/pme/read.ts';
import type { ResultsData } from '../../domain/evaluation/impact.ts';
import { useDocView, useHandle, useView } from '../session/index.ts';
import { localYear } from '../../domain/shared/localDates.ts';
import { effectiveData } from '../monitoring/report/index.ts';
import type { EvaluationSources } from '../../domain/evaluation/figures.ts';
import { withSostenedorSignatures, type SostenedorSignature } from '../../domain/review/sostenedorSignature.ts';
import type { ReviewHandle } from '../../data/docs/review/index.ts';
import { useReviewHandle } from '../review/index.ts';

export interface EvaluationData {
  handle: EvaluationHandle | null;
  /** The review document: where the sostenedor signs the acta (CM-5). */
  review: ReviewHandle | null;
  /** The evaluation, its actas with the sostenedor's signature from the review document (CM-6). */
  evaluation: EvaluationContent | null;
  survey: SurveyData | null;
  diagnosis: SurveyData | null;
  results: ResultsData | null;
  pme: PmeView | null;
  monitoring: MonitoringView | null;
  programme: ProgrammeView | null;
}

/**
 * The evaluation document as plain data, each part re-read only when its own root changes; null until
 * the review document's signatures are read too, so the acta is never shown or printed without them.
 */
function useEvaluationView(
  handle: EvaluationHandle | null,
  sostenedor: SostenedorSignature[] | undefined,
): EvaluationContent | null {
  const decisions = useView(handle?.decisions);
  const projective = useView(handle?.projective);
  const close = useView(handle?.close);
  const ownActas = useView(handle?.actas);
  const satisfaction = useView(handle?.satisfaction);
  return useMemo(() => {
    if (!decisions || !projective || !close || !ownActas || !satisfaction || !sostenedor) return null;
    return { decisions, projective, close, actas: withSostenedorSignatures(ownActas, sostenedor), satisfaction };
  }, [decisions, projective, close, ownActas, satisfaction, sostenedor]);
}

/** Everything the evaluation of a school reads: its own document and the other areas'. */
export function useEvaluationData(schoolId: SchoolId): EvaluationData {
  const readPmeOf = useMemo(() => pmeReader(schoolId, localYear()), [schoolId]);
  const handle = useHandle(schoolId, 'evaluation', evaluationHandle);
  const review = useReviewHandle(schoolId);
  const diagnosis = useDocView(schoolId, 'diagnosis', readDiagnosisSources).view;
  return {
    handle,
    review,
    evaluation: useEvaluationView(handle, useView(review?.actaSignatures)),
    survey: useView(handle?.survey) ?? null,
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

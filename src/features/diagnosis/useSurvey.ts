import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  diagnosisHandle,
  diagnosisSurveyHandle,
  surveyHandle,
  type DiagnosisHandle,
  type SurveyData,
  type SurveyHandle,
} from '../../data/docs/diagnosis/index.ts';
import { useHandle, useView } from '../session/index.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';

const EMPTY: SurveyData = { instruments: [], responses: [], population: {} };
const FACTORIES = { diagnosis: diagnosisSurveyHandle, evaluation: surveyHandle } as const;

/** The survey's handle (null while its document loads) and its data, re-read when it changes. */
export function useSurvey(
  schoolId: SchoolId,
  survey: SurveyKind = 'diagnosis',
): SurveyData & { survey: SurveyHandle | null } {
  const handle = useHandle(schoolId, SURVEYS[survey].docKind, FACTORIES[survey]);
  const data = useView(handle?.view) ?? EMPTY;
  return { ...data, survey: handle };
}

/** The school's diagnosis handle; null while the document loads from the device. */
export function useDiagnosis(schoolId: SchoolId): DiagnosisHandle | null {
  return useHandle(schoolId, 'diagnosis', diagnosisHandle);
}

import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { Instrument, Response, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { readInstruments, readPopulation, readResponses } from '../../data/diagnosisDoc.ts';
import { useDocView } from '../session/index.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';

export interface DiagnosisView {
  doc: Y.Doc | null;
  instruments: Instrument[];
  responses: Response[];
  population: Partial<Record<StakeholderGroup, number>>;
}

function read(doc: Y.Doc): DiagnosisView {
  const instruments = readInstruments(doc);
  const responses = readResponses(doc);
  const problems = [...instruments.problems, ...responses.problems];
  if (problems.length > 0) console.error(`Diagnosis document: ${problems.join('; ')}`);
  return { doc, instruments: instruments.items, responses: responses.items, population: readPopulation(doc) };
}

const EMPTY: Omit<DiagnosisView, 'doc'> = { instruments: [], responses: [], population: {} };

/** The school's diagnosis document, re-read after every change (local or from other tablets). */
export function useDiagnosisDoc(schoolId: SchoolId, survey: SurveyKind = 'diagnosis'): DiagnosisView {
  const { doc, view } = useDocView(schoolId, SURVEYS[survey].docKind, read);
  return { ...(view ?? EMPTY), doc };
}

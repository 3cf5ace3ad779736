// The school's seven documents as the evaluation's outputs read them (the dossier, the Informe's record in
// the programme): opened here, read through each area's exported readers, so the screens never hold Yjs.
import type * as Y from 'yjs';
import { aggregateDiagnosis, type DiagnosisAggregate } from '../../../domain/diagnosis/aggregation.ts';
import type { Instrument, Response } from '../../../domain/diagnosis/model.ts';
import type { DeliverableCode } from '../../../domain/programme/template.ts';
import type { StoredProfile } from '../../../domain/schools/storedProfile.ts';
import { docName, type SchoolId } from '../../../domain/wire/documentNames.ts';
import { readInstruments, readPopulation, readResponses } from '../diagnosis/survey.ts';
import { readMonitoring, type MonitoringView } from '../monitoring/read.ts';
import { readPme, type PmeView } from '../pme/read.ts';
import { readProgramme, type ProgrammeView } from '../programme/read.ts';
import { recordProduced } from '../programme/deliverables.ts';
import { readProfile } from '../profile/fields.ts';
import { LOCAL_EDIT, type Workspace } from '../../workspace.ts';
import { readEvaluation, type EvaluationView } from './read.ts';
import { readResults } from './survey.ts';
import { readSostenedorSignatures } from '../review/read.ts';
import { withSostenedorSignatures } from '../../../domain/review/sostenedorSignature.ts';

const KINDS = ['profile', 'diagnosis', 'pme', 'monitoring', 'programme', 'evaluation', 'review'] as const;

/** The school's documents by kind; opaque outside the data layer. */
export type DossierDocs = Record<(typeof KINDS)[number], Y.Doc>;

export async function openDossierDocs(workspace: Workspace, schoolId: SchoolId): Promise<DossierDocs> {
  const docs = await Promise.all(KINDS.map((k) => workspace.openDoc(docName(schoolId, k))));
  return Object.fromEntries(KINDS.map((k, i) => [k, docs[i]!])) as DossierDocs;
}

export interface DossierReads {
  profile: StoredProfile;
  pme: PmeView;
  monitoring: MonitoringView;
  programme: ProgrammeView;
  evaluation: EvaluationView;
  diagnosisAggregate: DiagnosisAggregate | null;
  evaluationAggregate: DiagnosisAggregate | null;
}

function aggregateOf(doc: Y.Doc): DiagnosisAggregate | null {
  const responses = readResponses(doc).items;
  if (responses.length === 0) return null;
  return aggregateDiagnosis(readInstruments(doc).items, responses, readPopulation(doc));
}

/** Every document as plain data; the PME as of `year`; the actas with the sostenedor's signature (CM-6). */
export function readDossierDocs(docs: DossierDocs, schoolId: string, year: number): DossierReads {
  const evaluation = readEvaluation(docs.evaluation);
  const actas = withSostenedorSignatures(evaluation.actas, readSostenedorSignatures(docs.review));
  return {
    profile: readProfile(docs.profile).profile,
    pme: readPme(docs.pme, schoolId, year),
    monitoring: readMonitoring(docs.monitoring),
    programme: readProgramme(docs.programme),
    evaluation: { ...evaluation, actas },
    diagnosisAggregate: aggregateOf(docs.diagnosis),
    evaluationAggregate: aggregateOf(docs.evaluation),
  };
}

/** The responses of the diagnosis's or the evaluation's survey, with the instruments they answer. */
export function surveyResponses(
  docs: DossierDocs,
  which: 'diagnosis' | 'evaluation',
): {
  instruments: Instrument[];
  responses: Response[];
} {
  const doc = docs[which];
  return { instruments: readInstruments(doc).items, responses: readResponses(doc).items };
}

/** The school's results data (SIMCE, IDPS, eficiencia interna), kept in the diagnosis document. */
export const dossierResults = (docs: DossierDocs) => readResults(docs.diagnosis);

/** Records in the programme that a deliverable was produced on that day (a local edit). */
export async function recordReportProduced(
  workspace: Workspace,
  schoolId: SchoolId,
  code: DeliverableCode,
  on: string,
): Promise<void> {
  const programme = await workspace.openWritable(docName(schoolId, 'programme'));
  if (programme) recordProduced(programme, code, on, LOCAL_EDIT);
}

// Everything the dossier needs, read once from the school's six documents as they are now: the
// school's identity, the PME (working plan and frozen versions), monitoring (with closed cortes
// read from their snapshots), the programme, the evaluation and its participatory survey, and the
// year evaluated. Plain data from here on: the parts only format and render it.
import type { DiagnosisAggregate } from '../../../domain/diagnosis/aggregation.ts';
import { currentActas, isSigned } from '../../../domain/evaluation/acta.ts';
import { mineducSchoolOf, type MineducSchool } from '../../../domain/export/mineducSchool.ts';
import { schoolIdentityOf, type SchoolIdentity } from '../../../domain/schools/schoolIdentification.ts';
import type { StoredProfile } from '../../../domain/schools/storedProfile.ts';
import type { ActaView, EvaluationView } from '../../../data/docs/evaluation/index.ts';
import type { MonitoringView, ProgrammeView } from '../../../data/docs/evaluation/otherDocs.ts';
import { dossierResults, readDossierDocs, type DossierDocs } from '../../../data/docs/evaluation/schoolDocs.ts';
import type { PmeView } from '../../../data/docs/pme/read.ts';
import { effectiveData, type EffectiveData } from './sources.ts';

export type { DossierDocs };

export interface DossierSchool extends SchoolIdentity {
  /** Digits only, as files are named. */
  rbd: string;
  ids: MineducSchool;
}

export interface SchoolState {
  schoolId: string;
  school: DossierSchool;
  profile: StoredProfile;
  advisor: string;
  today: string;
  /** The annual plan evaluated: the acta's year, else the last corte's, else the plan's last. */
  year: number;
  docs: DossierDocs;
  pme: PmeView;
  monitoring: MonitoringView;
  effective: EffectiveData;
  programme: ProgrammeView;
  evaluation: EvaluationView;
  /** The acta in force for the year (not replaced by a correction), signed or not; null when none. */
  acta: ActaView | null;
  diagnosisAggregate: DiagnosisAggregate | null;
  evaluationAggregate: DiagnosisAggregate | null;
}

function schoolOf(schoolId: string, profile: StoredProfile): DossierSchool {
  return {
    ...schoolIdentityOf(schoolId, profile),
    rbd: profile.rbd !== undefined ? String(profile.rbd) : schoolId,
    ids: mineducSchoolOf(schoolId, profile),
  };
}

function yearOf(pme: PmeView, monitoring: MonitoringView, evaluation: EvaluationView, today: string): number {
  const acta = evaluation.actas.at(-1);
  if (acta) return acta.acta.year;
  const cycle = monitoring.cycles.at(-1);
  if (cycle) return cycle.year;
  const years = pme.plan.actions.map((a) => a.year);
  return years.length > 0 ? Math.max(...years) : Number(today.slice(0, 4));
}

/** The acta of `year` in force: signed ones first, then the latest by date. */
function actaOf(evaluation: EvaluationView, year: number): ActaView | null {
  const inForce = new Set(currentActas(evaluation.actas.map((a) => a.acta)).map((a) => a.id));
  const candidates = evaluation.actas.filter((a) => a.acta.year === year && inForce.has(a.acta.id));
  return candidates.filter((a) => isSigned(a.acta)).at(-1) ?? candidates.at(-1) ?? null;
}

export function readSchoolState(schoolId: string, docs: DossierDocs, advisor: string, today: string): SchoolState {
  const read = readDossierDocs(docs, schoolId, Number(today.slice(0, 4)));
  const { profile, pme, monitoring, evaluation } = read;
  const year = yearOf(pme, monitoring, evaluation, today);
  return {
    schoolId,
    school: schoolOf(schoolId, profile),
    profile,
    advisor,
    today,
    year,
    docs,
    pme,
    monitoring,
    effective: effectiveData(monitoring),
    programme: read.programme,
    evaluation,
    acta: actaOf(evaluation, year),
    diagnosisAggregate: read.diagnosisAggregate,
    evaluationAggregate: read.evaluationAggregate,
  };
}

/** The school's results data (SIMCE, IDPS, eficiencia interna), kept in the diagnosis document. */
export const resultsOf = (state: SchoolState) => dossierResults(state.docs);

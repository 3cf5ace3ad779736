// The Informe Diagnóstico's input, gathered from the school's documents as they are now (the
// diagnosis, and the profile for the cover), and the delivery mark it leaves in the programme.
import type * as Y from 'yjs';
import { docName, type SchoolId } from '../../../domain/wire/documentNames.ts';
import { aggregateDiagnosis } from '../../../domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../../domain/diagnosis/findings.ts';
import { applyFindingOverrides } from '../../../domain/diagnosis/findingOverrides.ts';
import type { DiagnosisReportInput } from '../../../domain/diagnosis/report/content.ts';
import { schoolIdentityOf } from '../../../domain/schools/schoolIdentification.ts';
import type { StoredProfile } from '../../../domain/schools/storedProfile.ts';
import { recordProduced } from '../programme/deliverables.ts';
import { readProfile } from '../profile/fields.ts';
import { LOCAL_EDIT, type Workspace } from '../../workspace.ts';
import { readInstruments, readPopulation, readResponses } from './survey.ts';
import { readConclusions, readFindingOverrides } from './review.ts';
import { readPeiPlanes } from './peiPlanes.ts';
import { readPrioritisation } from './prioritisation.ts';
import { readEfficiency, readIdps, readSimce } from './results.ts';

export interface ReportSources {
  schoolId: string;
  profile: StoredProfile;
  /** The advisor's name as printed. */
  advisor: string;
  /** The report's date (ISO). */
  dateIso: string;
}

/** The report builder's input from the school's diagnosis document as it is now. */
export function gatherDiagnosisReportInput(
  schoolId: string,
  diagnosis: Y.Doc,
  profile: StoredProfile,
  advisor: string,
  dateIso: string,
): DiagnosisReportInput {
  const instruments = readInstruments(diagnosis).items;
  const aggregate = aggregateDiagnosis(instruments, readResponses(diagnosis).items, readPopulation(diagnosis));
  const findings = applyFindingOverrides(proposeFindings(aggregate), readFindingOverrides(diagnosis));
  const prioritisation = readPrioritisation(diagnosis);
  const peiPlanes = readPeiPlanes(diagnosis);
  return {
    school: schoolIdentityOf(schoolId, profile),
    advisor,
    date: dateIso,
    aggregate,
    findings,
    results: {
      simce: readSimce(diagnosis).items.map((i) => i.row),
      idps: readIdps(diagnosis).items.map((i) => i.row),
      efficiency: readEfficiency(diagnosis).items.map((i) => i.row),
    },
    peiPlanes,
    prioritisation: { method: prioritisation.method, problems: prioritisation.problems },
    conclusions: readConclusions(diagnosis),
  };
}

/** The school's profile as the report's cover prints it. */
export async function reportProfile(workspace: Workspace, schoolId: SchoolId): Promise<StoredProfile> {
  return readProfile(await workspace.openSchoolProfile(schoolId)).profile;
}

/** The asesoría's checklist shows the informe delivered from that date. */
export async function markReportDelivered(workspace: Workspace, schoolId: SchoolId, dateIso: string): Promise<void> {
  const programme = await workspace.openWritable(docName(schoolId, 'programme'));
  if (programme) recordProduced(programme, 'informe-diagnostico', dateIso, LOCAL_EDIT);
}

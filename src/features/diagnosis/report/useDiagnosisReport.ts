// Gathers the live data of a school's documents (profile + diagnosis) into the report builder's
// input, renders the PDF (jspdf, loaded on demand from the precached bundle: works offline) and
// saves it as `informe-diagnostico-<rbd>.pdf`.
import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { docName, type SchoolId } from '../../../domain/wire/documentNames.ts';
import { aggregateDiagnosis } from '../../../domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../../domain/diagnosis/findings.ts';
import { applyFindingOverrides } from '../../../domain/diagnosis/findingOverrides.ts';
import { buildDiagnosisReport, type DiagnosisReportInput } from '../../../domain/diagnosis/report/content.ts';
import { DEPENDENCIAS } from '../../../domain/schools/enums.ts';
import type { StoredProfile } from '../../../domain/schools/storedProfile.ts';
import { findComuna } from '../../../domain/territory/territory.ts';
import { readInstruments, readPopulation, readResponses } from '../../../data/diagnosisDoc.ts';
import { readConclusions, readFindingOverrides } from '../../../data/diagnosisReviewDoc.ts';
import { readPeiPlanes } from '../../../data/peiPlanesDoc.ts';
import { readPrioritisation } from '../../../data/prioritisationDoc.ts';
import { readEfficiency, readIdps, readSimce } from '../../../data/resultsDataDoc.ts';
import { readProfile } from '../../../data/schoolProfileDoc.ts';
import { useSession, useWorkspace } from '../../session/index.ts';
import { saveBlob } from '../../files/index.ts';
import { localIsoDate } from '../../../domain/pme/calendar.ts';
import { recordProduced } from '../../../data/programmeDoc.ts';
import { LOCAL_EDIT } from '../../../data/workspace.ts';

/** The report builder's input from the school's documents as they are now. */
export function gatherDiagnosisReportInput(
  schoolId: string,
  diagnosis: Y.Doc,
  profile: StoredProfile,
  advisor: string,
  dateIso: string,
): DiagnosisReportInput {
  const aggregate = aggregateDiagnosis(readInstruments(diagnosis).items, readResponses(diagnosis).items, readPopulation(diagnosis));
  const findings = applyFindingOverrides(proposeFindings(aggregate), readFindingOverrides(diagnosis));
  const prioritisation = readPrioritisation(diagnosis);
  const peiPlanes = readPeiPlanes(diagnosis);
  return {
    school: {
      name: profile.name ?? `Establecimiento ${schoolId}`,
      rbd: profile.rbd !== undefined ? String(profile.rbd) : schoolId,
      dv: profile.dv ?? '',
      comuna: (profile.comunaCode && findComuna(profile.comunaCode)?.name) || '—',
      dependencia: DEPENDENCIAS.find((d) => d.code === profile.dependencia)?.label ?? '—',
    },
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



export interface DiagnosisReportAction {
  busy: boolean;
  error: string | null;
  download: () => Promise<void>;
}

export function useDiagnosisReport(schoolId: SchoolId): DiagnosisReportAction {
  const workspace = useWorkspace();
  const session = useSession();
  const advisor = session.status === 'signed-in' ? session.session.user.displayName || session.session.user.username : '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const [diagnosis, profileDoc, { renderDiagnosisPdf }] = await Promise.all([
        workspace.openDoc(docName(schoolId, 'diagnosis')),
        workspace.openSchoolProfile(schoolId),
        import('./renderPdf.ts'),
      ]);
      const input = gatherDiagnosisReportInput(String(schoolId), diagnosis, readProfile(profileDoc).profile, advisor, localIsoDate());
      const pdf = renderDiagnosisPdf(buildDiagnosisReport(input));
      saveBlob(pdf.output('blob'), `informe-diagnostico-${input.school.rbd}.pdf`);
      // The asesoría's checklist shows it delivered from today.
      recordProduced(await workspace.openDoc(docName(schoolId, 'programme')), 'informe-diagnostico', localIsoDate(), LOCAL_EDIT);
    } catch (e) {
      console.error('Informe diagnóstico', e);
      setError('No se pudo generar el informe. Intente nuevamente.');
    } finally {
      setBusy(false);
    }
  }, [workspace, schoolId, advisor]);
  return { busy, error, download };
}

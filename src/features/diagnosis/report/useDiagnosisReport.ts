// Gathers the live data of a school's documents (profile + diagnosis) into the report builder's
// input, renders the PDF (jspdf, loaded on demand from the precached bundle: works offline) and
// saves it as `informe-diagnostico-<rbd>.pdf`.
import { useCallback, useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { buildDiagnosisReport } from '../../../domain/diagnosis/report/content.ts';
import { actorOf } from '../../../data/docs/actor.ts';
import { openHandle } from '../../../data/docs/open.ts';
import { diagnosisHandle, markReportDelivered, reportProfile } from '../../../data/docs/diagnosis/index.ts';
import { useCurrentUser, useWorkspace } from '../../session/index.ts';
import { saveBlob } from '../../files/index.ts';
import { localIsoDate } from '../../../domain/shared/localDates.ts';

export { gatherDiagnosisReportInput } from '../../../data/docs/diagnosis/index.ts';

export interface DiagnosisReportAction {
  busy: boolean;
  error: string | null;
  download: () => Promise<void>;
}

export function useDiagnosisReport(schoolId: SchoolId): DiagnosisReportAction {
  const workspace = useWorkspace();
  // The advisor's name as printed: display name, else username (empty while signed out).
  const { userId, name: advisor } = useCurrentUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const [diagnosis, profile, { renderDiagnosisPdf }] = await Promise.all([
        openHandle(workspace, schoolId, 'diagnosis', diagnosisHandle, actorOf({ userId, name: advisor })),
        reportProfile(workspace, schoolId),
        import('./renderPdf.ts'),
      ]);
      const input = diagnosis.reportInput({ schoolId: String(schoolId), profile, advisor, dateIso: localIsoDate() });
      const pdf = renderDiagnosisPdf(buildDiagnosisReport(input));
      saveBlob(pdf.output('blob'), `informe-diagnostico-${input.school.rbd}.pdf`);
      // The asesoría's checklist shows it delivered from today.
      await markReportDelivered(workspace, schoolId, localIsoDate());
    } catch (e) {
      console.error('Informe diagnóstico', e);
      setError('No se pudo generar el informe. Intente nuevamente.');
    } finally {
      setBusy(false);
    }
  }, [workspace, schoolId, advisor, userId]);
  return { busy, error, download };
}

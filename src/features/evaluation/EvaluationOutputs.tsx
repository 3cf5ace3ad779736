// The evaluation's documents, made on the device: the Informe de Evaluación, the Acta de Verificación
// and the school's final dossier (one ZIP with every deliverable and the data).
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { buildEvaluationReport } from '../../domain/evaluation/report/evaluationReport.ts';
import { actaPlanVersion, buildActaVerificacion } from '../../domain/evaluation/report/actaContent.ts';
import { currentActas } from '../../domain/evaluation/acta.ts';
import { printableImage } from '../../data/images/index.ts';
import { evaluationSources, type EvaluationData } from './useEvaluation.ts';
import { saveBlob, useFileAction, useSchoolInfo } from '../files/index.ts';
import { useAttachments, useWorkspace, useCurrentUser } from '../session/index.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { openDossierDocs, recordReportProduced } from '../../data/docs/evaluation/schoolDocs.ts';

interface Props {
  schoolId: SchoolId;
  data: EvaluationData;
  year: number;
}

// Long: three output buttons inline (lazy import, render, save); they move to the shared output button.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function EvaluationOutputs({ schoolId, data, year }: Props) {
  const school = useSchoolInfo(schoolId);
  const who = useCurrentUser();
  const workspace = useWorkspace();
  const attachments = useAttachments();
  const { busy, error, run } = useFileAction('evaluation');
  const { pme, monitoring, evaluation } = data;
  const sources = evaluationSources(data, year);
  if (!pme || !monitoring || !evaluation || !sources) return null;
  const images = async (hash: string) => {
    const got = await attachments.fetchAttachment(schoolId, hash);
    if (!got.ok) return null;
    return printableImage(new Uint8Array(await got.blob.arrayBuffer()));
  };
  const acta = currentActas(evaluation.actas.map((a) => a.acta)).find((a) => a.year === year);
  return (
    <div className="pme-outputs" data-testid="evaluation-outputs">
      <button
        type="button"
        disabled={busy !== null}
        data-testid="evaluation-pdf"
        onClick={() =>
          void run('informe', async () => {
            const { renderEvaluationPdf } = await import('./report/renderEvaluation.ts');
            // The same sources as the Análisis screen.
            const { projective, close: sistematizacion } = evaluation;
            const date = localIsoDate();
            const input = { ...sources, school, advisor: who.name, date, projective, sistematizacion };
            const content = buildEvaluationReport(input);
            const pdf = new Blob([renderEvaluationPdf(content) as BlobPart], { type: 'application/pdf' });
            saveBlob(pdf, `informe-evaluacion-${school.rbd}-${year}.pdf`);
            await recordReportProduced(workspace, schoolId, 'informe-evaluacion', date);
          })
        }
      >
        Informe de Evaluación (PDF)
      </button>
      {acta && (
        <button
          type="button"
          disabled={busy !== null}
          data-testid="acta-pdf"
          onClick={() =>
            void run('acta', async () => {
              const { renderActaVerificacionPdf } = await import('./report/renderActaVerificacion.ts');
              // The version the acta verifies, as the dossier prints it.
              const version = actaPlanVersion(acta, pme.versions);
              const content = buildActaVerificacion({
                school,
                acta,
                actas: evaluation.actas.map((a) => a.acta),
                pme: version?.plan ?? pme.plan,
                pmeVersionLabel: version?.label ?? null,
                records: sources.records,
                cycles: monitoring.cycles,
              });
              const imgs = new Map<string, { bytes: Uint8Array; type: 'image/png' | 'image/jpeg' | 'image/webp' }>();
              for (const s of acta.signatures) {
                const img = await images(s.signature.hash);
                if (img) imgs.set(s.signature.hash, img);
              }
              const pdf = new Blob([renderActaVerificacionPdf(content, imgs) as BlobPart], { type: 'application/pdf' });
              saveBlob(pdf, `acta-verificacion-${school.rbd}-${year}.pdf`);
            })
          }
        >
          Acta de Verificación (PDF)
        </button>
      )}
      <button
        type="button"
        disabled={busy !== null}
        data-testid="dossier-zip"
        onClick={() =>
          void run('dossier', async () => {
            const { buildDossier } = await import('./dossier/buildDossier.ts');
            const docs = await openDossierDocs(workspace, schoolId);
            const { zip } = await buildDossier({ schoolId, docs, advisor: who.name, today: localIsoDate(), images });
            saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `dossier-${school.rbd}.zip`);
          })
        }
      >
        {busy === 'dossier' ? 'Preparando el dossier…' : 'Dossier final (ZIP)'}
      </button>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </div>
  );
}

// The evaluation's documents, made on the device: the Informe de Evaluación, the Acta de Verificación
// and the school's final dossier (one ZIP with every deliverable and the data).
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { currentActas } from '../../domain/evaluation/acta.ts';
import { printableImage } from '../../data/images/index.ts';
import { evaluationSources, type EvaluationData } from './useEvaluation.ts';
import { OutputButton, OutputError, useFileAction, useSchoolInfo } from '../files/index.ts';
import { useAttachments, useWorkspace, useCurrentUser } from '../session/index.ts';
import { makeActaPdf, makeDossier, makeEvaluationReport, type OutputContext } from './outputJobs.ts';

interface Props {
  schoolId: SchoolId;
  data: EvaluationData;
  year: number;
}

function useOutputContext(schoolId: SchoolId): OutputContext {
  const school = useSchoolInfo(schoolId);
  const advisor = useCurrentUser().name;
  const workspace = useWorkspace();
  const attachments = useAttachments();
  const images = async (hash: string) => {
    const got = await attachments.fetchAttachment(schoolId, hash);
    if (!got.ok) return null;
    return printableImage(new Uint8Array(await got.blob.arrayBuffer()));
  };
  return { schoolId, school, advisor, workspace, images };
}

export function EvaluationOutputs({ schoolId, data, year }: Props) {
  const ctx = useOutputContext(schoolId);
  const { busy, error, run } = useFileAction('evaluation');
  const { pme, monitoring, evaluation } = data;
  const sources = evaluationSources(data, year);
  if (!pme || !monitoring || !evaluation || !sources) return null;
  const acta = currentActas(evaluation.actas.map((a) => a.acta)).find((a) => a.year === year);
  const actaInput = acta && { acta, pme, monitoring, evaluation, sources, year };
  return (
    <div className="pme-outputs" data-testid="evaluation-outputs">
      <OutputButton
        testId="evaluation-pdf"
        busy={busy !== null}
        onClick={() => run('informe', () => makeEvaluationReport(ctx, sources, evaluation, year))}
      >
        Informe de Evaluación (PDF)
      </OutputButton>
      {actaInput && (
        <OutputButton
          testId="acta-pdf"
          busy={busy !== null}
          onClick={() => run('acta', () => makeActaPdf(ctx, actaInput))}
        >
          Acta de Verificación (PDF)
        </OutputButton>
      )}
      <OutputButton testId="dossier-zip" busy={busy !== null} onClick={() => run('dossier', () => makeDossier(ctx))}>
        {busy === 'dossier' ? 'Preparando el dossier…' : 'Dossier final (ZIP)'}
      </OutputButton>
      <OutputError error={error} />
    </div>
  );
}

// How each of the evaluation's documents is made on the device: render, save, and (for the informe)
// record that it was produced. The PDF and ZIP writers load on demand.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { buildEvaluationReport } from '../../domain/evaluation/report/evaluationReport.ts';
import type { EvaluationSources } from '../../domain/evaluation/figures.ts';
import { actaPlanVersion, buildActaVerificacion } from '../../domain/evaluation/report/actaContent.ts';
import type { ActaVerificacion } from '../../domain/evaluation/acta.ts';
import type { EvaluationContent } from '../../data/docs/evaluation/index.ts';
import type { MonitoringView } from '../../data/docs/evaluation/otherDocs.ts';
import type { PmeView } from '../../data/docs/pme/read.ts';
import { openDossierDocs, recordReportProduced } from '../../data/docs/evaluation/schoolDocs.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { saveBlob, type SchoolInfo } from '../files/index.ts';
import type { ActaImages } from './report/renderActaVerificacion.ts';

type ActaImage = ActaImages extends ReadonlyMap<string, infer I> ? I : never;

/** Who makes the documents, for which school, and how signatures are fetched. */
export interface OutputContext {
  schoolId: SchoolId;
  school: SchoolInfo;
  advisor: string;
  workspace: Parameters<typeof openDossierDocs>[0];
  images: (hash: string) => Promise<ActaImage | null>;
}

const pdfBlob = (bytes: Uint8Array) => new Blob([bytes as BlobPart], { type: 'application/pdf' });

export async function makeEvaluationReport(
  ctx: OutputContext,
  sources: EvaluationSources,
  evaluation: EvaluationContent,
  year: number,
): Promise<void> {
  const { renderEvaluationPdf } = await import('./report/renderEvaluation.ts');
  // The same sources as the Análisis screen.
  const { projective, close: sistematizacion } = evaluation;
  const date = localIsoDate();
  const input = { ...sources, school: ctx.school, advisor: ctx.advisor, date, projective, sistematizacion };
  saveBlob(
    pdfBlob(renderEvaluationPdf(buildEvaluationReport(input))),
    `informe-evaluacion-${ctx.school.rbd}-${year}.pdf`,
  );
  await recordReportProduced(ctx.workspace, ctx.schoolId, 'informe-evaluacion', date);
}

interface ActaInput {
  acta: ActaVerificacion;
  pme: PmeView;
  monitoring: MonitoringView;
  evaluation: EvaluationContent;
  sources: EvaluationSources;
  year: number;
}

export async function makeActaPdf(ctx: OutputContext, { acta, pme, monitoring, evaluation, sources, year }: ActaInput) {
  const { renderActaVerificacionPdf } = await import('./report/renderActaVerificacion.ts');
  // The version the acta verifies, as the dossier prints it.
  const version = actaPlanVersion(acta, pme.versions);
  const content = buildActaVerificacion({
    school: ctx.school,
    acta,
    actas: evaluation.actas.map((a) => a.acta),
    pme: version?.plan ?? pme.plan,
    pmeVersionLabel: version?.label ?? null,
    records: sources.records,
    cycles: monitoring.cycles,
  });
  const imgs = new Map<string, ActaImage>();
  for (const s of acta.signatures) {
    const img = await ctx.images(s.signature.hash);
    if (img) imgs.set(s.signature.hash, img);
  }
  saveBlob(pdfBlob(renderActaVerificacionPdf(content, imgs)), `acta-verificacion-${ctx.school.rbd}-${year}.pdf`);
}

export async function makeDossier(ctx: OutputContext): Promise<void> {
  const { buildDossier } = await import('./dossier/buildDossier.ts');
  const docs = await openDossierDocs(ctx.workspace, ctx.schoolId);
  const input = { schoolId: ctx.schoolId, docs, advisor: ctx.advisor, today: localIsoDate(), images: ctx.images };
  const { zip } = await buildDossier(input);
  saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `dossier-${ctx.school.rbd}.zip`);
}

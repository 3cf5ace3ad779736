// The dossier's PDF deliverables, each made by the feature that owns it (sources.ts) from the
// school's state. A deliverable that cannot exist yet (no Versión Final, a corte still open, an
// acta without its signatures) is not made: it comes back as `missing`, with the reason in Spanish
// for the LEEME.txt.
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import { buildDiagnosisReport } from '../../../domain/diagnosis/report/content.ts';
import { currentDecisions, decisionKindLabel } from '../../../domain/evaluation/decisions.ts';
import { REQUIRED_SIGNATORIES, SIGNATORY_ROLES, isSigned } from '../../../domain/evaluation/acta.ts';
import { actaPlanVersion, buildActaVerificacion } from '../../../domain/evaluation/report/actaContent.ts';
import { buildEvaluationReport } from '../../../domain/evaluation/report/evaluationReport.ts';
import { instrumentsContent } from '../../../domain/evaluation/report/instrumentsContent.ts';
import { sortCycles, type MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import { monitoringReportContent } from '../../../domain/monitoring/report/content.ts';
import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import { buildPmeReport } from '../../../domain/pme/report/content.ts';
import { versionLabel, type VersionKind } from '../../../domain/pme/versions.ts';
import { agreementsToReview, programmeEndDate } from '../../../domain/programme/index.ts';
import { buildActa } from '../../../domain/programme/report/acta.ts';
import { buildHoursReport } from '../../../domain/programme/report/hoursReport.ts';
import { renderActaVerificacionPdf, type ActaImages } from '../report/renderActaVerificacion.ts';
import { readDecisions } from '../../../data/docs/evaluation/otherDocs.ts';
import { renderEvaluationPdf } from '../report/renderEvaluation.ts';
import { renderInstrumentsPdf } from '../report/renderInstruments.ts';
import {
  computeDashboard,
  gatherDiagnosisReportInput,
  renderActaPdf,
  renderDiagnosisPdf,
  renderHoursReportPdf,
  renderMonitoringPdf,
  renderPmePdf,
} from './sources.ts';
import { resultsOf, type SchoolState } from './state.ts';

export type Made = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const made = (bytes: Uint8Array): Made => ({ ok: true, bytes });
const missing = (reason: string): Made => ({ ok: false, reason });

export function diagnosisPdf(s: SchoolState): Made {
  if (!s.diagnosisAggregate) return missing('El diagnóstico participativo aún no tiene respuestas.');
  const input = gatherDiagnosisReportInput(s.schoolId, s.docs.diagnosis, s.profile, s.advisor, s.today);
  return made(new Uint8Array(renderDiagnosisPdf(buildDiagnosisReport(input)).output('arraybuffer')));
}

export function pmeVersionPdf(s: SchoolState, kind: VersionKind): Made {
  const version = s.pme.versions.filter((v) => v.kind === kind).at(-1);
  if (!version)
    return missing(
      kind === 'final'
        ? 'El PME aún no tiene Versión Final: se marca en PME → Versiones cuando el plan pasa su validación.'
        : 'El PME no tiene un Borrador marcado.',
    );
  const report = buildPmeReport({
    school: s.school,
    plan: version.plan,
    version: { label: versionLabel(kind), date: version.createdAt },
    year: s.year,
  });
  return made(renderPmePdf(report));
}

export function instrumentsPdf(s: SchoolState): Made {
  if (s.monitoring.instruments.length === 0) return missing('No hay herramientas de monitoreo registradas.');
  return made(
    renderInstrumentsPdf(
      instrumentsContent({ school: s.school, instruments: s.monitoring.instruments, date: s.today }),
    ),
  );
}

/** The cortes of the year evaluated, in order. */
export const cortesOf = (s: SchoolState): MonitoringCycle[] =>
  sortCycles(s.monitoring.cycles.filter((c) => c.year === s.year));

/** The decisions of the year as the text the final monitoring report carries. */
function decisionsText(s: SchoolState): string {
  const label = (scope: string, id: string) =>
    (scope === 'accion'
      ? s.pme.plan.actions.find((a) => a.id === id)?.nombre
      : s.pme.plan.strategies.find((x) => x.id === id)?.text) ?? id;
  return currentDecisions(s.evaluation.decisions.filter((d) => d.year === s.year))
    .map((d) => `${decisionKindLabel(d.kind)}: ${label(d.scope, d.targetId)}. ${d.rationale}`)
    .join('\n');
}

export function monitoringPdf(s: SchoolState, cycle: MonitoringCycle, final: boolean): Made {
  if (!cycle.closedAt)
    return missing(`${cycle.name} aún no se cierra: su informe se incluye cuando el corte esté cerrado.`);
  const cycles = cortesOf(s);
  const content = monitoringReportContent({
    school: s.school,
    pme: s.pme.plan,
    cycle,
    cycles,
    dashboard: computeDashboard(s.monitoring, s.pme.plan, cycle, s.today),
    records: s.effective.records,
    // FT-4: a corte's own report prints the decisions stored for it, as the monitoring screen's PDF does.
    decisions: final ? decisionsText(s) : readDecisions(s.docs.monitoring, cycle.id),
    date: s.today,
  });
  return made(renderMonitoringPdf(final ? { ...content, title: 'Informe Final de Monitoreo' } : content));
}

export function evaluationPdf(s: SchoolState): Made {
  const m = s.effective;
  const report = buildEvaluationReport({
    school: s.school,
    advisor: s.advisor,
    date: s.today,
    year: s.year,
    pme: s.pme.plan,
    cycles: cortesOf(s),
    records: m.records,
    measurements: m.measurements,
    decisions: s.evaluation.decisions,
    diagnosis: s.diagnosisAggregate,
    evaluation: s.evaluationAggregate,
    results: resultsOf(s),
    projective: s.evaluation.projective,
    sistematizacion: s.evaluation.close,
  });
  return made(renderEvaluationPdf(report));
}

export function actaVerificacionPdf(s: SchoolState, images: ActaImages): Made {
  const view = s.acta;
  if (!view) return missing(`No hay Acta de Verificación del plan anual ${s.year}.`);
  if (!isSigned(view.acta)) {
    const pending = REQUIRED_SIGNATORIES.filter((r) => !view.acta.signatures.some((x) => x.role === r)).map(
      (r) => SIGNATORY_ROLES.find((x) => x.code === r)?.label ?? r,
    );
    return missing(
      `El Acta de Verificación del ${formatIsoDate(view.acta.date)} aún no está firmada (falta la firma de ${pending.join(' y ')}).`,
    );
  }
  const version = actaPlanVersion(view.acta, s.pme.versions);
  const content = buildActaVerificacion({
    school: s.school,
    acta: view.acta,
    actas: s.evaluation.actas.map((a) => a.acta),
    pme: version?.plan ?? s.pme.plan,
    pmeVersionLabel: version?.label ?? null,
    records: s.effective.records,
    cycles: s.monitoring.cycles,
  });
  return made(renderActaVerificacionPdf(content, images));
}

export function hoursPdf(s: SchoolState): Made {
  const { engagement, plan, sessions } = s.programme;
  if (!engagement) return missing('La asesoría no está abierta en la aplicación: no hay horas que informar.');
  const from = plan[0]?.startDate ?? engagement.startDate;
  const end = plan.length > 0 ? programmeEndDate(plan) : s.today;
  const to = end < from ? from : end;
  return made(
    renderHoursReportPdf(
      buildHoursReport({ school: s.school, advisor: s.advisor, engagement, plan, sessions, from, to, today: s.today }),
    ),
  );
}

/** Sessions with an acta: every session held up to today, in date order. */
export const heldSessions = (s: SchoolState) => s.programme.sessions.filter((x) => x.date <= s.today);

export function sessionActaPdf(s: SchoolState, sessionId: string, images: ActaImages): Uint8Array {
  const session = s.programme.sessions.find((x) => x.id === sessionId);
  if (!session) throw new Error(`dossier: no session ${sessionId}`);
  const review = agreementsToReview(s.programme.sessions, session.date, session.startTime).map((r) => r.agreement);
  const monthTheme = s.programme.plan.find((m) => m.month === session.programmeMonth)?.theme ?? null;
  return renderActaPdf(
    buildActa({ school: s.school, advisor: s.advisor, session, monthTheme, reviewed: review }),
    images,
  );
}

/** Every image the PDFs may draw: session signatures and photos, and the acta's signatures. */
export function imageRefs(s: SchoolState): AttachmentRef[] {
  const refs = [
    ...heldSessions(s).flatMap((x) => [
      ...x.participants.flatMap((p) => (p.signature ? [p.signature] : [])),
      ...x.photos,
    ]),
    ...(s.acta?.acta.signatures.map((x) => x.signature) ?? []),
  ];
  return [...new Map(refs.map((r) => [r.hash, r])).values()];
}

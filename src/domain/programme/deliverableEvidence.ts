// Deliverables the app itself produced (issue 12 §7): the checklist shows them "entregado" with a date
// without anyone ticking them, from the documents' own facts, and a state set by hand still wins.
//
// Rules, exactly (dates are local calendar dates, given already converted):
// - Informe Diagnóstico Participativo, Informe de Evaluación, Herramientas de monitoreo: the first time
//   the app produced that document (recorded when its PDF or tool was made).
// - Borrador PME / PME Versión Final: the first frozen version of that kind.
// - 1er Informe de Monitoreo: the first corte closed, or its PDF produced, whichever came first.
// - Informes finales de Monitoreo: every corte of the latest year with cortes closed (at least two
//   cortes): the day the last one closed.
// - Acta/Informe de Verificación: the first acta signed by every required signatory: its last signature.
// - Effective state: a state recorded by hand wins; otherwise the app's evidence gives "entregado" on
//   its date; otherwise "pendiente".
import type { DeliverableStates } from './deliverables.ts';
import type { DeliverableCode } from './template.ts';

export interface DeliverableFacts {
  /** Dates (local, ISO) on which the app produced a document, by deliverable: the first one kept. */
  produced: Partial<Record<DeliverableCode, string>>;
  pmeVersions: readonly { kind: 'borrador' | 'final'; on: string }[];
  cortes: readonly { year: number; closedOn: string | null }[];
  /** Actas fully signed, with the date of the signature that completed them. */
  signedActas: readonly { completedOn: string }[];
}

export interface DeliverableEvidence {
  on: string;
  /** What the app saw, in Spanish ("Versión Final congelada"). */
  what: string;
}

export type DeliverableEvidenceMap = Partial<Record<DeliverableCode, DeliverableEvidence>>;

const earliest = (dates: readonly (string | null | undefined)[]): string | null =>
  dates.filter((d): d is string => typeof d === 'string' && d !== '').sort()[0] ?? null;

function finalCortes(cortes: DeliverableFacts['cortes']): string | null {
  const latestYear = Math.max(...cortes.map((c) => c.year));
  const ofYear = cortes.filter((c) => c.year === latestYear);
  if (ofYear.length < 2 || ofYear.some((c) => c.closedOn === null)) return null;
  return (
    ofYear
      .map((c) => c.closedOn!)
      .sort()
      .at(-1) ?? null
  );
}

/** What the app's own documents say was delivered, and when. */
export function deliverableEvidence(facts: DeliverableFacts): DeliverableEvidenceMap {
  const out: DeliverableEvidenceMap = {};
  const put = (code: DeliverableCode, on: string | null, what: string) => {
    if (on !== null) out[code] = { on, what };
  };
  put('informe-diagnostico', facts.produced['informe-diagnostico'] ?? null, 'PDF generado en la app');
  put('herramientas-monitoreo', facts.produced['herramientas-monitoreo'] ?? null, 'herramienta creada en la app');
  put(
    'borrador-pme',
    earliest(facts.pmeVersions.filter((v) => v.kind === 'borrador').map((v) => v.on)),
    'Borrador congelado en la app',
  );
  put(
    'pme-version-final',
    earliest(facts.pmeVersions.filter((v) => v.kind === 'final').map((v) => v.on)),
    'Versión Final congelada en la app',
  );
  const firstClosed = earliest(facts.cortes.map((c) => c.closedOn));
  const firstReport = facts.produced['informe-monitoreo-1'] ?? null;
  const firstMonitoring = earliest([firstClosed, firstReport]);
  put(
    'informe-monitoreo-1',
    firstMonitoring,
    firstMonitoring === firstClosed ? 'primer corte cerrado en la app' : 'PDF generado en la app',
  );
  put(
    'informes-monitoreo-finales',
    facts.cortes.length > 0 ? finalCortes(facts.cortes) : null,
    'cortes del año cerrados en la app',
  );
  put('informe-evaluacion', facts.produced['informe-evaluacion'] ?? null, 'PDF generado en la app');
  put('acta-verificacion', earliest(facts.signedActas.map((a) => a.completedOn)), 'acta firmada en la app');
  return out;
}

/** The states the checklist shows: by hand first, then the app's evidence ("entregado" on its date). */
export function effectiveDeliverableStates(
  manual: DeliverableStates,
  evidence: DeliverableEvidenceMap,
): DeliverableStates {
  const out: DeliverableStates = { ...manual };
  for (const [code, e] of Object.entries(evidence) as [DeliverableCode, DeliverableEvidence][]) {
    if (out[code] === undefined) out[code] = { status: 'entregado', deliveredOn: e.on };
  }
  return out;
}

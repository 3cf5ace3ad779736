// Decisions of the previous year's evaluation to adjust or reprogram an action or an estrategia show
// up here, in the annual plan they are for, as proposals for the team to act on.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { currentDecisions, decisionKindLabel, proposalsForNextYear } from '../../domain/evaluation/decisions.ts';
import { readEvaluation } from '../../data/docs/evaluation/read.ts';
import { useDocView, useView } from '../session/index.ts';

export function ProposalsPanel({ schoolId, pme, year }: { schoolId: SchoolId; pme: PmeHandle; year: number }) {
  const { view } = useDocView(schoolId, 'evaluation', readEvaluation);
  const { plan } = useView(pme.views.whole);
  if (!view) return null;
  const proposals = proposalsForNextYear(currentDecisions(view.decisions)).filter((p) => p.forYear === year);
  if (proposals.length === 0) return null;
  const label = (scope: string, id: string) =>
    (scope === 'accion'
      ? plan.actions.find((a) => a.id === id)?.nombre
      : plan.strategies.find((s) => s.id === id)?.text) ?? '(eliminada del plan)';
  return (
    <section className="banner info" data-testid="pme-proposals">
      <strong>Propuestas de la evaluación {year - 1} para este año</strong>
      <ul>
        {proposals.map((p) => (
          <li key={p.decisionId}>
            {decisionKindLabel(p.kind)} {p.scope === 'accion' ? 'la acción' : 'la estrategia'} «
            {label(p.scope, p.targetId)}»: {p.proposal || p.rationale}
          </li>
        ))}
      </ul>
    </section>
  );
}

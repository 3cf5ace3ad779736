// Month 7: cumplimiento de acciones, logro de metas, estrategias and objectives, impact (diagnosis
// against evaluation, and results over the years) and the evaluación proyectiva. Every figure comes
// from evaluationFigures(evaluationInputs(sources)) and is formatted by evaluationSections: the same
// calls, with the same sources, that make the Informe de Evaluación.
import { evaluationFigures, evaluationInputs, type EvaluationSources } from '../../domain/evaluation/figures.ts';
import type { ProjectiveItem } from '../../domain/evaluation/projective.ts';
import { evaluationSections } from '../../domain/evaluation/report/evaluationReport.ts';
import type { EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import { Facts } from './analysis/FigureTable.tsx';
import { ComplianceSection, GoalsSection, ImpactSection } from './analysis/FigureSections.tsx';
import { ProjectiveSection } from './analysis/ProjectiveSection.tsx';

interface Props {
  evaluation: EvaluationHandle;
  sources: EvaluationSources;
  items: ProjectiveItem[];
}

export function AnalysisTab({ evaluation, sources, items }: Props) {
  const figures = evaluationFigures(evaluationInputs(sources));
  const view = evaluationSections(figures);
  const year = figures.inputs.year;
  return (
    <div className="analysis" data-testid="analysis">
      <section>
        <h3>Resumen {year}</h3>
        <Facts testId="compliance-total" rows={view.summary} />
      </section>
      <ComplianceSection year={year} view={view} />
      <GoalsSection year={year} view={view} figures={figures} />
      <ImpactSection impact={view.impact} />
      <ProjectiveSection year={year} figures={figures} items={items} evaluation={evaluation} />
    </div>
  );
}

// The Análisis's figure sections: cumplimiento de acciones, logro de metas and objectives, impact.
import type { EvaluationFigures } from '../../../domain/evaluation/figures.ts';
// The tables use the report's own column headers, so the screen and the PDF read the same.
import * as report from '../../../domain/evaluation/report/evaluationReport.ts';
import * as impactReport from '../../../domain/evaluation/report/evaluationImpact.ts';
import { Facts, FigureTable } from './FigureTable.tsx';

type Sections = report.EvaluationSections;

export function ComplianceSection({ year, view }: { year: number; view: Sections }) {
  const { compliance } = view;
  return (
    <section>
      <h3>Cumplimiento de acciones {year}</h3>
      <FigureTable
        testId="compliance-by-dimension"
        headers={report.COMPLIANCE_HEADERS}
        rows={compliance.byDimension}
        foot={compliance.total}
      />
      <h4>Ejecución presupuestaria por dimensión</h4>
      <FigureTable testId="compliance-budget" headers={report.BUDGET_HEADERS} rows={compliance.budget} />
      <h4>Cumplimiento por estrategia</h4>
      <FigureTable testId="compliance-strategies" headers={report.STRATEGY_HEADERS} rows={compliance.byStrategy} />
      <details>
        <summary>Acciones</summary>
        <FigureTable testId="compliance-actions" headers={report.ACTION_HEADERS} rows={compliance.actions} />
      </details>
    </section>
  );
}

export function GoalsSection({ year, view, figures }: { year: number; view: Sections; figures: EvaluationFigures }) {
  return (
    <section>
      <h3>Logro de metas {year}</h3>
      <p className="muted">{view.goals.note}</p>
      <Facts testId="goal-counts" rows={view.goals.counts} />
      <FigureTable
        testId="goal-achievement"
        headers={report.GOAL_HEADERS}
        rows={view.goals.rows}
        rowKeys={figures.achievements.map((g) => g.goalId)}
      />
      <h4>Acercamiento a los objetivos estratégicos</h4>
      <FigureTable testId="objectives" headers={report.OBJECTIVE_HEADERS} rows={view.objectives} />
    </section>
  );
}

export function ImpactSection({ impact }: { impact: Sections['impact'] }) {
  return (
    <section>
      <h3>Impacto: diagnóstico y evaluación</h3>
      {impact.note && <p className="muted">{impact.note}</p>}
      {impact.groupsNote && <p data-testid="impact-groups">{impact.groupsNote}</p>}
      {impact.dimensions.length > 0 && (
        <FigureTable testId="impact" headers={impactReport.IMPACT_DIMENSION_HEADERS} rows={impact.dimensions} />
      )}
      {impact.groups.length > 0 && (
        <>
          <h4>Por estamento</h4>
          <FigureTable testId="impact-groups-table" headers={impactReport.IMPACT_GROUP_HEADERS} rows={impact.groups} />
        </>
      )}
      {impact.results.length > 0 && (
        <>
          <h4>Resultados a lo largo de los años</h4>
          <FigureTable testId="impact-results" headers={impactReport.RESULTS_HEADERS} rows={impact.results} />
        </>
      )}
    </section>
  );
}

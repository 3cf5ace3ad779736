// Month 7: cumplimiento de acciones, logro de metas, estrategias and objectives, impact (diagnosis
// against evaluation, and results over the years) and the evaluación proyectiva. Every figure comes
// from evaluationFigures(evaluationInputs(sources)) and is formatted by evaluationSections: the same
// calls, with the same sources, that make the Informe de Evaluación (R-8).
import { useState } from 'react';
import type * as Y from 'yjs';
import { categoryLabel, type GoalCategory } from '../../domain/evaluation/goals.ts';
import { evaluationFigures, evaluationInputs, type EvaluationSources } from '../../domain/evaluation/figures.ts';
import type { ProjectiveItem } from '../../domain/evaluation/projective.ts';
import {
  ACTION_HEADERS, BUDGET_HEADERS, COMPLIANCE_HEADERS, GOAL_HEADERS, OBJECTIVE_HEADERS, STRATEGY_HEADERS, evaluationSections, type CategorisedRow,
} from '../../domain/evaluation/report/evaluationReport.ts';
import { IMPACT_DIMENSION_HEADERS, IMPACT_GROUP_HEADERS, RESULTS_HEADERS } from '../../domain/evaluation/report/evaluationImpact.ts';
import { putProjectiveItem, removeProjectiveItem } from '../../data/evaluationDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { newId } from './useEvaluation.ts';

interface TableProps {
  testId: string;
  headers: readonly string[];
  rows: readonly (string[] | CategorisedRow)[];
  foot?: string[];
  /** Marks each row (e.g. the goal id) for the screen's tests and links. */
  rowKeys?: readonly string[];
}

const cellsOf = (r: string[] | CategorisedRow) => (Array.isArray(r) ? r : r.cells);
const categoryOf = (r: string[] | CategorisedRow): GoalCategory | null => (Array.isArray(r) ? null : r.category);

/** A table of the report's formatted cells; the last cell of a categorised row is its category. */
function FigureTable({ testId, headers, rows, foot, rowKeys }: TableProps) {
  return (
    <table className="programme-table" data-testid={testId}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const cells = cellsOf(r);
          const category = categoryOf(r);
          return (
            <tr key={rowKeys?.[i] ?? i} data-row-key={rowKeys?.[i]}>
              {cells.map((c, j) => (
                <td key={j} className={category && j === cells.length - 1 ? `status goal-${category}` : j === cells.length - 2 && category ? 'goal-covered' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
      {foot && (
        <tfoot>
          <tr>
            {foot.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Facts({ testId, rows }: { testId: string; rows: readonly [string, string][] }) {
  return (
    <dl className="facts" data-testid={testId}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AnalysisTab({ doc, sources, items }: { doc: Y.Doc; sources: EvaluationSources; items: ProjectiveItem[] }) {
  const figures = evaluationFigures(evaluationInputs(sources));
  const view = evaluationSections(figures);
  const a = figures;
  const year = figures.inputs.year;
  const [text, setText] = useState('');
  const [list, setList] = useState<ProjectiveItem['list']>('keep');
  const impact = view.impact;
  return (
    <div className="analysis" data-testid="analysis">
      <section>
        <h3>Resumen {year}</h3>
        <Facts testId="compliance-total" rows={view.summary} />
      </section>
      <section>
        <h3>Cumplimiento de acciones {year}</h3>
        <FigureTable testId="compliance-by-dimension" headers={COMPLIANCE_HEADERS} rows={view.compliance.byDimension} foot={view.compliance.total} />
        <h4>Ejecución presupuestaria por dimensión</h4>
        <FigureTable testId="compliance-budget" headers={BUDGET_HEADERS} rows={view.compliance.budget} />
        <h4>Cumplimiento por estrategia</h4>
        <FigureTable testId="compliance-strategies" headers={STRATEGY_HEADERS} rows={view.compliance.byStrategy} />
        <details>
          <summary>Acciones</summary>
          <FigureTable testId="compliance-actions" headers={ACTION_HEADERS} rows={view.compliance.actions} />
        </details>
      </section>
      <section>
        <h3>Logro de metas {year}</h3>
        <p className="muted">{view.goals.note}</p>
        <Facts testId="goal-counts" rows={view.goals.counts} />
        <FigureTable testId="goal-achievement" headers={GOAL_HEADERS} rows={view.goals.rows} rowKeys={a.achievements.map((g) => g.goalId)} />
        <h4>Acercamiento a los objetivos estratégicos</h4>
        <FigureTable testId="objectives" headers={OBJECTIVE_HEADERS} rows={view.objectives} />
      </section>
      <section>
        <h3>Impacto: diagnóstico y evaluación</h3>
        {impact.note && <p className="muted">{impact.note}</p>}
        {impact.groupsNote && <p data-testid="impact-groups">{impact.groupsNote}</p>}
        {impact.dimensions.length > 0 && <FigureTable testId="impact" headers={IMPACT_DIMENSION_HEADERS} rows={impact.dimensions} />}
        {impact.groups.length > 0 && (
          <>
            <h4>Por estamento</h4>
            <FigureTable testId="impact-groups-table" headers={IMPACT_GROUP_HEADERS} rows={impact.groups} />
          </>
        )}
        {impact.results.length > 0 && (
          <>
            <h4>Resultados a lo largo de los años</h4>
            <FigureTable testId="impact-results" headers={RESULTS_HEADERS} rows={impact.results} />
          </>
        )}
      </section>
      <section data-testid="projective">
        <h3>Evaluación proyectiva para {year + 1}</h3>
        <p className="muted">Sugerido desde las decisiones y el logro de metas; el equipo lo redacta.</p>
        {(
          [
            ['keep', 'Mantener', a.projective.keep.map((e) => e.label)],
            ['change', 'Cambiar', a.projective.change.map((e) => `${e.label}${e.proposal ? `: ${e.proposal}` : ''}`)],
            ['add', 'Agregar', a.projective.add.map((e) => `Abordar la meta «${e.label}» (${categoryLabel(e.category).toLowerCase()})`)],
            ['drop', 'Dejar de hacer', a.projective.drop.map((e) => e.label)],
          ] as const
        ).map(([code, label, suggested]) => (
          <div key={code}>
            <h4>{label}</h4>
            <ul>
              {suggested.map((s, i) => (
                <li key={`s${i}`} className="muted">
                  {s}
                </li>
              ))}
              {items.filter((i) => i.list === code).map((i) => (
                <li key={i.id}>
                  {i.text}{' '}
                  <button type="button" className="link" onClick={() => removeProjectiveItem(doc, i.id, LOCAL_EDIT)}>
                    Quitar
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            putProjectiveItem(doc, { id: newId(), list, text: text.trim(), decisionId: null, goalIds: [] }, LOCAL_EDIT);
            setText('');
          }}
        >
          <select aria-label="Lista" value={list} onChange={(e) => setList(e.target.value as ProjectiveItem['list'])}>
            <option value="keep">Mantener</option>
            <option value="change">Cambiar</option>
            <option value="add">Agregar</option>
            <option value="drop">Dejar de hacer</option>
          </select>
          <input aria-label="Texto de la evaluación proyectiva" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Agregar</button>
        </form>
      </section>
    </div>
  );
}

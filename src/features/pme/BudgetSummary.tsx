import { DIMENSIONS } from '../../domain/mge/modelo.ts';
import { FUNDING_SOURCES, type PmeAction } from '../../domain/pme/model.ts';
import { budgetSummary, checkSepBudget } from '../../domain/pme/budget.ts';
import { formatPesos } from '../../domain/pme/money.ts';

export function BudgetSummary({ actions, declaredSep, year }: { actions: PmeAction[]; declaredSep: number | null; year: number }) {
  const summary = budgetSummary(actions);
  const sep = declaredSep === null ? null : checkSepBudget(actions, declaredSep);
  return (
    <section className="budget" data-testid="budget">
      <h3>Presupuesto {year}</h3>
      {sep?.warning && (
        <p className="banner warning" role="alert" data-testid="sep-warning">
          {sep.warning}
        </p>
      )}
      {declaredSep === null && <p className="muted">Registre el presupuesto SEP declarado para comparar el total SEP de las acciones.</p>}
      <div className="budget-tables">
        <table>
          <caption>Por fuente</caption>
          <tbody>
            {FUNDING_SOURCES.map((f) => (
              <tr key={f.code}>
                <th scope="row">{f.label}</th>
                <td data-testid={`budget-source-${f.code}`}>{formatPesos(summary.bySource[f.code])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Por dimensión</caption>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d.code}>
                <th scope="row">{d.label}</th>
                <td data-testid={`budget-dimension-${d.code}`}>{formatPesos(summary.byDimension[d.code])}</td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">Total</th>
              <td data-testid="budget-total">{formatPesos(summary.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

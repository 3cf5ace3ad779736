// The year's budget as the PME document prints it (same content function, pmeBudgetContent): per
// source and per dimension with the share of the total, and the SEP check against the declared budget.
import { DIMENSIONS } from '../../domain/mge/modelo.ts';
import { FUNDING_SOURCES, type PmePlan } from '../../domain/pme/model.ts';
import type { PmeReportBudget, PmeReportTable } from '../../domain/pme/report/content.ts';
import { pmeBudgetContent } from '../../domain/pme/report/content.ts';

function BudgetTable({
  caption,
  table,
  codes,
  prefix,
}: {
  caption: string;
  table: PmeReportTable;
  codes: readonly string[];
  prefix: string;
}) {
  return (
    <table data-testid={`${prefix}-table`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([label, amount, share], i) => {
          const code = codes[i];
          return (
            <tr key={label} className={code ? undefined : 'total'}>
              <th scope="row">{label}</th>
              <td data-testid={code ? `${prefix}-${code}` : `${prefix}-total`}>{amount}</td>
              <td>{share}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function BudgetView({ budget }: { budget: PmeReportBudget }) {
  return (
    <section className="budget" data-testid="budget">
      <h3>Presupuesto {budget.year}</h3>
      <p
        className={budget.sep.exceeded ? 'banner warning' : 'muted'}
        role={budget.sep.exceeded ? 'alert' : undefined}
        data-testid={budget.sep.exceeded ? 'sep-warning' : 'sep-check'}
      >
        {budget.sep.message}
      </p>
      <div className="budget-tables">
        <BudgetTable
          caption="Por fuente"
          table={budget.bySource}
          codes={FUNDING_SOURCES.map((f) => f.code)}
          prefix="budget-source"
        />
        <BudgetTable
          caption="Por dimensión"
          table={budget.byDimension}
          codes={DIMENSIONS.map((d) => d.code)}
          prefix="budget-dimension"
        />
      </div>
    </section>
  );
}

export function BudgetSummary({ plan, year }: { plan: PmePlan; year: number }) {
  return <BudgetView budget={pmeBudgetContent(plan, year)} />;
}

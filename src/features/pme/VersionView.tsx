// A frozen version (or any plan), read only, from the same content function as the PME document
// (pmePlanContent): every area with its objectives, metas (baseline and target per year) and
// estrategias — or the same "Sin objetivos…" line —, the year's actions with every field and the
// amount per source, and the budget with the SEP check.
import { cycleYears, type PmePlan } from '../../domain/pme/model.ts';
import {
  NO_OBJECTIVES,
  pmePlanContent,
  type PmeReportActions,
  type PmeReportArea,
} from '../../domain/pme/report/content.ts';
import { BudgetView } from './BudgetSummary.tsx';

function AreaView({ area, years }: { area: PmeReportArea; years: readonly number[] }) {
  return (
    <section data-testid={`version-area-${area.code}`}>
      <h4>{area.label}</h4>
      {area.objectives.length === 0 ? (
        <p className="muted">{NO_OBJECTIVES}</p>
      ) : (
        area.objectives.map((o) => (
          <div key={o.number} className="version-objective" data-testid="version-objective">
            <p>
              <strong>{o.number}.</strong> {o.text}
            </p>
            {o.goals.length > 0 && (
              <table className="pme-table">
                <thead>
                  <tr>
                    <th>Meta estratégica</th>
                    <th>Indicador</th>
                    <th>Unidad</th>
                    <th>Línea base</th>
                    {years.map((y) => (
                      <th key={y}>Meta {y}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {o.goals.map((g) => (
                    <tr key={g.number} data-testid="version-goal">
                      <td>
                        {g.number}. {g.text}
                      </td>
                      <td>{g.indicator}</td>
                      <td>{g.unit}</td>
                      <td>{g.baseline}</td>
                      {g.targets.map((t, i) => (
                        <td key={years[i]}>{t}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <ul>
              {o.strategies.map((s) => (
                <li key={s.number}>
                  Estrategia {s.number}: {s.text}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function ActionsView({ actions }: { actions: PmeReportActions }) {
  if (actions.count === 0) return <p className="muted">Sin acciones registradas para {actions.year}.</p>;
  const cols = actions.headers.length;
  return (
    <div className="table-scroll">
      <table className="pme-table version-actions" data-testid="version-actions">
        <thead>
          <tr>
            {actions.headers.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        {actions.groups.map((g) => (
          <tbody key={g.dimension}>
            <tr className="group">
              <th colSpan={cols}>{g.label}</th>
            </tr>
            {g.rows.map((row, i) => [
              <tr key={row[0]} data-testid="version-action">
                {row.map((cell, j) => (
                  <td key={j} style={{ whiteSpace: 'pre-line' }}>
                    {cell}
                  </td>
                ))}
              </tr>,
              <tr key={`${row[0]}-details`} className="muted" data-testid="version-action-details">
                <td colSpan={cols}>{g.details[i]}</td>
              </tr>,
            ])}
            <tr className="total">
              <th colSpan={cols - 1}>Subtotal {g.label}</th>
              <td>{g.subtotal}</td>
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th colSpan={cols - 1}>
              Total plan anual {actions.year} ({actions.count} {actions.count === 1 ? 'acción' : 'acciones'})
            </th>
            <td data-testid="version-actions-total">{actions.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function VersionView({ plan, title, year }: { plan: PmePlan; title: string; year: number }) {
  const content = pmePlanContent(plan, year);
  const years = cycleYears(plan.cycle);
  return (
    <div className="pme-version-view" data-testid="version-view">
      <h3>{title} (solo lectura)</h3>
      <p>
        <strong>Visión:</strong> {content.identity.vision || 'Sin visión registrada.'}
      </p>
      <p>
        <strong>Sellos educativos:</strong>{' '}
        {content.identity.sellos.length === 0
          ? 'Sin sellos registrados.'
          : content.identity.sellos.map((s) => `«${s}»`).join(' · ')}
      </p>
      <h4>
        Objetivos estratégicos, metas y estrategias · ciclo {years[0]}–{years.at(-1)}
      </h4>
      {content.areas.map((area) => (
        <AreaView key={area.code} area={area} years={years} />
      ))}
      <h4>Plan anual {year}: acciones</h4>
      <ActionsView actions={content.actions} />
      <BudgetView budget={content.budget} />
    </div>
  );
}

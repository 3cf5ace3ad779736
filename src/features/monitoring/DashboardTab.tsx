// Seguimiento: one corte at a glance — actions by nivel de implementación, average progress per
// dimension and estrategia, each indicator against baseline and target, budget executed against
// planned per source (SEP first), and alerts. Every figure opens to the actions behind it.
import type { ReactNode } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import { computeDashboard } from './dashboardData.ts';
import {
  DELETED_ACTION,
  alertFigures,
  budgetFigure,
  groupFigure,
  indicatorFigure,
  levelFigure,
  sinRegistroFigure,
  NO_ALERTS,
} from '../../domain/monitoring/report/figures.ts';
import { formatPercent } from '../../domain/shared/numbers.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { effectiveData } from './frozen.ts';
import { levelInfo } from '../../domain/monitoring/levels.ts';
import { executedTotal } from '../../domain/monitoring/records.ts';

// Every figure's text comes from domain/monitoring/report/figures.ts, as in the Informe de Monitoreo.
function Bar({
  value,
  text,
  label,
  testId,
  children,
}: {
  value: number | null;
  text: string;
  label: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <details className="dash-row" data-testid={testId}>
      <summary>
        <span className="dash-label">{label}</span>
        <span className="bar" aria-hidden="true">
          <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, value ?? 0))}%` }} />
        </span>
        <span className="dash-value">{text}</span>
      </summary>
      {children}
    </details>
  );
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function DashboardTab({ view, pme, cycle }: { view: MonitoringView; pme: PmePlan; cycle: MonitoringCycle }) {
  const data = effectiveData(view);
  const d = computeDashboard(view, pme, cycle, undefined, data);
  const name = (id: string) => pme.actions.find((a) => a.id === id)?.nombre ?? DELETED_ACTION;
  const records = data.records.filter((r) => r.cycleId === cycle.id);
  // Drill-down: each action with the records behind the figure (who, level, progress, amount).
  const list = (ids: string[]) =>
    ids.length === 0 ? (
      <p className="muted">Ninguna.</p>
    ) : (
      <ul>
        {ids.map((id) => (
          <li key={id}>
            {name(id)}
            {records
              .filter((r) => r.actionId === id)
              .map((r) => (
                <span key={r.id} className="muted">
                  {' '}
                  · {r.recordedBy}: {levelInfo(r.level).short}, {formatPercent(r.progress, 0)},{' '}
                  {formatPesos(executedTotal(r))}, {r.medios.length} medio(s)
                </span>
              ))}
          </li>
        ))}
      </ul>
    );
  const late = data.lateByCycle.get(cycle.id) ?? 0;
  return (
    <div className="dashboard" data-testid="dashboard">
      {late > 0 && (
        <p className="banner warning">
          {late} registro(s) llegaron después del cierre de este corte; se conservan, pero no cambian sus cifras.
        </p>
      )}
      <section>
        <h3>Acciones por nivel de implementación ({d.actionCount})</h3>
        {d.levels.map((l) => {
          const f = levelFigure(l);
          return (
            <Bar
              key={l.level}
              value={l.percent}
              text={f.percent}
              label={`${f.label} · ${f.count}`}
              testId={`dash-level-${l.level}`}
            >
              {list(l.actionIds)}
            </Bar>
          );
        })}
        <Bar
          value={d.sinRegistro.percent}
          text={sinRegistroFigure(d.sinRegistro).percent}
          label={`${sinRegistroFigure(d.sinRegistro).label} · ${d.sinRegistro.count}`}
          testId="dash-level-none"
        >
          {list(d.sinRegistro.actionIds)}
        </Bar>
      </section>
      <section>
        <h3>Avance promedio por dimensión</h3>
        {d.byDimension
          .filter((g) => g.actions > 0)
          .map((g) => {
            const f = groupFigure(g);
            return (
              <Bar
                key={g.key}
                value={g.averageProgress}
                text={f.average}
                label={`${f.label} (${f.recorded} registradas)`}
                testId={`dash-dimension-${g.key}`}
              >
                {list(g.actionIds)}
              </Bar>
            );
          })}
        <h3>Avance promedio por estrategia</h3>
        {d.byStrategy.map((g) => {
          const f = groupFigure(g);
          return (
            <Bar
              key={g.key}
              value={g.averageProgress}
              text={f.average}
              label={`${f.label || '(estrategia sin texto)'} (${f.recorded})`}
            >
              {list(g.actionIds)}
            </Bar>
          );
        })}
      </section>
      <section>
        <h3>Indicadores</h3>
        <table className="programme-table" data-testid="dash-indicators">
          <thead>
            <tr>
              <th>Indicador</th>
              <th>Línea base</th>
              <th>Meta</th>
              <th>Valor del corte</th>
              <th>Valor esperado</th>
              <th>Estado</th>
            </tr>
          </thead>
          <tbody>
            {d.indicators.map(indicatorFigure).map((f) => (
              <tr key={f.goalId} data-testid={`dash-indicator-${f.goalId}`}>
                <td>{f.indicador}</td>
                <td>{f.lineaBase}</td>
                <td>{f.meta}</td>
                <td>{f.valor}</td>
                <td>{f.esperado}</td>
                <td>
                  <span className={`status status-${f.status}`}>{f.estado}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>Presupuesto ejecutado · plan anual {d.year}</h3>
        {[...d.budget.bySource.filter((s) => s.planned > 0 || s.executed > 0), d.budget.total].map((s) => {
          const f = budgetFigure(s);
          return (
            <Bar
              key={s.source}
              value={s.percent}
              text={f.porcentaje}
              label={`${f.fuente}: ${f.ejecutado} de ${f.planificado}`}
              testId={`dash-budget-${s.source}`}
            >
              {list(s.actionIds)}
            </Bar>
          );
        })}
      </section>
      <section>
        <h3>Alertas ({d.alerts.length})</h3>
        {d.alerts.length === 0 ? (
          <p className="muted">{NO_ALERTS}</p>
        ) : (
          <ul data-testid="dash-alerts">
            {alertFigures(d.alerts, name, view.cycles).map((a, i) => (
              <li key={i}>
                <strong>{a.title}.</strong> {a.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

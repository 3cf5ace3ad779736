// Seguimiento: one corte at a glance — actions by nivel de implementación, average progress per
// dimension and estrategia, each indicator against baseline and target, budget executed against
// planned per source (SEP first), and alerts. Every figure opens to the actions behind it.
import type { ReactNode } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/pme/money.ts';
import { computeDashboard } from './dashboardData.ts';
import { indicatorStatusLabel } from '../../domain/monitoring/indicators.ts';
import { alertText } from '../../domain/monitoring/alerts.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringView } from '../../data/monitoringDoc.ts';
import { effectiveData } from './frozen.ts';
import { levelInfo } from '../../domain/monitoring/levels.ts';
import { executedTotal } from '../../domain/monitoring/records.ts';
import { formatPercent } from '../../domain/numberFormat.ts';


const dec = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 10) / 10).replace('.', ','));
const pct = (n: number | null) => formatPercent(n, 1, true);

function Bar({ value, label, testId, children }: { value: number | null; label: string; testId?: string; children?: ReactNode }) {
  return (
    <details className="dash-row" data-testid={testId}>
      <summary>
        <span className="dash-label">{label}</span>
        <span className="bar" aria-hidden="true">
          <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, value ?? 0))}%` }} />
        </span>
        <span className="dash-value">{pct(value)}</span>
      </summary>
      {children}
    </details>
  );
}

export function DashboardTab({ view, pme, cycle }: { view: MonitoringView; pme: PmePlan; cycle: MonitoringCycle }) {
  const data = effectiveData(view);
  const d = computeDashboard(view, pme, cycle, undefined, data);
  const name = (id: string) => pme.actions.find((a) => a.id === id)?.nombre ?? '(acción eliminada)';
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
                  · {r.recordedBy}: {levelInfo(r.level).short}, {formatPercent(r.progress, 0)}, {formatPesos(executedTotal(r))}, {r.medios.length} medio(s)
                </span>
              ))}
          </li>
        ))}
      </ul>
    );
  const late = data.lateByCycle.get(cycle.id) ?? 0;
  return (
    <div className="dashboard" data-testid="dashboard">
      {late > 0 && <p className="banner warning">{late} registro(s) llegaron después del cierre de este corte; se conservan, pero no cambian sus cifras.</p>}
      <section>
        <h3>Acciones por nivel de implementación ({d.actionCount})</h3>
        {d.levels.map((l) => (
          <Bar key={l.level} value={l.percent} label={`${l.label} · ${l.count}`} testId={`dash-level-${l.level}`}>
            {list(l.actionIds)}
          </Bar>
        ))}
        <Bar value={d.sinRegistro.percent} label={`Sin registro · ${d.sinRegistro.count}`} testId="dash-level-none">
          {list(d.sinRegistro.actionIds)}
        </Bar>
      </section>
      <section>
        <h3>Avance promedio por dimensión</h3>
        {d.byDimension.filter((g) => g.actions > 0).map((g) => (
          <Bar key={g.key} value={g.averageProgress} label={`${g.label} (${g.recorded} de ${g.actions} registradas)`} testId={`dash-dimension-${g.key}`}>
            {list(g.actionIds)}
          </Bar>
        ))}
        <h3>Avance promedio por estrategia</h3>
        {d.byStrategy.map((g) => (
          <Bar key={g.key} value={g.averageProgress} label={`${g.label || '(estrategia sin texto)'} (${g.recorded} de ${g.actions})`}>
            {list(g.actionIds)}
          </Bar>
        ))}
      </section>
      <section>
        <h3>Indicadores</h3>
        <table className="programme-table" data-testid="dash-indicators">
          <thead>
            <tr>
              <th>Indicador</th>
              <th>Línea base</th>
              <th>Medición</th>
              <th>Esperado</th>
              <th>Meta</th>
              <th>Estado</th>
            </tr>
          </thead>
          <tbody>
            {d.indicators.map((t) => {
              const last = t.points.at(-1);
              return (
                <tr key={t.goalId}>
                  <td>{t.name}</td>
                  <td>{dec(t.baseline)}</td>
                  <td>{dec(last?.value)}</td>
                  <td>{dec(last?.expected)}</td>
                  <td>{t.target ? `${dec(t.target.value)} (${t.target.year})` : '—'}</td>
                  <td>
                    <span className={`status status-${t.status}`}>{indicatorStatusLabel(t.status)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section>
        <h3>Presupuesto ejecutado</h3>
        {[...d.budget.bySource.filter((s) => s.planned > 0 || s.executed > 0), d.budget.total].map((s) => (
          <Bar key={s.source} value={s.percent} label={`${s.label}: ${formatPesos(s.executed)} de ${formatPesos(s.planned)}`} testId={`dash-budget-${s.source}`}>
            {list(s.actionIds)}
          </Bar>
        ))}
      </section>
      <section>
        <h3>Alertas</h3>
        {d.alerts.length === 0 ? (
          <p className="muted">Sin alertas.</p>
        ) : (
          <ul data-testid="dash-alerts">
            {d.alerts.map((a, i) => (
              <li key={i}>{alertText(a, name, (id) => view.cycles.find((c) => c.id === id))}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

// Seguimiento: one corte at a glance — actions by nivel de implementación, average progress per
// dimension and estrategia, each indicator against baseline and target, budget executed against
// planned per source (SEP first), and alerts. Every figure opens to the actions behind it.
// Every figure comes from domain/monitoring/report/cycleFigures.ts, as in the Informe de Monitoreo.
import type { PmePlan } from '../../domain/pme/model.ts';
import { computeDashboard } from './dashboardData.ts';
import { cycleFigures, type CycleFigures } from '../../domain/monitoring/report/cycleFigures.ts';
import { DELETED_ACTION, NO_ALERTS } from '../../domain/monitoring/report/figures.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { effectiveData } from './frozen.ts';
import { FigureBars } from './dashboard/FigureBars.tsx';
import type { DrillDown } from './dashboard/ActionsBehind.tsx';
import { IndicatorTable } from './dashboard/IndicatorTable.tsx';

interface Props {
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}

export function DashboardTab({ view, pme, cycle }: Props) {
  const data = effectiveData(view);
  const dashboard = computeDashboard(view, pme, cycle, undefined, data);
  const actionName = (id: string) => pme.actions.find((a) => a.id === id)?.nombre ?? DELETED_ACTION;
  const figures = cycleFigures(dashboard, actionName, view.cycles);
  const drill: DrillDown = { records: data.records.filter((r) => r.cycleId === cycle.id), actionName };
  const late = data.lateByCycle.get(cycle.id) ?? 0;
  return (
    <div className="dashboard" data-testid="dashboard">
      {late > 0 && (
        <p className="banner warning">
          {late} registro(s) llegaron después del cierre de este corte; se conservan, pero no cambian sus cifras.
        </p>
      )}
      <section>
        <h3>Acciones por nivel de implementación ({dashboard.actionCount})</h3>
        <FigureBars rows={levelBars(figures)} drill={drill} testIdPrefix="dash-level-" />
      </section>
      <ProgressSections figures={figures} drill={drill} />
      <section>
        <h3>Indicadores</h3>
        <IndicatorTable indicators={figures.indicators} />
      </section>
      <section>
        <h3>Presupuesto ejecutado · plan anual {dashboard.year}</h3>
        <FigureBars rows={budgetBars(figures)} drill={drill} testIdPrefix="dash-budget-" />
      </section>
      <section>
        <h3>Alertas ({figures.alerts.length})</h3>
        {figures.alerts.length === 0 ? (
          <p className="muted">{NO_ALERTS}</p>
        ) : (
          <ul data-testid="dash-alerts">
            {figures.alerts.map((a, i) => (
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

function ProgressSections({ figures, drill }: { figures: CycleFigures; drill: DrillDown }) {
  const dimensions = figures.byDimension
    .filter((g) => g.actions > 0)
    .map((g) => ({ ...g, text: g.figure.average, label: `${g.figure.label} (${g.figure.recorded} registradas)` }));
  const strategies = figures.byStrategy.map((g) => ({
    ...g,
    text: g.figure.average,
    label: `${g.figure.label || '(estrategia sin texto)'} (${g.figure.recorded})`,
  }));
  return (
    <section>
      <h3>Avance promedio por dimensión</h3>
      <FigureBars rows={dimensions} drill={drill} testIdPrefix="dash-dimension-" />
      <h3>Avance promedio por estrategia</h3>
      <FigureBars rows={strategies} drill={drill} />
    </section>
  );
}

const levelBars = (figures: CycleFigures) =>
  figures.levels.map((l) => ({ ...l, text: l.figure.percent, label: `${l.figure.label} · ${l.figure.count}` }));

// Sources with no peso planned nor executed are left out here; the report prints them all.
const budgetBars = (figures: CycleFigures) =>
  [...figures.budget.bySource.filter((s) => !s.empty), figures.budget.total].map((s) => ({
    ...s,
    text: s.figure.porcentaje,
    label: `${s.figure.fuente}: ${s.figure.ejecutado} de ${s.figure.planificado}`,
  }));

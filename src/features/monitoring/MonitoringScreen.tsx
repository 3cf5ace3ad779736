// Monitoreo del PME: the directors' tablet screen, the dashboard (seguimiento), the plan de monitoreo
// and its cortes, the comparison of cortes, the monitoring instruments and the Informe de Monitoreo.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { cycleYears } from '../../domain/pme/model.ts';
import { currentCycle } from '../../domain/monitoring/cycles.ts';
import { CompareTab } from './CompareTab.tsx';
import { CyclesSection } from './CyclesSection.tsx';
import { DashboardTab } from './DashboardTab.tsx';
import { InstrumentsTab } from './InstrumentsTab.tsx';
import { MonitorTab } from './MonitorTab.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ReportSection } from './ReportSection.tsx';
import { useMonitoring, usePlan } from './useMonitoring.ts';
import './monitoring.css';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { localYear } from '../../domain/shared/localDates.ts';
import { ConflictPanel } from '../conflicts/index.ts';

type Tab = 'monitoreo' | 'seguimiento' | 'plan' | 'comparar' | 'herramientas' | 'informe';
const TABS: { id: Tab; label: string }[] = [
  { id: 'monitoreo', label: 'Monitoreo' },
  { id: 'seguimiento', label: 'Seguimiento' },
  { id: 'plan', label: 'Plan y cortes' },
  { id: 'comparar', label: 'Comparar cortes' },
  { id: 'herramientas', label: 'Herramientas' },
  { id: 'informe', label: 'Informe' },
];

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function MonitoringScreen({ schoolId }: { schoolId: SchoolId }) {
  const { handle, view } = useMonitoring(schoolId);
  const pme = usePlan(schoolId);
  const [tab, setTab] = useState<Tab>('monitoreo');
  const [year, setYear] = useState<number | null>(null);
  const [cycleId, setCycleId] = useState<string | null>(null);
  if (!handle || !view || !pme) return <p className="muted">Abriendo…</p>;
  const years = cycleYears(pme.plan.cycle);
  const thisYear = localYear();
  const selectedYear = year ?? (years.includes(thisYear) ? thisYear : years[0]!);
  const cycles = view.cycles.filter((c) => c.year === selectedYear);
  const cycle = cycles.find((c) => c.id === cycleId) ?? currentCycle(cycles, localIsoDate()) ?? cycles.at(-1) ?? null;
  const needsCycle = tab === 'monitoreo' || tab === 'seguimiento' || tab === 'informe';
  return (
    <section className="card monitoring">
      <ConflictPanel schoolId={schoolId} kinds={['monitoring']} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>Monitoreo del PME</h1>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="mon-year">Año</label>
          <select id="mon-year" value={selectedYear} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {cycles.length > 0 && (
          <div className="field">
            <label htmlFor="mon-cycle">Corte</label>
            <select
              id="mon-cycle"
              value={cycle?.id ?? ''}
              onChange={(e) => setCycleId(e.target.value)}
              data-testid="mon-cycle"
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.closedAt ? ' (cerrado)' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'primary' : ''}
            data-testid={`mon-tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      {needsCycle && !cycle && (
        <p className="muted">Defina primero los cortes de monitoreo de {selectedYear} en «Plan y cortes».</p>
      )}
      {tab === 'monitoreo' && cycle && (
        <MonitorTab handle={handle} schoolId={schoolId} view={view} pme={pme.plan} cycle={cycle} />
      )}
      {tab === 'seguimiento' && cycle && <DashboardTab view={view} pme={pme.plan} cycle={cycle} />}
      {tab === 'informe' && cycle && <ReportSection schoolId={schoolId} view={view} pme={pme.plan} cycle={cycle} />}
      {tab === 'plan' && (
        <>
          <CyclesSection handle={handle} view={view} year={selectedYear} />
          <PlanSection handle={handle} view={view} pme={pme.plan} year={selectedYear} />
        </>
      )}
      {tab === 'comparar' && <CompareTab view={view} pme={pme.plan} year={selectedYear} />}
      {tab === 'herramientas' && (
        <InstrumentsTab handle={handle} schoolId={schoolId} view={view} pme={pme.plan} cycle={cycle} />
      )}
    </section>
  );
}

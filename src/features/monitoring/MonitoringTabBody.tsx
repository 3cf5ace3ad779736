// The body of the monitoring screen's chosen tab. The tablet screen, the dashboard and the report
// work on one corte; the plan, the comparison and the instruments on the year.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { CompareTab } from './CompareTab.tsx';
import { CyclesSection } from './CyclesSection.tsx';
import { DashboardTab } from './DashboardTab.tsx';
import { InstrumentsTab } from './InstrumentsTab.tsx';
import { MonitorTab } from './MonitorTab.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ReportSection } from './ReportSection.tsx';

export type MonitoringTab = 'monitoreo' | 'seguimiento' | 'plan' | 'comparar' | 'herramientas' | 'informe';

interface Props {
  tab: MonitoringTab;
  schoolId: SchoolId;
  handle: MonitoringHandle;
  view: MonitoringView;
  pme: PmePlan;
  year: number;
  cycle: MonitoringCycle | null;
}

export function MonitoringTabBody({ tab, schoolId, handle, view, pme, year, cycle }: Props) {
  const noCycle = <p className="muted">Defina primero los cortes de monitoreo de {year} en «Plan y cortes».</p>;
  switch (tab) {
    case 'monitoreo':
      return cycle ? <MonitorTab handle={handle} schoolId={schoolId} view={view} pme={pme} cycle={cycle} /> : noCycle;
    case 'seguimiento':
      return cycle ? <DashboardTab view={view} pme={pme} cycle={cycle} /> : noCycle;
    case 'informe':
      return cycle ? (
        <ReportSection schoolId={schoolId} handle={handle} view={view} pme={pme} cycle={cycle} />
      ) : (
        noCycle
      );
    case 'plan':
      return (
        <>
          <CyclesSection handle={handle} view={view} year={year} />
          <PlanSection handle={handle} view={view} pme={pme} year={year} />
        </>
      );
    case 'comparar':
      return <CompareTab view={view} pme={pme} year={year} />;
    case 'herramientas':
      return <InstrumentsTab handle={handle} schoolId={schoolId} view={view} pme={pme} cycle={cycle} />;
  }
}

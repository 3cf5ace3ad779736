// Monitoreo del PME: the directors' tablet screen, the dashboard (seguimiento), the plan de monitoreo
// and its cortes, the comparison of cortes, the monitoring instruments and the Informe de Monitoreo.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { cycleYears } from '../../domain/pme/model.ts';
import { currentCycle, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { MonitoringTabBody, type MonitoringTab } from './MonitoringTabBody.tsx';
import { useMonitoring, usePlan } from './useMonitoring.ts';
import './monitoring.css';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { SelectField } from '../forms/index.ts';
import { EditableArea, ScreenShell, TabButtons, YearField, useYearChoice, type TabDef } from '../screenShell/index.ts';

const TABS: TabDef<MonitoringTab>[] = [
  { id: 'monitoreo', label: 'Monitoreo' },
  { id: 'seguimiento', label: 'Seguimiento' },
  { id: 'plan', label: 'Plan y cortes' },
  { id: 'comparar', label: 'Comparar cortes' },
  { id: 'herramientas', label: 'Herramientas' },
  { id: 'informe', label: 'Informe' },
];

function CycleField({
  cycles,
  cycle,
  onChange,
}: {
  cycles: MonitoringCycle[];
  cycle: MonitoringCycle | null;
  onChange: (id: string) => void;
}) {
  const options = cycles.map((c) => ({ value: c.id, label: `${c.name}${c.closedAt ? ' (cerrado)' : ''}` }));
  return (
    <SelectField
      id="mon-cycle"
      label="Corte"
      value={cycle?.id ?? ''}
      options={options}
      onChange={onChange}
      testId="mon-cycle"
    />
  );
}

export function MonitoringScreen({ schoolId }: { schoolId: SchoolId }) {
  const { handle, view } = useMonitoring(schoolId);
  const pme = usePlan(schoolId);
  const [tab, setTab] = useState<MonitoringTab>('monitoreo');
  const years = pme ? cycleYears(pme.plan.cycle) : [];
  const [selectedYear, setYear] = useYearChoice(years);
  const [cycleId, setCycleId] = useState<string | null>(null);
  if (!handle || !view || !pme) return <p className="muted">Abriendo…</p>;
  const cycles = view.cycles.filter((c) => c.year === selectedYear);
  const cycle = cycles.find((c) => c.id === cycleId) ?? currentCycle(cycles, localIsoDate()) ?? cycles.at(-1) ?? null;
  return (
    <ScreenShell schoolId={schoolId} kind="monitoring" className="monitoring" title="Monitoreo del PME">
      <div className="inline-form">
        <YearField id="mon-year" label="Año" years={years} value={selectedYear} onChange={setYear} />
        {cycles.length > 0 && <CycleField cycles={cycles} cycle={cycle} onChange={setCycleId} />}
      </div>
      <nav className="tabs" role="tablist">
        <TabButtons tabs={TABS} current={tab} onSelect={setTab} testIdPrefix="mon-tab-" />
      </nav>
      <EditableArea kind="monitoring">
        <MonitoringTabBody {...{ tab, schoolId, handle, view, pme: pme.plan, year: selectedYear, cycle }} />
      </EditableArea>
    </ScreenShell>
  );
}

// The school's PME: fase estratégica, fase anual, versions and what was deleted, with the plan's
// outputs (PDF, CSV, XLSX) for the working plan or any frozen version.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { cycleYears } from '../../domain/pme/model.ts';
import { versionTitles, type PmeVersion } from '../../domain/pme/versions.ts';
import { DeletedList, DeletionConflicts } from './DeletedPanel.tsx';
import { StrategicTab } from './StrategicTab.tsx';
import { AnnualTab } from './AnnualTab.tsx';
import { VersionsTab } from './VersionsTab.tsx';
import { VersionView } from './VersionView.tsx';
import { PmeOutputs } from './PmeOutputs.tsx';
import { usePmeHandle, useDiagnosisInputs } from './usePme.ts';
import './pme.css';
import { useView } from '../session/index.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { EditableArea, ScreenShell, TabButtons, useYearChoice, type TabDef } from '../screenShell/index.ts';

type Tab = 'estrategico' | 'anual' | 'versiones' | 'eliminados';
const TABS: TabDef<Tab>[] = [
  { id: 'estrategico', label: 'Fase estratégica' },
  { id: 'anual', label: 'Fase anual' },
  { id: 'versiones', label: 'Versiones' },
  { id: 'eliminados', label: 'Eliminados' },
];

/** The working plan's outputs: the only part of the frame that reads the whole plan. */
function WorkingPlanOutputs({ schoolId, pme, year }: { schoolId: SchoolId; pme: PmeHandle; year: number }) {
  const { plan } = useView(pme.views.whole);
  return <PmeOutputs schoolId={schoolId} plan={plan} year={year} version={null} />;
}

export function PmeScreen({ schoolId }: { schoolId: SchoolId }) {
  const pme = usePmeHandle(schoolId);
  return pme ? <PmeFrame schoolId={schoolId} pme={pme} /> : <p className="muted">Abriendo…</p>;
}

function PmeStatus({
  versions,
  years,
  invalidCount,
}: {
  versions: PmeVersion[];
  years: number[];
  invalidCount: number;
}) {
  const titles = versionTitles(versions);
  return (
    <>
      <p className="muted" data-testid="pme-status">
        Ciclo {years[0]}–{years.at(-1)} ·{' '}
        {versions.length === 0 ? 'Sin versiones' : `Última versión: ${titles.get(versions.at(-1)!.id)}`}
      </p>
      {invalidCount > 0 && (
        <p className="banner warning">
          Hay {invalidCount} elemento(s) guardados que no se pudieron leer; se conservan sin cambios.
        </p>
      )}
    </>
  );
}

function PmeYearSelect({ years, value, onChange }: { years: number[]; value: number; onChange: (y: number) => void }) {
  return (
    <label className="year-select">
      Año{' '}
      <select value={value} data-testid="pme-year" onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A frozen version opened from the history: its outputs and the plan as it was. */
function OpenedVersion({
  schoolId,
  version,
  title,
  year,
}: {
  schoolId: SchoolId;
  version: PmeVersion;
  title: string;
  year: number;
}) {
  return (
    <>
      <PmeOutputs
        schoolId={schoolId}
        plan={version.plan}
        year={year}
        version={{ label: title, date: version.createdAt }}
      />
      <VersionView plan={version.plan} title={title} year={year} />
    </>
  );
}

function PmeFrame({ schoolId, pme }: { schoolId: SchoolId; pme: PmeHandle }) {
  const { cycle, versions, deleted, invalidCount } = useView(pme.views.frame);
  const inputs = useDiagnosisInputs(schoolId);
  const [tab, setTab] = useState<Tab>('estrategico');
  const [openVersion, setOpenVersion] = useState<string | null>(null);
  const years = cycleYears(cycle);
  const [selectedYear, setYear] = useYearChoice(years);
  const deletedCount = deleted.filter((d) => d.deletion.cascadeOf === null).length;
  const titles = versionTitles(versions);
  const shown = openVersion ? versions.find((v) => v.id === openVersion) : undefined;
  const suffixOf = (t: Tab) => (t === 'eliminados' && deleted.length > 0 ? ` (${deletedCount})` : '');
  return (
    <ScreenShell schoolId={schoolId} kind="pme" className="pme" title="Plan de Mejoramiento Educativo">
      <PmeStatus versions={versions} years={years} invalidCount={invalidCount} />
      <DeletionConflicts pme={pme} deleted={deleted} />
      <WorkingPlanOutputs schoolId={schoolId} pme={pme} year={selectedYear} />
      <nav className="tabs" aria-label="Secciones del PME">
        <div role="tablist" className="tab-list">
          <TabButtons tabs={TABS} current={tab} onSelect={setTab} testIdPrefix="tab-" suffixOf={suffixOf} />
        </div>
        {(tab === 'anual' || (tab === 'versiones' && shown)) && (
          <PmeYearSelect years={years} value={selectedYear} onChange={setYear} />
        )}
      </nav>
      <EditableArea kind="pme">
        {tab === 'estrategico' && <StrategicTab pme={pme} inputs={inputs} />}
        {tab === 'anual' && <AnnualTab pme={pme} year={selectedYear} schoolId={schoolId} />}
      </EditableArea>
      {tab === 'versiones' && <VersionsTab pme={pme} onOpen={setOpenVersion} />}
      {tab === 'versiones' && shown && (
        <OpenedVersion schoolId={schoolId} version={shown} title={titles.get(shown.id)!} year={selectedYear} />
      )}
      {tab === 'eliminados' && <DeletedList pme={pme} deleted={deleted} />}
    </ScreenShell>
  );
}

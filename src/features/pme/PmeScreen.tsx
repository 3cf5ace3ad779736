// The school's PME: fase estratégica, fase anual, versions and what was deleted, with the plan's
// outputs (PDF, CSV, XLSX) for the working plan or any frozen version.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { cycleYears } from '../../domain/pme/model.ts';
import { versionTitles } from '../../domain/pme/versions.ts';
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
import { localYear } from '../../domain/shared/localDates.ts';
import { ConflictPanel } from '../conflicts/index.ts';

type Tab = 'estrategico' | 'anual' | 'versiones' | 'eliminados';
const TABS: { id: Tab; label: string }[] = [
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

// Long: the frame's markup (status, conflicts, outputs, tabs, year picker) in screen order.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
function PmeFrame({ schoolId, pme }: { schoolId: SchoolId; pme: PmeHandle }) {
  const { cycle, versions, deleted, invalidCount } = useView(pme.views.frame);
  const inputs = useDiagnosisInputs(schoolId);
  const [tab, setTab] = useState<Tab>('estrategico');
  const [year, setYear] = useState<number | null>(null);
  const [openVersion, setOpenVersion] = useState<string | null>(null);
  const years = cycleYears(cycle);
  const deletedCount = deleted.filter((d) => d.deletion.cascadeOf === null).length;
  const thisYear = localYear();
  const selectedYear = year !== null && years.includes(year) ? year : years.includes(thisYear) ? thisYear : years[0]!;
  const titles = versionTitles(versions);
  const shown = openVersion ? versions.find((v) => v.id === openVersion) : undefined;
  return (
    <section className="card pme">
      <ConflictPanel schoolId={schoolId} kinds={['pme']} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>Plan de Mejoramiento Educativo</h1>
      <p className="muted" data-testid="pme-status">
        Ciclo {years[0]}–{years.at(-1)} ·{' '}
        {versions.length === 0 ? 'Sin versiones' : `Última versión: ${titles.get(versions.at(-1)!.id)}`}
      </p>
      {invalidCount > 0 && (
        <p className="banner warning">
          Hay {invalidCount} elemento(s) guardados que no se pudieron leer; se conservan sin cambios.
        </p>
      )}
      <DeletionConflicts pme={pme} deleted={deleted} />
      <WorkingPlanOutputs schoolId={schoolId} pme={pme} year={selectedYear} />
      <nav className="tabs" aria-label="Secciones del PME">
        <div role="tablist" className="tab-list">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              className={tab === t.id ? 'primary' : ''}
              data-testid={`tab-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'eliminados' && deleted.length > 0 ? ` (${deletedCount})` : ''}
            </button>
          ))}
        </div>
        {(tab === 'anual' || (tab === 'versiones' && shown)) && (
          <label className="year-select">
            Año{' '}
            <select value={selectedYear} data-testid="pme-year" onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </nav>
      {tab === 'estrategico' && <StrategicTab pme={pme} inputs={inputs} />}
      {tab === 'anual' && <AnnualTab pme={pme} year={selectedYear} schoolId={schoolId} />}
      {tab === 'versiones' && (
        <>
          <VersionsTab pme={pme} onOpen={setOpenVersion} />
          {shown && (
            <>
              <PmeOutputs
                schoolId={schoolId}
                plan={shown.plan}
                year={selectedYear}
                version={{ label: titles.get(shown.id)!, date: shown.createdAt }}
              />
              <VersionView plan={shown.plan} title={titles.get(shown.id)!} year={selectedYear} />
            </>
          )}
        </>
      )}
      {tab === 'eliminados' && <DeletedList pme={pme} deleted={deleted} />}
    </section>
  );
}

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
import { usePme, useDiagnosisInputs } from './usePme.ts';
import './pme.css';
import { useCurrentUser } from '../session/index.ts';
import { localYear } from '../../domain/calendar/localDates.ts';
import { ConflictPanel } from '../conflicts/index.ts';

type Tab = 'estrategico' | 'anual' | 'versiones' | 'eliminados';
const TABS: { id: Tab; label: string }[] = [
  { id: 'estrategico', label: 'Fase estratégica' },
  { id: 'anual', label: 'Fase anual' },
  { id: 'versiones', label: 'Versiones' },
  { id: 'eliminados', label: 'Eliminados' },
];

export function PmeScreen({ schoolId }: { schoolId: SchoolId }) {
  const { doc, view } = usePme(schoolId);
  const inputs = useDiagnosisInputs(schoolId);
  const userName = useCurrentUser().name;
  const [tab, setTab] = useState<Tab>('estrategico');
  const [year, setYear] = useState<number | null>(null);
  const [openVersion, setOpenVersion] = useState<string | null>(null);
  if (!doc || !view) return <p className="muted">Abriendo…</p>;
  const { plan, versions, deleted } = view;
  const years = cycleYears(plan.cycle);
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
        Ciclo {years[0]}–{years.at(-1)} · {versions.length === 0 ? 'Sin versiones' : `Última versión: ${titles.get(versions.at(-1)!.id)}`}
      </p>
      {view.invalid.length > 0 && <p className="banner warning">Hay {view.invalid.length} elemento(s) guardados que no se pudieron leer; se conservan sin cambios.</p>}
      <DeletionConflicts doc={doc} deleted={deleted} />
      <PmeOutputs schoolId={schoolId} plan={plan} year={selectedYear} version={null} />
      <nav className="tabs" aria-label="Secciones del PME">
        <div role="tablist" className="tab-list">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'primary' : ''} data-testid={`tab-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
            {t.id === 'eliminados' && deleted.length > 0 ? ` (${deleted.filter((d) => d.deletion.cascadeOf === null).length})` : ''}
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
      {tab === 'estrategico' && <StrategicTab doc={doc} plan={plan} inputs={inputs} userName={userName} />}
      {tab === 'anual' && <AnnualTab doc={doc} plan={plan} year={selectedYear} userName={userName} schoolId={schoolId} />}
      {tab === 'versiones' && (
        <>
          <VersionsTab doc={doc} plan={plan} versions={versions} userName={userName} onOpen={setOpenVersion} />
          {shown && (
            <>
              <PmeOutputs schoolId={schoolId} plan={shown.plan} year={selectedYear} version={{ label: titles.get(shown.id)!, date: shown.createdAt }} />
              <VersionView plan={shown.plan} title={titles.get(shown.id)!} year={selectedYear} />
            </>
          )}
        </>
      )}
      {tab === 'eliminados' && <DeletedList doc={doc} deleted={deleted} />}
    </section>
  );
}

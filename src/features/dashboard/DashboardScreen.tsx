// Panel de establecimientos (issue 15, part 2c; docs/spec/dashboard.md): every school this device
// holds for the user, one row each, read from Dexie only (SD-1), filtered and sorted (SD-7), with the
// levels of implementation as stacked bars and the exports (SD-8). Offline like every screen.
import { useEffect, useMemo, useState } from 'react';
import { NO_FILTERS, filterRows, sortRows, type DashboardFilters, type SortKey } from '../../domain/dashboard/table.ts';
import { seesDashboard } from '../../domain/dashboard/access.ts';
import { OutputButton, OutputError } from '../files/index.ts';
import { firstScreenShown, holdBackgroundOpening, useCurrentUser } from '../session/index.ts';
import { DashboardFilterBar } from './DashboardFilters.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { LevelsChart } from './LevelsChart.tsx';
import { useDashboardFiles } from './useDashboardFiles.ts';
import { useDashboardRows } from './useDashboardRows.ts';
import './dashboard.css';

export function DashboardScreen() {
  const { role } = useCurrentUser();
  return seesDashboard(role) ? (
    <Dashboard />
  ) : (
    <p className="muted">El panel de establecimientos no está disponible para su rol.</p>
  );
}

function Dashboard() {
  const rows = useDashboardRows();
  const [filters, setFilters] = useState<DashboardFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'nombre', descending: false });
  const shown = useMemo(
    () => (rows ? sortRows(filterRows(rows, filters), sort.key, sort.descending) : []),
    [rows, filters, sort],
  );
  const files = useDashboardFiles(shown);
  // The background opening (SD-10) waits until the rows are on screen (SDP-3).
  useEffect(() => holdBackgroundOpening(), []);
  const ready = rows !== undefined;
  useEffect(() => {
    if (!ready) return;
    // The mark is for bench/sostenedorDashboard.ts: the rows are on screen.
    if (performance.getEntriesByName('dashboard-ready').length === 0) performance.mark('dashboard-ready');
    firstScreenShown();
  }, [ready]);
  if (!rows) return <p className="muted">Abriendo…</p>;
  return (
    <section className="dashboard-screen" data-testid="dashboard-screen">
      <h2>Panel de establecimientos</h2>
      <DashboardFilterBar rows={rows} filters={filters} onFilters={setFilters} sort={sort} onSort={setSort} />
      <p className="muted" data-testid="dash-count">
        {shown.length} de {rows.length} establecimiento(s)
      </p>
      <div className="inline-form">
        <OutputButton testId="dash-xlsx" busy={files.busy !== null} onClick={files.xlsx}>
          Exportar tabla (XLSX)
        </OutputButton>
        <OutputButton testId="dash-pdf" busy={files.busy !== null} onClick={files.pdf}>
          Resumen para el directorio (PDF)
        </OutputButton>
        <OutputError error={files.error} />
      </div>
      <h3>Acciones por nivel de implementación (último corte)</h3>
      <LevelsChart rows={shown} />
      <h3>Cifras por establecimiento</h3>
      <DashboardTable rows={shown} />
    </section>
  );
}

import { useEffect, useState } from 'react';
import { labelOf, DEPENDENCIAS } from '../../domain/schools/enums.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import { SchoolSyncBadge } from '../sync-status/index.ts';
import { PortfolioFigures, usePortfolio } from '../portfolio/index.ts';
import { useSchoolList } from './useSchools.ts';
import { firstScreenShown } from '../session/index.ts';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function SchoolListScreen() {
  const [query, setQuery] = useState('');
  const list = useSchoolList(query);
  const portfolio = usePortfolio();
  const ready = list !== undefined && portfolio !== undefined;
  useEffect(() => {
    if (!ready) return;
    // For bench/portfolio.ts: when the list first shows with its figures.
    if (performance.getEntriesByName('portfolio-ready').length === 0) performance.mark('portfolio-ready');
    firstScreenShown();
  }, [ready]);
  return (
    <section className="card">
      <header className="list-header">
        <h1>Establecimientos</h1>
        <a className="button primary" href="#/escuelas/nueva">
          Registrar establecimiento
        </a>
      </header>
      <label className="search">
        Buscar por nombre, RBD o comuna
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Ej.: Alto Meco, 5834, Lautaro"
        />
      </label>
      {list === undefined ? (
        <p className="muted">Cargando…</p>
      ) : list.schools.length === 0 && list.arriving.length === 0 ? (
        <p className="muted" data-testid="school-list-empty">
          {query
            ? 'Ningún establecimiento coincide con la búsqueda.'
            : 'Aún no hay establecimientos en este equipo. Registre el primero.'}
        </p>
      ) : (
        <ul className="school-list" data-testid="school-list">
          {list.schools.map((s) => (
            <li key={s.schoolId}>
              <a href={`#/escuelas/${s.schoolId}`} className="school-row">
                <strong>{s.name || `RBD ${s.schoolId}`}</strong>
                <span className="muted">
                  RBD {s.dv ? formatRbd(s.rbd, s.dv) : s.rbd} · {s.comunaName} · {labelOf(DEPENDENCIAS, s.dependencia)}
                </span>
                {s.conflicts ? (
                  <span className="conflict-mark" data-testid="school-conflicts">
                    {s.conflicts === 1 ? '1 valor por elegir' : `${s.conflicts} valores por elegir`}
                  </span>
                ) : null}
                {portfolio && <PortfolioFigures row={portfolio.get(s.schoolId)} />}
              </a>
              <SchoolSyncBadge schoolId={s.schoolId} />
            </li>
          ))}
          {list.arriving.map((s) => (
            <li key={s.schoolId} data-testid="school-arriving" data-school={s.schoolId}>
              <a href={`#/escuelas/${s.schoolId}`} className="school-row">
                <strong>RBD {s.schoolId}</strong>
                <span className="muted">
                  {s.stored ? 'cargando desde el servidor…' : 'aún sin ficha en el servidor'}
                </span>
              </a>
              <SchoolSyncBadge schoolId={s.schoolId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

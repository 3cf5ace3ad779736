// The advisor's schools: the local index searched by name, RBD or comuna, and the schools the relay
// holds that have not reached this device yet.
import { useEffect, useState } from 'react';
import { usePortfolio } from '../portfolio/index.ts';
import { useSchoolList } from './useSchools.ts';
import { ArrivingSchoolRow, SchoolRow } from './SchoolListRows.tsx';
import { firstScreenShown, useCanEdit } from '../session/index.ts';

export function SchoolListScreen() {
  const [query, setQuery] = useState('');
  const list = useSchoolList(query);
  const portfolio = usePortfolio();
  // A role that only reads profiles registers no school.
  const registers = useCanEdit('profile');
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
        {registers && (
          <a className="button primary" href="#/escuelas/nueva">
            Registrar establecimiento
          </a>
        )}
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
            <SchoolRow key={s.schoolId} school={s} portfolio={portfolio} />
          ))}
          {list.arriving.map((s) => (
            <ArrivingSchoolRow key={s.schoolId} school={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

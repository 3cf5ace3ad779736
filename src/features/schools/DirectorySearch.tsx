// Registration starts from Mineduc's directory (DIR-3, DIR-4): the directory is opened from IndexedDB
// the first time this search is used (never while the first screen opens), and choosing a result hands
// the school to the form, where every field stays editable.
import { useMemo, useState } from 'react';
import { openDirectory } from '../../data/directory.ts';
import type { DirectorySchool } from '../../domain/schools/compactDirectory.ts';
import { searchDirectory, type DirectoryIndex } from '../../domain/schools/directorySearch.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import { COMUNAS, findComuna, findRegion } from '../../domain/territory/territory.ts';

type Load = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; index: DirectoryIndex };

const collator = new Intl.Collator('es');
const COMUNA_OPTIONS = [...COMUNAS].sort((a, b) => collator.compare(a.name, b.name));

function useDirectory() {
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const start = () => {
    if (load.state === 'loading' || load.state === 'ready') return;
    setLoad({ state: 'loading' });
    openDirectory().then(
      (index) => setLoad({ state: 'ready', index }),
      (error: unknown) => {
        console.error('School directory could not be opened', error);
        setLoad({ state: 'failed' });
      },
    );
  };
  return { load, start };
}

export function DirectorySearch({ onChoose }: { onChoose: (school: DirectorySchool) => void }) {
  const { load, start } = useDirectory();
  const [text, setText] = useState('');
  const [comunaCode, setComunaCode] = useState('');
  const results = useMemo(
    () => (load.state === 'ready' ? searchDirectory(load.index, { text, comunaCode }) : []),
    [load, text, comunaCode],
  );
  const asked = text.trim() !== '' || comunaCode !== '';
  return (
    <fieldset className="directory-search" onFocus={start}>
      <legend>Buscar en el directorio oficial de Mineduc</legend>
      <div className="form-grid">
        <div className="field wide">
          <label htmlFor="directory-text">RBD o nombre del establecimiento</label>
          <input id="directory-text" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="directory-comuna">Comuna</label>
          <select id="directory-comuna" value={comunaCode} onChange={(e) => setComunaCode(e.target.value)}>
            <option value="">Todas las comunas</option>
            {COMUNA_OPTIONS.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({findRegion(c.regionCode)?.abbreviation})
              </option>
            ))}
          </select>
        </div>
      </div>
      <DirectoryStatus load={load} asked={asked} found={results.length} />
      {results.length > 0 && (
        <ul className="directory-results" aria-label="Establecimientos encontrados">
          {results.map((s) => (
            <li key={s.rbd}>
              <button type="button" onClick={() => onChoose(s)}>
                <strong>{formatRbd(s.rbd, s.dv)}</strong> {s.name} · {findComuna(s.comunaCode)?.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function DirectoryStatus({ load, asked, found }: { load: Load; asked: boolean; found: number }) {
  if (load.state === 'loading') return <p role="status">Cargando el directorio oficial…</p>;
  if (load.state === 'failed') {
    return (
      <p className="banner warning" role="status">
        No se pudo abrir el directorio oficial. Puede registrar el establecimiento escribiendo sus datos abajo.
      </p>
    );
  }
  if (load.state === 'ready' && asked && found === 0) {
    return <p role="status">Ningún establecimiento del directorio coincide. Si es nuevo, escriba sus datos abajo.</p>;
  }
  return null;
}

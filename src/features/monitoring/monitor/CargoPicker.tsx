// "Mi cargo" (remembered on this device) and "Ver todas las acciones del año".
import { useState } from 'react';

const CARGO_KEY = 'bitacora.monitoring.cargo';

export function useCargoChoice(cargos: readonly string[]) {
  const [cargo, setCargo] = useState(() => localStorage.getItem(CARGO_KEY) ?? '');
  const [all, setAll] = useState(cargos.length === 0);
  const chooseCargo = (value: string) => {
    setCargo(value);
    localStorage.setItem(CARGO_KEY, value);
    setAll(false);
  };
  return { cargo, chooseCargo, all, setAll };
}

type Props = { cargos: readonly string[] } & ReturnType<typeof useCargoChoice>;

export function CargoPicker({ cargos, cargo, chooseCargo, all, setAll }: Props) {
  return (
    <div className="inline-form">
      {cargos.length > 0 && (
        <div className="field">
          <label htmlFor="my-cargo">Mi cargo</label>
          <select id="my-cargo" value={cargo} onChange={(e) => chooseCargo(e.target.value)}>
            <option value="">—</option>
            {cargos.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="check big">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="show-all" /> Ver
        todas las acciones del año
      </label>
    </div>
  );
}

// Two cortes side by side, action by action: level, progress, executed amount, evidence.
import { formatPercent } from '../../domain/shared/numbers.ts';
import { useState } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import { compareCycles } from '../../domain/monitoring/compare.ts';
import { levelInfo } from '../../domain/monitoring/levels.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { effectiveData } from './frozen.ts';

const CHANGE = {
  sube: '▲ sube',
  baja: '▼ baja',
  igual: '= igual',
  nuevo: 'nuevo registro',
  'sin-registro': 'sin registro en el segundo',
  'sin-cambio-registro': 'sin registros',
} as const;

export function CompareTab({ view, pme, year }: { view: MonitoringView; pme: PmePlan; year: number }) {
  const cycles = view.cycles.filter((c) => c.year === year);
  const [a, setA] = useState(cycles.at(-2)?.id ?? cycles[0]?.id ?? '');
  const [b, setB] = useState(cycles.at(-1)?.id ?? '');
  if (cycles.length < 2) return <p className="muted">Se necesitan al menos dos cortes para comparar.</p>;
  const rows = compareCycles(
    pme.actions.filter((x) => x.year === year),
    effectiveData(view).records,
    a,
    b,
  );
  const select = (id: string, value: string, set: (v: string) => void, label: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div>
      <div className="inline-form">
        {select('cmp-a', a, setA, 'Corte anterior')}
        {select('cmp-b', b, setB, 'Corte posterior')}
      </div>
      <table className="programme-table" data-testid="cycle-compare">
        <thead>
          <tr>
            <th>Acción</th>
            <th>Antes</th>
            <th>Después</th>
            <th>Cambio</th>
            <th>Δ avance</th>
            <th>Δ ejecutado</th>
            <th>Δ evidencias</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.actionId}>
              <td>{r.nombre}</td>
              <td>{r.before ? `${levelInfo(r.before.level).short} · ${formatPercent(r.before.progress, 0)}` : '—'}</td>
              <td>{r.after ? `${levelInfo(r.after.level).short} · ${formatPercent(r.after.progress, 0)}` : '—'}</td>
              <td>{CHANGE[r.levelChange]}</td>
              <td>{r.progressDelta === null ? '—' : `${r.progressDelta > 0 ? '+' : ''}${r.progressDelta}`}</td>
              <td>{r.executedDelta === null ? '—' : formatPesos(r.executedDelta)}</td>
              <td>{r.evidenceDelta ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

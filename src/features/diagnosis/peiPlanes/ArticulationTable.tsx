// How much each present plan serves each sello: one select per (sello, plan), "Sin evaluar" by default.
import {
  ARTICULATION_LEVELS,
  articulationLevelSchema,
  matrixKey,
  type ArticulationMatrix,
  type PlanRecord,
} from '../../../domain/diagnosis/peiPlanes.ts';
import type { PeiPlanesHandle } from '../../../data/docs/diagnosis/index.ts';
import { planLabel } from './NormativePlansTable.tsx';

interface Props {
  sellos: readonly { id: string; text: string }[];
  present: PlanRecord[];
  matrix: ArticulationMatrix;
  pei: PeiPlanesHandle;
}

function LevelSelect({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Sin evaluar</option>
      {ARTICULATION_LEVELS.map((l) => (
        <option key={l.value} value={l.value}>
          {l.label}
        </option>
      ))}
    </select>
  );
}

export function ArticulationTable({ sellos, present, matrix, pei }: Props) {
  const setLevel = (key: string, value: string) => {
    const level = articulationLevelSchema.safeParse(Number(value));
    pei.setArticulation(key, value === '' || !level.success ? null : level.data);
  };
  return (
    <>
      <h3>¿Cuánto aporta cada plan a cada sello?</h3>
      <table className="participation" data-testid="articulation">
        <thead>
          <tr>
            <th>Sello</th>
            {present.map((p) => (
              <th key={p.code}>{planLabel(p.code)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sellos.map((s) => (
            <tr key={s.id}>
              <td>{s.text}</td>
              {present.map((p) => {
                const key = matrixKey(s.id, p.code);
                return (
                  <td key={p.code}>
                    <LevelSelect
                      label={`${s.text} – ${planLabel(p.code)}`}
                      value={String(matrix[key] ?? '')}
                      onChange={(v) => setLevel(key, v)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

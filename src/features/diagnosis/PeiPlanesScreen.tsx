// PEI–planes articulation: the PEI's identity, the six plans the law requires, and a matrix of how
// each present plan serves each sello; the gaps are listed as the diagnosis will report them.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  PEI_TEXT_MAX,
  PLAN_OBJECTIVES_MAX,
  ARTICULATION_LEVELS,
  NORMATIVE_PLANS,
  articulationGaps,
  articulationLevelSchema,
  describeGap,
  matrixKey,
} from '../../domain/diagnosis/peiPlanes.ts';
import type { PeiTextField } from '../../data/docs/diagnosis/index.ts';
import { useView } from '../session/index.ts';
import { yearError } from '../../domain/bounds.ts';
import { BoundedNumberInput, LimitedTextarea } from '../forms/index.ts';
import { useDiagnosis } from './useSurvey.ts';

const TEXT_FIELDS: { field: PeiTextField; label: string }[] = [
  { field: 'vision', label: 'Visión' },
  { field: 'mision', label: 'Misión' },
  { field: 'perfilEgreso', label: 'Perfil de egreso' },
];

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function PeiPlanesScreen({ schoolId }: { schoolId: SchoolId }) {
  const pei = useDiagnosis(schoolId)?.pei;
  const read = useView(pei?.view);
  const [sello, setSello] = useState('');
  if (!pei || !read) return <p className="muted">Abriendo…</p>;
  const present = read.plans.filter((p) => p.present);
  const currentYear = new Date().getFullYear();
  const gaps = articulationGaps(read.pei, read.plans, read.matrix);
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Articulación PEI – planes normativos</h1>
      <h3>Proyecto Educativo Institucional</h3>
      <div className="form-grid">
        {TEXT_FIELDS.map(({ field, label }) => (
          <div key={field} className="field wide">
            <label htmlFor={`pei-${field}`}>{label}</label>
            <LimitedTextarea
              id={`pei-${field}`}
              rows={3}
              limit={PEI_TEXT_MAX[field]}
              value={read.pei[field]}
              onChange={(e) => pei.setText(field, e.target.value)}
            />
          </div>
        ))}
      </div>
      <h4>Sellos educativos</h4>
      <ul>
        {read.pei.sellos.map((s) => (
          <li key={s.id}>
            {s.text}{' '}
            <button type="button" className="link" onClick={() => pei.removeSello(s.id)}>
              Quitar
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          pei.addSello(sello);
          setSello('');
        }}
      >
        <label htmlFor="pei-sello">Nuevo sello</label>
        <input id="pei-sello" value={sello} maxLength={300} onChange={(e) => setSello(e.target.value)} />
        <button type="submit" disabled={!sello.trim()}>
          Agregar sello
        </button>
      </form>
      <h3>Planes requeridos por normativa</h3>
      <table className="participation">
        <thead>
          <tr>
            <th>Plan</th>
            <th>Existe</th>
            <th>Año</th>
            <th>Objetivos</th>
          </tr>
        </thead>
        <tbody>
          {read.plans.map((p) => {
            const meta = NORMATIVE_PLANS.find((n) => n.code === p.code);
            return (
              <tr key={p.code}>
                <td>
                  {meta?.label} <span className="muted">({meta?.law})</span>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Existe ${meta?.label}`}
                    checked={p.present}
                    onChange={(e) => pei.setPlan({ ...p, present: e.target.checked })}
                  />
                </td>
                <td>
                  <BoundedNumberInput
                    id={`plan-year-${p.code}`}
                    label={`Año de ${meta?.label}`}
                    stored={p.year}
                    check={(y) => yearError(y, currentYear)}
                    onSave={(year) => pei.setPlan({ ...p, year })}
                  />
                </td>
                <td>
                  <LimitedTextarea
                    id={`plan-objectives-${p.code}`}
                    aria-label={`Objetivos de ${meta?.label}`}
                    rows={2}
                    limit={PLAN_OBJECTIVES_MAX}
                    defaultValue={p.objectives}
                    onBlur={(e) => pei.setPlan({ ...p, objectives: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {read.pei.sellos.length > 0 && present.length > 0 && (
        <>
          <h3>¿Cuánto aporta cada plan a cada sello?</h3>
          <table className="participation" data-testid="articulation">
            <thead>
              <tr>
                <th>Sello</th>
                {present.map((p) => (
                  <th key={p.code}>{NORMATIVE_PLANS.find((n) => n.code === p.code)?.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {read.pei.sellos.map((s) => (
                <tr key={s.id}>
                  <td>{s.text}</td>
                  {present.map((p) => {
                    const key = matrixKey(s.id, p.code);
                    return (
                      <td key={p.code}>
                        <select
                          aria-label={`${s.text} – ${NORMATIVE_PLANS.find((n) => n.code === p.code)?.label}`}
                          value={read.matrix[key] ?? ''}
                          onChange={(e) => {
                            const level = articulationLevelSchema.safeParse(Number(e.target.value));
                            pei.setArticulation(key, e.target.value === '' || !level.success ? null : level.data);
                          }}
                        >
                          <option value="">Sin evaluar</option>
                          {ARTICULATION_LEVELS.map((l) => (
                            <option key={l.value} value={l.value}>
                              {l.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>Brechas</h3>
      {gaps.length === 0 ? (
        <p>No se observan brechas de articulación.</p>
      ) : (
        <ul data-testid="gaps">
          {gaps.map((g) => (
            <li key={JSON.stringify(g)}>{describeGap(g, read.pei)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

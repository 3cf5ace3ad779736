// Fase estratégica: the cycle, the visión and sellos (from the PEI, editable), and per dimension of
// the MGE and the área de resultados its objetivos, each with its metas and estrategias.
import { useState } from 'react';
import { PME_AREAS, cycleSchema } from '../../domain/pme/model.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { useView } from '../session/index.ts';
import { yearError } from '../../domain/bounds.ts';
import { LiveText, NumberInput } from './fields.tsx';
import { NewObjectiveForm } from './NewObjectiveForm.tsx';
import { ObjectiveCard } from './ObjectiveCard.tsx';
import type { DiagnosisInputs } from './usePme.ts';

// Long: the tab's markup in screen order (cycle, visión, sellos, objectives per area).
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function StrategicTab({ pme, inputs }: { pme: PmeHandle; inputs: DiagnosisInputs }) {
  const plan = useView(pme.views.strategic);
  const [sello, setSello] = useState('');
  const [cycleError, setCycleError] = useState<string | null>(null);
  const pei = inputs.pei;
  const canCopy = pei !== null && (pei.vision.trim() !== '' || pei.sellos.length > 0);
  const copyFromPei = () => {
    if (!pei) return;
    const replace = () => window.confirm('¿Reemplazar la visión del PME por la del PEI?');
    if (pei.vision.trim() !== '' && (plan.vision.trim() === '' || replace())) pme.strategic.setVision(pei.vision);
    const have = new Set(plan.sellos.map((s) => s.text.trim().toLowerCase()));
    for (const s of pei.sellos) if (!have.has(s.text.trim().toLowerCase())) pme.strategic.addSello(s.text);
  };
  let objectiveIndex = 0;
  return (
    <div>
      <div className="form-grid">
        <NumberInput
          label="Primer año del ciclo PME (4 años)"
          integer
          value={plan.cycle.startYear}
          error={cycleError}
          bound={(v) => yearError(v, new Date().getFullYear())}
          testId="pme-cycle-start"
          onChange={(v) => {
            const parsed = cycleSchema.shape.startYear.safeParse(v);
            if (!parsed.success) return setCycleError(parsed.error.issues[0]?.message ?? 'Año no válido');
            setCycleError(null);
            pme.strategic.setCycleStartYear(parsed.data);
          }}
        />
        <p className="muted">
          Ciclo {plan.cycle.startYear}–{plan.cycle.startYear + plan.cycle.years - 1}
        </p>
      </div>
      <LiveText
        label="Visión"
        multiline
        value={plan.vision}
        maxLength={2000}
        onChange={(v) => pme.strategic.setVision(v)}
        testId="pme-vision"
      />
      {canCopy && (
        <button type="button" onClick={copyFromPei} data-testid="pme-copy-pei">
          Traer visión y sellos del PEI (diagnóstico)
        </button>
      )}
      <h4>Sellos educativos</h4>
      <ul data-testid="pme-sellos">
        {plan.sellos.map((s) => (
          <li key={s.id}>
            {s.text}{' '}
            <button type="button" className="link" onClick={() => pme.strategic.removeSello(s.id)}>
              Quitar
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (sello.trim()) pme.strategic.addSello(sello);
          setSello('');
        }}
      >
        <label htmlFor="pme-sello">Nuevo sello</label>
        <input id="pme-sello" value={sello} maxLength={300} onChange={(e) => setSello(e.target.value)} />
        <button type="submit" disabled={!sello.trim()}>
          Agregar sello
        </button>
      </form>

      {PME_AREAS.map((area) => {
        const objectives = plan.objectives.filter((o) => o.dimension === area.code);
        return (
          <section key={area.code} className="pme-area" data-testid={`area-${area.code}`}>
            <h3>{area.label}</h3>
            {objectives.map((o) => {
              const i = objectiveIndex++;
              return <ObjectiveCard key={o.id} pme={pme} objectiveId={o.id} inputs={inputs} index={i} />;
            })}
            <NewObjectiveForm pme={pme} area={area.code} />
          </section>
        );
      })}
    </div>
  );
}

// Fase estratégica: the cycle, the visión and sellos (from the PEI, editable), and per dimension of
// the MGE and the área de resultados its objetivos, each with its metas and estrategias.
import { useState } from 'react';
import { PME_AREAS, cycleSchema, type PmeCycle } from '../../domain/pme/model.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { useView } from '../session/index.ts';
import { yearError } from '../../domain/bounds.ts';
import { SellosEditor } from '../forms/index.ts';
import { LiveText, NumberInput } from './fields.tsx';
import { NewObjectiveForm } from './NewObjectiveForm.tsx';
import { ObjectiveCard } from './ObjectiveCard.tsx';
import type { DiagnosisInputs } from './usePme.ts';

type Sellos = readonly { id: string; text: string }[];

/** Brings the PEI's visión (asking before replacing one) and the sellos the plan does not have yet. */
function copyFromPei(
  pme: PmeHandle,
  pei: NonNullable<DiagnosisInputs['pei']>,
  plan: { vision: string; sellos: Sellos },
) {
  const replace = () => window.confirm('¿Reemplazar la visión del PME por la del PEI?');
  if (pei.vision.trim() !== '' && (plan.vision.trim() === '' || replace())) pme.strategic.setVision(pei.vision);
  const have = new Set(plan.sellos.map((s) => s.text.trim().toLowerCase()));
  for (const s of pei.sellos) if (!have.has(s.text.trim().toLowerCase())) pme.strategic.addSello(s.text);
}

function CycleField({ pme, cycle }: { pme: PmeHandle; cycle: PmeCycle }) {
  const [cycleError, setCycleError] = useState<string | null>(null);
  return (
    <div className="form-grid">
      <NumberInput
        label="Primer año del ciclo PME (4 años)"
        integer
        value={cycle.startYear}
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
        Ciclo {cycle.startYear}–{cycle.startYear + cycle.years - 1}
      </p>
    </div>
  );
}

type ObjectiveRef = { id: string; dimension: string };

/** One section per area, objectives numbered across areas in screen order. */
function ObjectivesByArea(props: { pme: PmeHandle; inputs: DiagnosisInputs; objectives: readonly ObjectiveRef[] }) {
  const { pme, inputs, objectives } = props;
  let objectiveIndex = 0;
  return PME_AREAS.map((area) => (
    <section key={area.code} className="pme-area" data-testid={`area-${area.code}`}>
      <h3>{area.label}</h3>
      {objectives
        .filter((o) => o.dimension === area.code)
        .map((o) => (
          <ObjectiveCard key={o.id} pme={pme} objectiveId={o.id} inputs={inputs} index={objectiveIndex++} />
        ))}
      <NewObjectiveForm pme={pme} area={area.code} />
    </section>
  ));
}

export function StrategicTab({ pme, inputs }: { pme: PmeHandle; inputs: DiagnosisInputs }) {
  const plan = useView(pme.views.strategic);
  const pei = inputs.pei;
  const canCopy = pei !== null && (pei.vision.trim() !== '' || pei.sellos.length > 0);
  return (
    <div>
      <CycleField pme={pme} cycle={plan.cycle} />
      <LiveText
        label="Visión"
        multiline
        value={plan.vision}
        maxLength={2000}
        onChange={(v) => pme.strategic.setVision(v)}
        testId="pme-vision"
      />
      {canCopy && (
        <button type="button" onClick={() => copyFromPei(pme, pei, plan)} data-testid="pme-copy-pei">
          Traer visión y sellos del PEI (diagnóstico)
        </button>
      )}
      <SellosEditor
        sellos={plan.sellos}
        inputId="pme-sello"
        testId="pme-sellos"
        onAdd={(text) => pme.strategic.addSello(text)}
        onRemove={(id) => pme.strategic.removeSello(id)}
      />
      <ObjectivesByArea pme={pme} inputs={inputs} objectives={plan.objectives} />
    </div>
  );
}

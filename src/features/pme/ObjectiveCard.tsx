import type * as Y from 'yjs';
import { cycleYears, objectiveSchema, strategySchema, type PmeCycle, type StrategicGoal, type StrategicObjective, type Strategy } from '../../domain/pme/model.ts';
import { checkObjectiveSmart } from '../../domain/pme/smart.ts';
import { createEntry, deleteEntry, updateEntry } from '../../data/pmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { Checkbox, LiveText } from './fields.tsx';
import { GoalCard } from './GoalCard.tsx';
import { SmartPanel } from './SmartPanel.tsx';
import { newId } from './format.ts';
import type { DiagnosisInputs } from './usePme.ts';

const textError = (schema: typeof objectiveSchema.shape.text, v: string) => (v.trim() === '' ? 'Escriba el texto' : (schema.safeParse(v).error?.issues[0]?.message ?? null));

interface Props {
  doc: Y.Doc;
  objective: StrategicObjective;
  goals: StrategicGoal[];
  strategies: Strategy[];
  cycle: PmeCycle;
  inputs: DiagnosisInputs;
  userName: string;
  index: number;
}

export function ObjectiveCard({ doc, objective, goals, strategies, cycle, inputs, userName, index }: Props) {
  const now = () => new Date().toISOString();
  const smart = checkObjectiveSmart({
    text: objective.text,
    dimension: objective.dimension,
    priorityIds: objective.priorityIds,
    metas: goals.map((g) => ({ indicatorName: g.indicator.name })),
    cycle,
  });
  const known = new Set(inputs.priorities.map((p) => p.id));
  const missing = objective.priorityIds.filter((id) => !known.has(id));
  const togglePriority = (id: string, on: boolean) => {
    const next = on ? [...objective.priorityIds, id] : objective.priorityIds.filter((x) => x !== id);
    updateEntry(doc, 'objective', objective.id, { priorityIds: next }, LOCAL_EDIT);
  };
  const tid = `objective-${index}`;
  return (
    <article className="pme-objective" data-testid={tid} data-objective-id={objective.id}>
      <LiveText
        label="Objetivo estratégico"
        multiline
        maxLength={1000}
        value={objective.text}
        error={textError(objectiveSchema.shape.text, objective.text)}
        onChange={(v) => updateEntry(doc, 'objective', objective.id, { text: v }, LOCAL_EDIT)}
        testId={`${tid}-text`}
      />
      <fieldset className="priorities">
        <legend>Prioridades del diagnóstico que aborda</legend>
        {inputs.priorities.length === 0 && <p className="muted">Aún no hay problemas priorizados en el diagnóstico.</p>}
        {inputs.priorities.map((p) => (
          <Checkbox key={p.id} label={p.text} checked={objective.priorityIds.includes(p.id)} onChange={(on) => togglePriority(p.id, on)} testId={`${tid}-priority-${p.id}`} />
        ))}
        {missing.length > 0 && <p className="muted">Vinculado además a {missing.length} prioridad(es) que ya no están seleccionadas en el diagnóstico.</p>}
      </fieldset>
      <SmartPanel result={smart} testId={`${tid}-smart`} />

      <h4>Metas estratégicas</h4>
      {goals.map((g, i) => (
        <GoalCard key={g.id} doc={doc} goal={g} cycle={cycle} priorityIds={objective.priorityIds} baselines={inputs.baselines} userName={userName} testId={`${tid}-goal-${i}`} />
      ))}
      <button
        type="button"
        data-testid={`${tid}-add-goal`}
        onClick={() =>
          createEntry(doc, 'goal', newId(), { objectiveId: objective.id, text: '', indicator: { name: '', unit: '%', min: 0, max: 100 }, targets: cycleYears(cycle).map((year) => ({ year, value: null })) }, LOCAL_EDIT)
        }
      >
        Agregar meta
      </button>

      <h4>Estrategias</h4>
      {strategies.map((s, i) => (
        <div key={s.id} className="pme-strategy" data-testid={`${tid}-strategy-${i}`}>
          <LiveText
            label={`Estrategia ${i + 1}`}
            multiline
            maxLength={1000}
            rows={2}
            value={s.text}
            error={textError(strategySchema.shape.text, s.text)}
            onChange={(v) => updateEntry(doc, 'strategy', s.id, { text: v }, LOCAL_EDIT)}
            testId={`${tid}-strategy-${i}-text`}
          />
          <button type="button" className="link danger" onClick={() => deleteEntry(doc, 'strategy', s.id, userName, now(), LOCAL_EDIT)}>
            Eliminar estrategia
          </button>
        </div>
      ))}
      <button type="button" data-testid={`${tid}-add-strategy`} onClick={() => createEntry(doc, 'strategy', newId(), { objectiveId: objective.id, text: '' }, LOCAL_EDIT)}>
        Agregar estrategia
      </button>
      <p>
        <button
          type="button"
          className="link danger"
          onClick={() => {
            if (window.confirm('¿Eliminar este objetivo con sus metas, estrategias y acciones? Podrá restaurarlo desde «Eliminados».')) {
              deleteEntry(doc, 'objective', objective.id, userName, now(), LOCAL_EDIT);
            }
          }}
        >
          Eliminar objetivo
        </button>
      </p>
    </article>
  );
}

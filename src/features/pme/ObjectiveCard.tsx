import { objectiveSchema, strategySchema } from '../../domain/pme/model.ts';
import { checkObjectiveSmart } from '../../domain/pme/smart.ts';
import type { ObjectiveBranch, PmeHandle } from '../../data/docs/pme/index.ts';
import { useView } from '../session/index.ts';
import { Checkbox, LiveText } from './fields.tsx';
import { GoalCard } from './GoalCard.tsx';
import { SmartPanel } from './SmartPanel.tsx';
import type { DiagnosisInputs } from './usePme.ts';

const textError = (schema: typeof objectiveSchema.shape.text, v: string) =>
  v.trim() === '' ? 'Escriba el texto' : (schema.safeParse(v).error?.issues[0]?.message ?? null);

interface Props {
  pme: PmeHandle;
  objectiveId: string;
  inputs: DiagnosisInputs;
  index: number;
}

/** One objetivo with its metas and estrategias; re-renders only when this branch of the plan changes. */
export function ObjectiveCard({ pme, objectiveId, inputs, index }: Props) {
  const branch = useView(pme.views.objective(objectiveId));
  return branch && <ObjectiveEditor pme={pme} branch={branch} inputs={inputs} index={index} />;
}

type EditorProps = Omit<Props, 'objectiveId'> & { branch: ObjectiveBranch };

function PriorityChecks({ pme, branch, inputs, tid }: Omit<EditorProps, 'index'> & { tid: string }) {
  const { objective } = branch;
  const known = new Set(inputs.priorities.map((p) => p.id));
  const missing = objective.priorityIds.filter((id) => !known.has(id));
  const togglePriority = (id: string, on: boolean) => {
    const next = on ? [...objective.priorityIds, id] : objective.priorityIds.filter((x) => x !== id);
    pme.objectives.setPriorities(objective.id, next);
  };
  return (
    <fieldset className="priorities">
      <legend>Prioridades del diagnóstico que aborda</legend>
      {inputs.priorities.length === 0 && <p className="muted">Aún no hay problemas priorizados en el diagnóstico.</p>}
      {inputs.priorities.map((p) => (
        <Checkbox
          key={p.id}
          label={p.text}
          checked={objective.priorityIds.includes(p.id)}
          onChange={(on) => togglePriority(p.id, on)}
          testId={`${tid}-priority-${p.id}`}
        />
      ))}
      {missing.length > 0 && (
        <p className="muted">
          Vinculado además a {missing.length} prioridad(es) que ya no están seleccionadas en el diagnóstico.
        </p>
      )}
    </fieldset>
  );
}

function GoalList({ pme, branch, inputs, tid }: Omit<EditorProps, 'index'> & { tid: string }) {
  const { objective, goals, cycle } = branch;
  return (
    <>
      <h4>Metas estratégicas</h4>
      {goals.map((g, i) => (
        <GoalCard
          key={g.id}
          pme={pme}
          goal={g}
          cycle={cycle}
          priorityIds={objective.priorityIds}
          baselines={inputs.baselines}
          testId={`${tid}-goal-${i}`}
        />
      ))}
      <button type="button" data-testid={`${tid}-add-goal`} onClick={() => pme.goals.add(objective.id, cycle)}>
        Agregar meta
      </button>
    </>
  );
}

function StrategyList({ pme, branch, tid }: { pme: PmeHandle; branch: ObjectiveBranch; tid: string }) {
  const { objective, strategies } = branch;
  return (
    <>
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
            onChange={(v) => pme.strategies.setText(s.id, v)}
            testId={`${tid}-strategy-${i}-text`}
          />
          <button type="button" className="link danger" onClick={() => pme.strategies.remove(s.id)}>
            Eliminar estrategia
          </button>
        </div>
      ))}
      <button type="button" data-testid={`${tid}-add-strategy`} onClick={() => pme.strategies.add(objective.id)}>
        Agregar estrategia
      </button>
    </>
  );
}

function RemoveObjectiveButton({ pme, objectiveId }: { pme: PmeHandle; objectiveId: string }) {
  const remove = () => {
    const question =
      '¿Eliminar este objetivo con sus metas, estrategias y acciones? Podrá restaurarlo desde «Eliminados».';
    if (window.confirm(question)) pme.objectives.remove(objectiveId);
  };
  return (
    <p>
      <button type="button" className="link danger" onClick={remove}>
        Eliminar objetivo
      </button>
    </p>
  );
}

/** The objective's fields, then its metas and estrategias, in the order the plan reads. */
function ObjectiveEditor({ pme, branch, inputs, index }: EditorProps) {
  const { objective, goals, cycle } = branch;
  const smart = checkObjectiveSmart({
    text: objective.text,
    dimension: objective.dimension,
    priorityIds: objective.priorityIds,
    metas: goals.map((g) => ({ indicatorName: g.indicator.name })),
    cycle,
  });
  const tid = `objective-${index}`;
  return (
    <article className="pme-objective" data-testid={tid} data-objective-id={objective.id}>
      <LiveText
        label="Objetivo estratégico"
        multiline
        maxLength={1000}
        value={objective.text}
        error={textError(objectiveSchema.shape.text, objective.text)}
        onChange={(v) => pme.objectives.setText(objective.id, v)}
        testId={`${tid}-text`}
      />
      <PriorityChecks pme={pme} branch={branch} inputs={inputs} tid={tid} />
      <SmartPanel result={smart} testId={`${tid}-smart`} />
      <GoalList pme={pme} branch={branch} inputs={inputs} tid={tid} />
      <StrategyList pme={pme} branch={branch} tid={tid} />
      <RemoveObjectiveButton pme={pme} objectiveId={objective.id} />
    </article>
  );
}

import {
  INDICATOR_UNITS,
  cycleYears,
  indicatorSchema,
  goalSchema,
  type PmeCycle,
  type StrategicGoal,
  type IndicatorUnitCode,
} from '../../domain/pme/model.ts';
import { checkGoalSmart } from '../../domain/pme/smart.ts';
import type { BaselineCandidate } from '../../domain/pme/baselines.ts';
import type { GoalPatch, PmeHandle } from '../../data/docs/pme/index.ts';
import { indicatorValueError, yearError } from '../../domain/bounds.ts';
import { LiveText, NumberInput, Labeled } from './fields.tsx';
import { SmartPanel } from './SmartPanel.tsx';
import { showDecimal } from './format.ts';

const textError = (v: string) =>
  v.trim() === '' ? null : (goalSchema.shape.text.safeParse(v).error?.issues[0]?.message ?? null);

interface Props {
  pme: PmeHandle;
  goal: StrategicGoal;
  cycle: PmeCycle;
  priorityIds: string[];
  baselines: BaselineCandidate[];
  testId: string;
}

interface PartProps {
  goal: StrategicGoal;
  update: (patch: GoalPatch) => void;
  tid: string;
}

function BaselinePick({ goal, update, baselines }: Omit<PartProps, 'tid'> & { baselines: BaselineCandidate[] }) {
  const applyBaseline = (id: string) => {
    const c = baselines.find((b) => b.id === id);
    if (!c) return;
    update({
      indicator: { name: c.indicatorName, unit: c.unit, min: c.min, max: c.max },
      baseline: { value: c.value, year: c.year, source: c.source },
    });
  };
  return (
    <Labeled id={`${goal.id}-baseline-pick`} label="Tomar indicador y línea base de los datos del diagnóstico" wide>
      <select id={`${goal.id}-baseline-pick`} value="" onChange={(e) => applyBaseline(e.target.value)}>
        <option value="">— Elegir —</option>
        {baselines.map((b) => (
          <option key={b.id} value={b.id}>
            {b.indicatorName}: {showDecimal(b.value)} ({b.source})
          </option>
        ))}
      </select>
    </Labeled>
  );
}

/** The indicator: its name, unit and the range of values it can take. */
function IndicatorFields({ goal, update, tid }: PartProps) {
  const indicatorIssues = indicatorSchema.safeParse(goal.indicator).error?.issues ?? [];
  const indicatorError = indicatorIssues.find((i) => i.path[0] === 'max')?.message ?? null;
  return (
    <>
      <LiveText
        label="Indicador"
        value={goal.indicator.name}
        onChange={(v) => update({ indicator: { name: v } })}
        testId={`${tid}-indicator`}
      />
      <Labeled id={`${goal.id}-unit`} label="Unidad">
        <select
          id={`${goal.id}-unit`}
          value={goal.indicator.unit}
          data-testid={`${tid}-unit`}
          onChange={(e) => update({ indicator: { unit: e.target.value as IndicatorUnitCode } })}
        >
          {INDICATOR_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </Labeled>
      <NumberInput
        label="Mínimo posible"
        value={goal.indicator.min}
        onChange={(v) => update({ indicator: { min: v } })}
        testId={`${tid}-min`}
      />
      <NumberInput
        label="Máximo posible"
        value={goal.indicator.max}
        onChange={(v) => update({ indicator: { max: v } })}
        error={indicatorError}
        testId={`${tid}-max`}
      />
    </>
  );
}

function BaselineFields({ goal, update, tid }: PartProps) {
  return (
    <>
      <NumberInput
        label="Línea base"
        value={goal.baseline.value}
        bound={(v) => indicatorValueError(goal.indicator, v)}
        onChange={(v) => update({ baseline: { value: v } })}
        testId={`${tid}-baseline`}
      />
      <NumberInput
        label="Año de la línea base"
        integer
        value={goal.baseline.year}
        bound={(v) => yearError(v, new Date().getFullYear())}
        onChange={(v) => update({ baseline: { year: v } })}
        testId={`${tid}-baseline-year`}
      />
      <LiveText
        label="Fuente de la línea base"
        value={goal.baseline.source}
        onChange={(v) => update({ baseline: { source: v } })}
      />
    </>
  );
}

function YearTargets({ goal, update, tid, cycle }: PartProps & { cycle: PmeCycle }) {
  return (
    <fieldset className="targets">
      <legend>Meta por año del ciclo</legend>
      {cycleYears(cycle).map((year) => (
        <NumberInput
          key={year}
          label={String(year)}
          value={goal.targets.find((t) => t.year === year)?.value ?? null}
          bound={(v) => indicatorValueError(goal.indicator, v)}
          onChange={(v) => update({ targets: { [String(year)]: v } })}
          testId={`${tid}-target-${year}`}
        />
      ))}
    </fieldset>
  );
}

/** One meta, its fields one after another. */
export function GoalCard({ pme, goal, cycle, priorityIds, baselines, testId: tid }: Props) {
  const update = (patch: GoalPatch) => pme.goals.update(goal.id, patch);
  const smart = checkGoalSmart({
    text: goal.text,
    indicator: goal.indicator.name.trim() === '' ? null : goal.indicator,
    baseline: goal.baseline,
    targets: goal.targets,
    cycle,
    linkedPriorityIds: priorityIds,
  });
  return (
    <div className="pme-goal" data-testid={tid} data-goal-id={goal.id}>
      <div className="form-grid">
        <LiveText
          label="Meta estratégica"
          multiline
          maxLength={1000}
          rows={2}
          value={goal.text}
          error={textError(goal.text)}
          onChange={(v) => update({ text: v })}
          testId={`${tid}-text`}
        />
        {baselines.length > 0 && <BaselinePick goal={goal} update={update} baselines={baselines} />}
        <IndicatorFields goal={goal} update={update} tid={tid} />
        <BaselineFields goal={goal} update={update} tid={tid} />
      </div>
      <YearTargets goal={goal} update={update} tid={tid} cycle={cycle} />
      <SmartPanel result={smart} testId={`${tid}-smart`} />
      <button type="button" className="link danger" onClick={() => pme.goals.remove(goal.id)}>
        Eliminar meta
      </button>
    </div>
  );
}

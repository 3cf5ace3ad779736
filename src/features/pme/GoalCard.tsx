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

// Long: one form, the meta's fields one after another as the Plataforma PME lists them.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function GoalCard(props: Props) {
  const { pme, goal, cycle } = props;
  const update = (patch: GoalPatch) => pme.goals.update(goal.id, patch);
  const smart = checkGoalSmart({
    text: goal.text,
    indicator: goal.indicator.name.trim() === '' ? null : goal.indicator,
    baseline: goal.baseline,
    targets: goal.targets,
    cycle,
    linkedPriorityIds: props.priorityIds,
  });
  const indicatorIssues = indicatorSchema.safeParse(goal.indicator).error?.issues ?? [];
  const indicatorError = indicatorIssues.find((i) => i.path[0] === 'max')?.message ?? null;
  const applyBaseline = (id: string) => {
    const c = props.baselines.find((b) => b.id === id);
    if (!c) return;
    update({
      indicator: { name: c.indicatorName, unit: c.unit, min: c.min, max: c.max },
      baseline: { value: c.value, year: c.year, source: c.source },
    });
  };
  const tid = props.testId;
  const inRange = (v: number) => indicatorValueError(goal.indicator, v);
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
        {props.baselines.length > 0 && (
          <Labeled
            id={`${goal.id}-baseline-pick`}
            label="Tomar indicador y línea base de los datos del diagnóstico"
            wide
          >
            <select id={`${goal.id}-baseline-pick`} value="" onChange={(e) => applyBaseline(e.target.value)}>
              <option value="">— Elegir —</option>
              {props.baselines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.indicatorName}: {showDecimal(b.value)} ({b.source})
                </option>
              ))}
            </select>
          </Labeled>
        )}
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
        <NumberInput
          label="Línea base"
          value={goal.baseline.value}
          bound={inRange}
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
      </div>
      <fieldset className="targets">
        <legend>Meta por año del ciclo</legend>
        {cycleYears(cycle).map((year) => (
          <NumberInput
            key={year}
            label={String(year)}
            value={goal.targets.find((t) => t.year === year)?.value ?? null}
            bound={inRange}
            onChange={(v) => update({ targets: { [String(year)]: v } })}
            testId={`${tid}-target-${year}`}
          />
        ))}
      </fieldset>
      <SmartPanel result={smart} testId={`${tid}-smart`} />
      <button type="button" className="link danger" onClick={() => pme.goals.remove(goal.id)}>
        Eliminar meta
      </button>
    </div>
  );
}

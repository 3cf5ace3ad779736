// One acción of the annual plan with every field an acción carries (docs/domain.md). Problems (dates out of
// the school year, end before start, no responsable, no medios) show under their field.
import { actionSchema, type PmeAction } from '../../domain/pme/model.ts';
import { validateAction, type ActionProblem } from '../../domain/pme/actionRules.ts';
import type { SchoolYear } from '../../domain/shared/schoolYear.ts';
import type { ActionPatch, PmeHandle } from '../../data/docs/pme/index.ts';
import { useView } from '../session/index.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { Comments } from '../review/index.ts';
import { DateInput, LiveText } from './fields.tsx';
import {
  ActionSummary,
  DimensionFields,
  FlagsAndPlans,
  FundingFields,
  MediosField,
  type ActionPartProps,
} from './ActionFieldGroups.tsx';

const nameError = (v: string) => actionSchema.shape.nombre.safeParse(v).error?.issues[0]?.message ?? null;

interface Props {
  pme: PmeHandle;
  actionId: string;
  schoolYear: SchoolYear;
  testId: string;
  open?: boolean;
  /** Where the action's comments are kept (none shown without it). */
  schoolId?: SchoolId;
}

/** One action's editor: it reads its own entry, so typing in it re-renders this card only. */
export function ActionCard(props: Props) {
  const action = useView(props.pme.views.action(props.actionId));
  return action && <ActionEditor {...props} action={action} />;
}

/** When, who and with what: dates, responsable and recursos. */
function ScheduleFields({ action, update, tid, errorOf }: ActionPartProps) {
  return (
    <>
      <DateInput
        label="Fecha de inicio"
        value={action.fechaInicio}
        error={errorOf('fechaInicio')}
        onChange={(v) => update({ fechaInicio: v })}
        testId={`${tid}-inicio`}
      />
      <DateInput
        label="Fecha de término"
        value={action.fechaTermino}
        error={errorOf('fechaTermino')}
        onChange={(v) => update({ fechaTermino: v })}
        testId={`${tid}-termino`}
      />
      <LiveText
        label="Responsable (cargo)"
        value={action.responsable}
        error={errorOf('responsable')}
        onChange={(v) => update({ responsable: v })}
        testId={`${tid}-responsable`}
      />
      <LiveText
        label="Recursos necesarios"
        multiline
        maxLength={4000}
        rows={2}
        value={action.recursos}
        onChange={(v) => update({ recursos: v })}
        testId={`${tid}-recursos`}
      />
    </>
  );
}

/** Every field of the acción, one after another. */
function ActionEditor(props: Omit<Props, 'actionId'> & { action: PmeAction }) {
  const { pme, action, testId: tid } = props;
  const update = (patch: ActionPatch) => pme.plan.setActionFields(action.id, patch);
  const problems = validateAction(action, props.schoolYear);
  const errorOf = (field: keyof PmeAction) =>
    problems
      .filter((p: ActionProblem) => p.field === field)
      .map((p) => p.message)
      .join('. ') || null;
  const part = { action, update, tid, errorOf };
  return (
    <details className="pme-action" data-testid={tid} data-action-id={action.id} open={props.open}>
      <ActionSummary action={action} tid={tid} problemCount={problems.length} />
      <div className="form-grid">
        <LiveText
          label="Nombre de la acción"
          value={action.nombre}
          error={nameError(action.nombre)}
          onChange={(v) => update({ nombre: v })}
          testId={`${tid}-nombre`}
          wide
        />
        <LiveText
          label="Descripción"
          multiline
          maxLength={4000}
          value={action.descripcion}
          onChange={(v) => update({ descripcion: v })}
          testId={`${tid}-descripcion`}
        />
        <DimensionFields {...part} />
        <ScheduleFields {...part} />
        <MediosField {...part} />
        <FlagsAndPlans {...part} />
        <LiveText
          label="Programa asociado"
          value={action.programaAsociado}
          onChange={(v) => update({ programaAsociado: v })}
        />
      </div>
      <FundingFields {...part} />
      {props.schoolId && <Comments schoolId={props.schoolId} target={{ kind: 'pme-action', id: action.id }} />}
      <button
        type="button"
        className="link danger"
        data-testid={`${tid}-delete`}
        onClick={() => pme.plan.removeAction(action.id)}
      >
        Eliminar acción
      </button>
    </details>
  );
}

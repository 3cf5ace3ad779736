// One acción of the annual plan with every field the Plataforma PME asks for. Problems (dates out of
// the school year, end before start, no responsable, no medios) show under their field.
import { SUBDIMENSIONS, DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { NORMATIVE_PLANS } from '../../domain/diagnosis/peiPlanes.ts';
import { FUNDING_SOURCES, actionSchema, type PmeAction } from '../../domain/pme/model.ts';
import { validateAction, type ActionProblem } from '../../domain/pme/actionRules.ts';
import type { SchoolYear } from '../../domain/shared/schoolYear.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { actionTotal } from '../../domain/pme/budget.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import type { ActionPatch, PmeHandle } from '../../data/docs/pme/index.ts';
import { useView } from '../session/index.ts';
import { Checkbox, DateInput, Labeled, LiveText, PesosInput } from './fields.tsx';

const showDate = (iso: string) => (iso ? formatIsoDate(iso) : '—');
const nameError = (v: string) => actionSchema.shape.nombre.safeParse(v).error?.issues[0]?.message ?? null;

interface Props {
  pme: PmeHandle;
  actionId: string;
  schoolYear: SchoolYear;
  testId: string;
  open?: boolean;
}

/** One action's editor: it reads its own entry, so typing in it re-renders this card only. */
export function ActionCard(props: Props) {
  const action = useView(props.pme.views.action(props.actionId));
  return action && <ActionEditor {...props} action={action} />;
}

// One long form, field after field, as the Plataforma PME lists them.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
function ActionEditor(props: Omit<Props, 'actionId'> & { action: PmeAction }) {
  const { pme, action, testId: tid } = props;
  const update = (patch: ActionPatch) => pme.plan.setActionFields(action.id, patch);
  const problems = validateAction(action, props.schoolYear);
  const errorOf = (field: keyof PmeAction) =>
    problems
      .filter((p: ActionProblem) => p.field === field)
      .map((p) => p.message)
      .join('. ') || null;
  const medios = action.mediosVerificacion;
  const toggle = <C extends string>(list: readonly C[], code: C, on: boolean): C[] =>
    on ? [...list, code] : list.filter((c) => c !== code);
  return (
    <details className="pme-action" data-testid={tid} data-action-id={action.id} open={props.open}>
      <summary>
        <strong data-testid={`${tid}-title`}>{action.nombre.trim() || '(acción sin nombre)'}</strong>
        <span className="muted">
          {' '}
          · {showDate(action.fechaInicio)} a {showDate(action.fechaTermino)} · {action.responsable || 'sin responsable'}{' '}
          · <span data-testid={`${tid}-total`}>{formatPesos(actionTotal(action))}</span>
        </span>
        {problems.length > 0 && (
          <span className="badge warning" data-testid={`${tid}-problems`}>
            {problems.length} {problems.length === 1 ? 'pendiente' : 'pendientes'}
          </span>
        )}
      </summary>
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
        <Labeled id={`${action.id}-dim`} label="Dimensión">
          <select
            id={`${action.id}-dim`}
            value={action.dimension}
            data-testid={`${tid}-dimension`}
            onChange={(e) => {
              const d = e.target.value as DimensionCode;
              const inDimension = (s: string) => SUBDIMENSIONS.find((x) => x.code === s)?.dimension === d;
              update({ dimension: d, subdimensiones: action.subdimensiones.filter(inDimension) });
            }}
          >
            {DIMENSIONS.map((d) => (
              <option key={d.code} value={d.code}>
                {d.label}
              </option>
            ))}
          </select>
        </Labeled>
        <fieldset className="field">
          <legend>Subdimensiones</legend>
          {SUBDIMENSIONS.filter((s) => s.dimension === action.dimension).map((s) => (
            <Checkbox
              key={s.code}
              label={s.label}
              checked={action.subdimensiones.includes(s.code)}
              onChange={(on) => update({ subdimensiones: toggle(action.subdimensiones, s.code, on) })}
              testId={`${tid}-sub-${s.code}`}
            />
          ))}
          {errorOf('subdimensiones') && <span className="field-error">{errorOf('subdimensiones')}</span>}
        </fieldset>
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
        <fieldset className="field wide" data-testid={`${tid}-medios`}>
          <legend>Medios de verificación</legend>
          {medios.map((m, i) => (
            <div key={i} className="inline-form tight">
              <input
                aria-label={`Medio de verificación ${i + 1}`}
                value={m}
                maxLength={500}
                data-testid={`${tid}-medio-${i}`}
                onChange={(e) => update({ mediosVerificacion: medios.map((x, j) => (j === i ? e.target.value : x)) })}
              />
              <button
                type="button"
                className="link"
                onClick={() => update({ mediosVerificacion: medios.filter((_, j) => j !== i) })}
              >
                Quitar
              </button>
            </div>
          ))}
          <button
            type="button"
            data-testid={`${tid}-add-medio`}
            onClick={() => update({ mediosVerificacion: [...medios, ''] })}
          >
            Agregar medio de verificación
          </button>
          {errorOf('mediosVerificacion') && <span className="field-error">{errorOf('mediosVerificacion')}</span>}
        </fieldset>
        <div className="field">
          <Checkbox
            label="Uso de TIC"
            checked={action.usoTIC}
            onChange={(v) => update({ usoTIC: v })}
            testId={`${tid}-tic`}
          />
          <Checkbox
            label="Asesoría ATE"
            checked={action.asesoriaATE}
            onChange={(v) => update({ asesoriaATE: v })}
            testId={`${tid}-ate`}
          />
        </div>
        <fieldset className="field">
          <legend>Planes normativos asociados</legend>
          {NORMATIVE_PLANS.map((p) => (
            <Checkbox
              key={p.code}
              label={p.label}
              checked={action.planesNormativos.includes(p.code)}
              onChange={(on) => update({ planesNormativos: toggle(action.planesNormativos, p.code, on) })}
            />
          ))}
        </fieldset>
        <LiveText
          label="Programa asociado"
          value={action.programaAsociado}
          onChange={(v) => update({ programaAsociado: v })}
        />
      </div>
      <fieldset className="funding">
        <legend>Financiamiento (monto estimado)</legend>
        {FUNDING_SOURCES.map((f) => (
          <PesosInput
            key={f.code}
            label={f.label}
            value={action.financiamiento[f.code]}
            onChange={(v) => update({ financiamiento: { [f.code]: v } })}
            testId={`${tid}-monto-${f.code}`}
          />
        ))}
        <p>
          Total: <strong>{formatPesos(actionTotal(action))}</strong>
        </p>
      </fieldset>
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

// The groups of fields of one acción's editor (ActionCard): the summary line, dimension and
// subdimensiones, medios de verificación, TIC/ATE and planes normativos, and the financing.
import { SUBDIMENSIONS, DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { NORMATIVE_PLANS } from '../../domain/diagnosis/peiPlanes.ts';
import { FUNDING_SOURCES, type PmeAction } from '../../domain/pme/model.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { actionTotal } from '../../domain/pme/budget.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import type { ActionPatch } from '../../data/docs/pme/index.ts';
import { BufferedInput } from '../forms/index.ts';
import { Checkbox, Labeled, PesosInput } from './fields.tsx';

const showDate = (iso: string) => (iso ? formatIsoDate(iso) : '—');
const toggle = <C extends string>(list: readonly C[], code: C, on: boolean): C[] =>
  on ? [...list, code] : list.filter((c) => c !== code);

export interface ActionPartProps {
  action: PmeAction;
  update: (patch: ActionPatch) => void;
  tid: string;
  /** The problems of one field, joined; null when it has none. */
  errorOf: (field: keyof PmeAction) => string | null;
}

export function ActionSummary({ action, tid, problemCount }: { action: PmeAction; tid: string; problemCount: number }) {
  return (
    <summary>
      <strong data-testid={`${tid}-title`}>{action.nombre.trim() || '(acción sin nombre)'}</strong>
      <span className="muted">
        {' '}
        · {showDate(action.fechaInicio)} a {showDate(action.fechaTermino)} · {action.responsable || 'sin responsable'} ·{' '}
        <span data-testid={`${tid}-total`}>{formatPesos(actionTotal(action))}</span>
      </span>
      {problemCount > 0 && (
        <span className="badge warning" data-testid={`${tid}-problems`}>
          {problemCount} {problemCount === 1 ? 'pendiente' : 'pendientes'}
        </span>
      )}
    </summary>
  );
}

export function DimensionFields({ action, update, tid, errorOf }: ActionPartProps) {
  const choose = (d: DimensionCode) => {
    const inDimension = (s: string) => SUBDIMENSIONS.find((x) => x.code === s)?.dimension === d;
    update({ dimension: d, subdimensiones: action.subdimensiones.filter(inDimension) });
  };
  return (
    <>
      <Labeled id={`${action.id}-dim`} label="Dimensión">
        <select
          id={`${action.id}-dim`}
          value={action.dimension}
          data-testid={`${tid}-dimension`}
          onChange={(e) => choose(e.target.value as DimensionCode)}
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
    </>
  );
}

export function MediosField({ action, update, tid, errorOf }: ActionPartProps) {
  const medios = action.mediosVerificacion;
  return (
    <fieldset className="field wide" data-testid={`${tid}-medios`}>
      <legend>Medios de verificación</legend>
      {medios.map((m, i) => (
        <div key={i} className="inline-form tight">
          <BufferedInput
            aria-label={`Medio de verificación ${i + 1}`}
            value={m}
            maxLength={500}
            data-testid={`${tid}-medio-${i}`}
            onCommit={(text) => update({ mediosVerificacion: medios.map((x, j) => (j === i ? text : x)) })}
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
  );
}

export function FlagsAndPlans({ action, update, tid }: Omit<ActionPartProps, 'errorOf'>) {
  return (
    <>
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
    </>
  );
}

export function FundingFields({ action, update, tid }: Omit<ActionPartProps, 'errorOf'>) {
  return (
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
  );
}

// The form that records one decision on an acción or estrategia: the kind, its rationale, the
// proposed adjustment and the evidence (monitoring records, indicators) it rests on.
import { useForm, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { DECISION_KINDS, decisionKindSchema, type DecisionScope } from '../../domain/evaluation/decisions.ts';
import { levelInfo } from '../../domain/monitoring/levels.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import { formatPercent } from '../../domain/shared/numbers.ts';

const formSchema = z.object({
  kind: decisionKindSchema,
  rationale: z.string().trim().min(1, { message: 'Explique en qué evidencia se basa la decisión' }).max(4000),
  proposal: z.string().trim().max(4000),
  recordIds: z.array(z.string()),
  goalIds: z.array(z.string()),
});
type Form = z.input<typeof formSchema>;

interface EvidenceProps {
  register: UseFormRegister<Form>;
  records: MonitoringRecord[];
  goals: { id: string; name: string }[];
}

/** The monitoring records and indicators the decision rests on, when there are any. */
function EvidenceChecks({ register, records, goals }: EvidenceProps) {
  return (
    <>
      {records.length > 0 && (
        <fieldset className="field">
          <legend>Registros de monitoreo en que se basa</legend>
          {records.map((r) => (
            <label key={r.id} className="check">
              <input type="checkbox" value={r.id} {...register('recordIds')} /> {r.recordedBy}:{' '}
              {levelInfo(r.level).short}, {formatPercent(r.progress, 0)}
            </label>
          ))}
        </fieldset>
      )}
      {goals.length > 0 && (
        <fieldset className="field">
          <legend>Indicadores en que se basa</legend>
          {goals.map((g) => (
            <label key={g.id} className="check">
              <input type="checkbox" value={g.id} {...register('goalIds')} /> {g.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

interface DecisionFormProps {
  evaluation: EvaluationHandle;
  scope: DecisionScope;
  targetId: string;
  year: number;
  records: MonitoringRecord[];
  goals: { id: string; name: string }[];
  testId: string;
  onDone: () => void;
}

const EMPTY_FORM: Form = { kind: 'continuar', rationale: '', proposal: '', recordIds: [], goalIds: [] };

export function DecisionForm({ evaluation, scope, targetId, year, records, goals, testId, onDone }: DecisionFormProps) {
  const resolver = zodResolver(formSchema);
  const { register, handleSubmit, formState } = useForm<Form>({ resolver, defaultValues: EMPTY_FORM });
  return (
    <form
      className="decision-form"
      noValidate
      data-testid={testId}
      onSubmit={handleSubmit((v) => {
        const { kind, rationale, proposal, recordIds, goalIds } = v;
        evaluation.decide({ scope, targetId, year, kind, rationale, proposal, recordIds, goalIds });
        onDone();
      })}
    >
      <fieldset className="field">
        <legend>Decisión</legend>
        {DECISION_KINDS.map((k) => (
          <label key={k.code} className="check big">
            <input type="radio" value={k.code} {...register('kind')} data-testid={`${testId}-${k.code}`} /> {k.label}
          </label>
        ))}
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${testId}-rationale`}>Fundamento (evidencia)</label>
        <textarea id={`${testId}-rationale`} rows={2} {...register('rationale')} data-testid={`${testId}-rationale`} />
        {formState.errors.rationale && <span className="field-error">{formState.errors.rationale.message}</span>}
      </div>
      <div className="field wide">
        <label htmlFor={`${testId}-proposal`}>Ajuste o reprogramación propuesta</label>
        <textarea id={`${testId}-proposal`} rows={2} {...register('proposal')} />
      </div>
      <EvidenceChecks register={register} records={records} goals={goals} />
      <button type="submit" className="primary" data-testid={`${testId}-save`}>
        Registrar decisión
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancelar
      </button>
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as Y from 'yjs';
import { z } from 'zod';
import type { StrategicGoal } from '../../domain/pme/model.ts';
import { formatIsoDate, isoDateSchema, localIsoDate } from '../../domain/pme/calendar.ts';
import type { IndicatorMeasurement } from '../../domain/monitoring/records.ts';
import { putMeasurement } from '../../data/monitoringDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { newId } from './useMonitoring.ts';
import { formatWithUnit } from '../../domain/numberFormat.ts';

const formSchema = z.object({
  value: z.string().trim().min(1, { message: 'Ingrese el valor medido' }).refine((s) => Number.isFinite(Number(s.replace(',', '.'))), { message: 'Ingrese un número' }),
  date: isoDateSchema,
  source: z.string().trim().max(300),
});
type Form = z.input<typeof formSchema>;

export function MeasurementForm({ doc, goal, cycleId, measurements, readOnly, who, index }: { doc: Y.Doc; goal: StrategicGoal; cycleId: string; measurements: IndicatorMeasurement[]; readOnly: boolean; who: { name: string }; index: number }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { value: '', date: localIsoDate(), source: goal.baseline.source } });
  const tid = `indicator-${index}`;
  const mine = measurements.filter((m) => m.goalId === goal.id && m.cycleId === cycleId);
  return (
    <article className="monitor-card" data-testid={tid}>
      <h3>Indicador: {goal.indicator.name || goal.text}</h3>
      <p className="muted">
        Línea base {formatWithUnit(goal.baseline.value, goal.indicator.unit)} · metas {goal.targets.filter((t) => t.value !== null).map((t) => `${t.year}: ${formatWithUnit(t.value, goal.indicator.unit)}`).join(', ') || '—'}
      </p>
      <ul>
        {mine.map((m) => (
          <li key={m.id}>
            {formatWithUnit(m.value, goal.indicator.unit)} · {formatIsoDate(m.date)} · {m.source || 'sin fuente'} · {m.recordedBy}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="inline-form"
          noValidate
          onSubmit={handleSubmit((v) => {
            const m: IndicatorMeasurement = { id: newId(), goalId: goal.id, value: Number(v.value.replace(',', '.')), date: v.date, source: v.source, cycleId, recordedBy: who.name };
            putMeasurement(doc, m, LOCAL_EDIT);
            reset({ value: '', date: v.date, source: v.source });
          })}
        >
          <div className="field">
            <label htmlFor={`${tid}-value`}>Valor medido ({goal.indicator.unit})</label>
            <input id={`${tid}-value`} inputMode="decimal" data-testid={`${tid}-value`} aria-invalid={formState.errors.value ? true : undefined} {...register('value')} />
            {formState.errors.value && <span className="field-error">{formState.errors.value.message}</span>}
          </div>
          <div className="field">
            <label htmlFor={`${tid}-date`}>Fecha</label>
            <input id={`${tid}-date`} type="date" {...register('date')} />
          </div>
          <div className="field">
            <label htmlFor={`${tid}-source`}>Fuente</label>
            <input id={`${tid}-source`} {...register('source')} />
          </div>
          <button type="submit" data-testid={`${tid}-save`}>
            Registrar medición
          </button>
        </form>
      )}
    </article>
  );
}

// A new corte of the year: a name, and dates that start in the year and do not end before they start.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/shared/localDates.ts';
import type { MonitoringHandle } from '../../../data/docs/monitoring/index.ts';
import { newId } from '../../../data/ids.ts';

const formSchema = z.object({
  name: z.string().trim().min(1, { message: 'Escriba el nombre del corte' }).max(100),
  start: isoDateSchema,
  end: isoDateSchema,
});
type Form = z.input<typeof formSchema>;

/** `count`: the cortes the year has, so the next one is proposed as «Corte count + 1». */
export function NewCycleForm({ handle, year, count }: { handle: MonitoringHandle; year: number; count: number }) {
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: `Corte ${count + 1}`, start: '', end: '' },
  });
  const submit = handleSubmit((v) => {
    const parsed = { id: newId(), year, name: v.name, start: v.start, end: v.end };
    if (v.start.slice(0, 4) !== String(year)) return setError('start', { message: `El corte debe empezar en ${year}` });
    if (v.end < v.start) return setError('end', { message: 'El corte termina antes de empezar' });
    handle.cycles.save(parsed);
    reset({ name: `Corte ${count + 2}`, start: '', end: '' });
  });
  return (
    <form className="inline-form" noValidate data-testid="new-cycle" onSubmit={submit}>
      <div className="field">
        <label htmlFor="cycle-name">Nombre</label>
        <input id="cycle-name" {...register('name')} />
        {formState.errors.name && <span className="field-error">{formState.errors.name.message}</span>}
      </div>
      <div className="field">
        <label htmlFor="cycle-start">Desde</label>
        <input id="cycle-start" type="date" {...register('start')} />
        {formState.errors.start && <span className="field-error">{formState.errors.start.message}</span>}
      </div>
      <div className="field">
        <label htmlFor="cycle-end">Hasta</label>
        <input id="cycle-end" type="date" {...register('end')} />
        {formState.errors.end && <span className="field-error">{formState.errors.end.message}</span>}
      </div>
      <button type="submit">Agregar corte</button>
    </form>
  );
}

// Cortes de monitoreo of a year: added, listed, and closed (frozen, dated, read-only) after a
// confirmation that shows what the corte freezes.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { formatIsoDate, isoDateSchema } from '../../domain/shared/localDates.ts';
import { formatCalendarDate } from '../../domain/shared/localDates.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { ClosedCycleError, type MonitoringHandle, type MonitoringView } from '../../data/docs/monitoring/index.ts';
import { ConfirmDialog } from '../confirm/index.ts';
import { newId } from './useMonitoring.ts';

const formSchema = z.object({
  name: z.string().trim().min(1, { message: 'Escriba el nombre del corte' }).max(100),
  start: isoDateSchema,
  end: isoDateSchema,
});
type Form = z.input<typeof formSchema>;

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function CyclesSection({
  handle,
  view,
  year,
}: {
  handle: MonitoringHandle;
  view: MonitoringView;
  year: number;
}) {
  const cycles = view.cycles.filter((c) => c.year === year);
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: `Corte ${cycles.length + 1}`, start: '', end: '' },
  });
  const [closing, setClosing] = useState<MonitoringCycle | null>(null);
  const close = (c: MonitoringCycle) => {
    handle.cycles.close(c.id);
    setClosing(null);
  };
  return (
    <section>
      <h3>Cortes de monitoreo {year}</h3>
      <ul data-testid="cycles">
        {cycles.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> · {formatIsoDate(c.start)} a {formatIsoDate(c.end)}{' '}
            {isClosed(c) ? (
              <span className="muted">
                · cerrado el {formatCalendarDate(c.closedAt!)} por {c.closedBy}
              </span>
            ) : (
              <button type="button" className="link" onClick={() => setClosing(c)} data-testid={`close-${c.id}`}>
                Cerrar corte
              </button>
            )}
          </li>
        ))}
      </ul>
      {closing && (
        <CloseCycleConfirm
          cycle={closing}
          view={view}
          onConfirm={() => close(closing)}
          onCancel={() => setClosing(null)}
        />
      )}
      <form
        className="inline-form"
        noValidate
        data-testid="new-cycle"
        onSubmit={handleSubmit((v) => {
          const parsed = { id: newId(), year, name: v.name, start: v.start, end: v.end };
          if (v.start.slice(0, 4) !== String(year))
            return setError('start', { message: `El corte debe empezar en ${year}` });
          if (v.end < v.start) return setError('end', { message: 'El corte termina antes de empezar' });
          handle.cycles.save(parsed);
          reset({ name: `Corte ${cycles.length + 2}`, start: '', end: '' });
        })}
      >
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
    </section>
  );
}

/** What closing the corte freezes: its records (by action) and measurements. */
function CloseCycleConfirm({
  cycle,
  view,
  onConfirm,
  onCancel,
}: {
  cycle: MonitoringCycle;
  view: MonitoringView;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const records = view.records.filter((r) => r.cycleId === cycle.id);
  const measurements = view.measurements.filter((m) => m.cycleId === cycle.id);
  const actions = new Set(records.map((r) => r.actionId)).size;
  return (
    <ConfirmDialog
      title={`¿Cerrar «${cycle.name}»?`}
      confirmLabel="Cerrar corte"
      onConfirm={onConfirm}
      onCancel={onCancel}
      describeError={(e) =>
        e instanceof ClosedCycleError ? 'Este corte ya estaba cerrado.' : 'No se pudo cerrar el corte.'
      }
      testId="confirm-close-cycle"
    >
      <p>
        Período: {formatIsoDate(cycle.start)} a {formatIsoDate(cycle.end)}. Quedarán fijos, solo para leer:
      </p>
      <ul data-testid="confirm-close-cycle-counts">
        <li>
          Registros de acciones: {records.length} ({actions} {actions === 1 ? 'acción' : 'acciones'})
        </li>
        <li>Mediciones de indicadores: {measurements.length}</li>
      </ul>
      <p className="muted">
        Los tableros e informes usarán estos datos. Un registro hecho sin conexión que llegue después se guarda y se
        informa, pero no cambia el corte cerrado.
      </p>
    </ConfirmDialog>
  );
}

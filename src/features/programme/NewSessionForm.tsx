import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { isoDateSchema, localIsoDate } from '../../domain/shared/localDates.ts';
import {
  SESSION_TYPES,
  minuteOfDay,
  programmeMonthOf,
  sessionTypeSchema,
  timeSchema,
  type MonthPlan,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';

const formSchema = z
  .object({
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    type: sessionTypeSchema,
    programmeMonth: z.coerce.number().int().min(1).max(8),
  })
  .refine((f) => minuteOfDay(f.endTime) > minuteOfDay(f.startTime), {
    path: ['endTime'],
    message: 'La hora de término debe ser posterior a la de inicio (el mismo día)',
  });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

type Props = { programme: ProgrammeHandle; schoolId: SchoolId; plan: MonthPlan[] };

// Longer than 60 lines: one form's fields, each a label, an input and its error.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function NewSessionForm({ programme, schoolId, plan }: Props) {
  const today = localIsoDate();
  const pos = programmeMonthOf(plan, today);
  const { register, handleSubmit, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      date: today,
      startTime: '09:00',
      endTime: '11:00',
      type: 'taller',
      programmeMonth: typeof pos === 'number' ? pos : 1,
    },
  });
  const err = (k: keyof FormIn) => formState.errors[k]?.message;
  return (
    <form
      className="form-grid"
      noValidate
      data-testid="new-session"
      onSubmit={handleSubmit((v) => {
        const id = programme.sessions.add(v);
        window.location.hash = `#/escuelas/${schoolId}/asesoria/sesion/${id}`;
      })}
    >
      <div className="field">
        <label htmlFor="ns-date">Fecha</label>
        <input id="ns-date" type="date" {...register('date')} />
        {err('date') && <span className="field-error">{err('date')}</span>}
      </div>
      <div className="field">
        <label htmlFor="ns-start">Hora de inicio</label>
        <input id="ns-start" type="time" {...register('startTime')} />
        {err('startTime') && <span className="field-error">{err('startTime')}</span>}
      </div>
      <div className="field">
        <label htmlFor="ns-end">Hora de término</label>
        <input id="ns-end" type="time" {...register('endTime')} />
        {err('endTime') && <span className="field-error">{err('endTime')}</span>}
      </div>
      <div className="field">
        <label htmlFor="ns-type">Tipo</label>
        <select id="ns-type" {...register('type')}>
          {SESSION_TYPES.map((t) => (
            <option key={t.code} value={t.code}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ns-month">Tema (mes del programa)</label>
        <select id="ns-month" {...register('programmeMonth')}>
          {plan.map((m) => (
            <option key={m.month} value={m.month}>
              Mes {m.month}: {m.theme}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit" className="primary">
          Registrar sesión
        </button>
      </div>
    </form>
  );
}

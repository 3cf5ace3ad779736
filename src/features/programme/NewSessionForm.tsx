// Registering a session: date, times, type and the programme month whose theme it covers; the new
// session's record opens next, its agenda starting from the month's contents (MX-5).
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { isoDateSchema, localIsoDate } from '../../domain/shared/localDates.ts';
import {
  agendaFromMonth,
  minuteOfDay,
  monthContents,
  programmeMonthOf,
  sessionTypeSchema,
  timeSchema,
  type MonthPlan,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { FieldError } from './FieldError.tsx';
import { MonthContentsList } from './MonthContentsList.tsx';
import { ProgrammeMonthOptions, SessionTypeOptions } from './SessionChoiceOptions.tsx';

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

/** Today, from 09:00 to 11:00, a workshop on the programme month today falls in (month 1 outside the plan). */
function newSessionDefaults(plan: MonthPlan[]): FormIn {
  const today = localIsoDate();
  const pos = programmeMonthOf(plan, today);
  return {
    date: today,
    startTime: '09:00',
    endTime: '11:00',
    type: 'taller',
    programmeMonth: typeof pos === 'number' ? pos : 1,
  };
}

type Props = { programme: ProgrammeHandle; schoolId: SchoolId; plan: MonthPlan[] };

export function NewSessionForm({ programme, schoolId, plan }: Props) {
  const { register, handleSubmit, formState, watch } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: newSessionDefaults(plan),
  });
  const err = (k: keyof FormIn) => formState.errors[k]?.message;
  const chosen = plan.find((m) => m.month === Number(watch('programmeMonth')));
  const onSubmit = handleSubmit((v) => {
    const month = plan.find((m) => m.month === v.programmeMonth);
    const id = programme.sessions.add(v, month ? agendaFromMonth(month) : '');
    window.location.hash = `#/escuelas/${schoolId}/asesoria/sesion/${id}`;
  });
  return (
    <form className="form-grid" noValidate data-testid="new-session" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="ns-date">Fecha</label>
        <input id="ns-date" type="date" {...register('date')} />
        <FieldError message={err('date')} />
      </div>
      <div className="field">
        <label htmlFor="ns-start">Hora de inicio</label>
        <input id="ns-start" type="time" {...register('startTime')} />
        <FieldError message={err('startTime')} />
      </div>
      <div className="field">
        <label htmlFor="ns-end">Hora de término</label>
        <input id="ns-end" type="time" {...register('endTime')} />
        <FieldError message={err('endTime')} />
      </div>
      <div className="field">
        <label htmlFor="ns-type">Tipo</label>
        <select id="ns-type" {...register('type')}>
          <SessionTypeOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="ns-month">Tema (mes del programa)</label>
        <select id="ns-month" {...register('programmeMonth')}>
          <ProgrammeMonthOptions plan={plan} />
        </select>
        {chosen && <MonthContentsList contents={monthContents(chosen)} />}
      </div>
      <div className="field">
        <button type="submit" className="primary">
          Registrar sesión
        </button>
      </div>
    </form>
  );
}

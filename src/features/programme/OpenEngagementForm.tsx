// Opening the asesoría: start date, hours contracted (80 by default) and length (6 to 8 months);
// the monthly plan is laid out from the standard template (skipping January and February, the school
// summer holidays, unless asked to include them) and can be adjusted afterwards.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDateSchema, localIsoDate } from '../../domain/shared/localDates.ts';
import {
  DEFAULT_HOURS_CONTRACTED,
  hoursContractedSchema,
  programmeLengthSchema,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { FieldError } from './FieldError.tsx';

const formSchema = z.object({
  startDate: isoDateSchema,
  hoursContracted: z.coerce.number({ message: 'Ingrese las horas contratadas' }).pipe(hoursContractedSchema),
  months: z.coerce.number().pipe(programmeLengthSchema),
  includeSummerHolidays: z.boolean(),
});
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

/** Starting today, the standard 80 hours over 8 months, without January and February. */
const openEngagementDefaults = (): FormIn => ({
  startDate: localIsoDate(),
  hoursContracted: DEFAULT_HOURS_CONTRACTED,
  months: 8,
  includeSummerHolidays: false,
});

export function OpenEngagementForm({ programme }: { programme: ProgrammeHandle }) {
  const { register, handleSubmit, formState } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: openEngagementDefaults(),
  });
  const err = (k: keyof FormIn) => formState.errors[k]?.message;
  const onSubmit = handleSubmit((v) => {
    programme.engagement.open({
      startDate: v.startDate,
      hoursContracted: v.hoursContracted,
      months: v.months,
      includeSummerHolidays: v.includeSummerHolidays,
    });
  });
  return (
    <form className="form-grid" noValidate data-testid="open-engagement" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="eng-start">Fecha de inicio</label>
        <input
          id="eng-start"
          type="date"
          aria-invalid={err('startDate') ? true : undefined}
          {...register('startDate')}
        />
        <FieldError message={err('startDate')} />
      </div>
      <div className="field">
        <label htmlFor="eng-hours">Horas contratadas</label>
        <input
          id="eng-hours"
          inputMode="numeric"
          aria-invalid={err('hoursContracted') ? true : undefined}
          {...register('hoursContracted')}
        />
        <FieldError message={err('hoursContracted')} />
      </div>
      <div className="field">
        <label htmlFor="eng-months">Duración</label>
        <select id="eng-months" {...register('months')}>
          <option value="8">8 meses</option>
          <option value="7">7 meses</option>
          <option value="6">6 meses</option>
        </select>
      </div>
      <div className="field">
        <label className="check">
          <input type="checkbox" {...register('includeSummerHolidays')} /> Incluir enero y febrero (vacaciones de
          verano)
        </label>
      </div>
      <div className="field">
        <button type="submit" className="primary">
          Abrir asesoría
        </button>
      </div>
    </form>
  );
}

// The school year of one year of the plan (with its winter break) and the SEP budget the school
// declared for it. Saved as one unit when valid.
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDateSchema } from '../../domain/shared/localDates.ts';
import { type SchoolYear } from '../../domain/shared/schoolYear.ts';
import { annualSettingsSchema, type AnnualSettings } from '../../domain/pme/model.ts';
import { PESOS_MESSAGE, formatPesos, pesosError } from '../../domain/shared/money.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { parsePesosInput } from './format.ts';

const formSchema = z
  .object({
    start: isoDateSchema,
    end: isoDateSchema,
    winterStart: z.string(),
    winterEnd: z.string(),
    declaredSep: z
      .string()
      .refine((s) => parsePesosInput(s) !== null, { message: 'Ingrese un monto entero en pesos (sin decimales)' })
      .refine((s) => pesosError(parsePesosInput(s) ?? 0) === null, { message: PESOS_MESSAGE }),
  })
  .superRefine((f, ctx) => {
    if ((f.winterStart === '') !== (f.winterEnd === '')) {
      const message = 'Indique inicio y término de las vacaciones de invierno';
      ctx.addIssue({ code: 'custom', path: ['winterEnd'], message });
    }
  });
type Form = z.input<typeof formSchema>;

function toForm(year: number, s: AnnualSettings | undefined, fallback: SchoolYear): Form {
  const sy = s?.schoolYear ?? fallback;
  return {
    start: sy.start,
    end: sy.end,
    winterStart: sy.winterBreak?.start ?? '',
    winterEnd: sy.winterBreak?.end ?? '',
    declaredSep: s?.declaredSep ? formatPesos(s.declaredSep) : '',
  };
}

/** The form field that shows a domain issue of the settings. */
function fieldOf(path: readonly PropertyKey[]): keyof Form {
  if (path.includes('winterBreak')) return 'winterEnd';
  if (path.includes('declaredSep')) return 'declaredSep';
  return path.includes('end') ? 'end' : 'start';
}

interface Props {
  pme: PmeHandle;
  year: number;
  settings: AnnualSettings | undefined;
  fallback: SchoolYear;
}

// Long: one form (school year, winter break, SEP budget) with its submit and stored-issue handling.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function AnnualSettingsForm({ pme, year, settings, fallback }: Props) {
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: toForm(year, settings, fallback),
  });
  useEffect(() => {
    reset(toForm(year, settings, fallback));
    // Settings stored before B-1 that break it are shown with the message, to be corrected (never dropped).
    const stored = (settings && annualSettingsSchema.safeParse(settings).error?.issues) || [];
    for (const issue of stored) setError(fieldOf(issue.path), { message: issue.message });
  }, [year, settings, fallback, reset, setError]);
  const err = (k: keyof Form) => formState.errors[k]?.message;
  return (
    <form
      className="form-grid annual-settings"
      noValidate
      data-testid="annual-settings"
      onSubmit={handleSubmit((f) => {
        const sep = f.declaredSep.trim() === '' ? null : parsePesosInput(f.declaredSep);
        const parsed = annualSettingsSchema.safeParse({
          year,
          schoolYear: {
            start: f.start,
            end: f.end,
            ...(f.winterStart ? { winterBreak: { start: f.winterStart, end: f.winterEnd } } : {}),
          },
          declaredSep: sep,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) setError(fieldOf(issue.path), { message: issue.message });
          return;
        }
        pme.plan.setAnnualSettings(parsed.data);
      })}
    >
      {(
        [
          ['start', 'Inicio del año escolar', 'date'],
          ['end', 'Término del año escolar', 'date'],
          ['winterStart', 'Inicio vacaciones de invierno', 'date'],
          ['winterEnd', 'Término vacaciones de invierno', 'date'],
          ['declaredSep', `Presupuesto SEP declarado ${year}`, 'text'],
        ] as const
      ).map(([k, label, type]) => (
        <div className="field" key={k}>
          <label htmlFor={`annual-${k}`}>{label}</label>
          <input
            id={`annual-${k}`}
            type={type}
            data-testid={`annual-${k}`}
            inputMode={type === 'text' ? 'numeric' : undefined}
            aria-invalid={err(k) ? true : undefined}
            {...register(k)}
          />
          {err(k) && (
            <span className="field-error" data-testid={`annual-${k}-error`}>
              {err(k)}
            </span>
          )}
        </div>
      ))}
      <div className="field">
        <button type="submit" data-testid="annual-save">
          Guardar año {year}
        </button>
        {settings && <span className="muted">Guardado</span>}
      </div>
    </form>
  );
}

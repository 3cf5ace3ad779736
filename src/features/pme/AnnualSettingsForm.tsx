// The school year of one year of the plan (with its winter break) and the SEP budget the school
// declared for it. Saved as one unit when valid.
import { useEffect } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
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

const FIELDS = [
  ['start', 'Inicio del año escolar', 'date'],
  ['end', 'Término del año escolar', 'date'],
  ['winterStart', 'Inicio vacaciones de invierno', 'date'],
  ['winterEnd', 'Término vacaciones de invierno', 'date'],
  ['declaredSep', 'Presupuesto SEP declarado', 'text'],
] as const;

/** The form's values as the settings the domain checks (annualSettingsSchema). */
function settingsInput(year: number, f: Form) {
  const sep = f.declaredSep.trim() === '' ? null : parsePesosInput(f.declaredSep);
  return {
    year,
    schoolYear: {
      start: f.start,
      end: f.end,
      ...(f.winterStart ? { winterBreak: { start: f.winterStart, end: f.winterEnd } } : {}),
    },
    declaredSep: sep,
  };
}

/** The form, reset to the stored settings of the year; stored settings that break a rule show it. */
function useSettingsForm({ year, settings, fallback }: Omit<Props, 'pme'>) {
  const form = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: toForm(year, settings, fallback) });
  const { reset, setError } = form;
  useEffect(() => {
    reset(toForm(year, settings, fallback));
    // Settings stored before B-1 that break it are shown with the message, to be corrected (never dropped).
    const stored = (settings && annualSettingsSchema.safeParse(settings).error?.issues) || [];
    for (const issue of stored) setError(fieldOf(issue.path), { message: issue.message });
  }, [year, settings, fallback, reset, setError]);
  return form;
}

interface FieldProps {
  field: (typeof FIELDS)[number];
  year: number;
  error: string | undefined;
  register: UseFormRegister<Form>;
}

function SettingsField({ field: [k, label, type], year, error, register }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={`annual-${k}`}>{k === 'declaredSep' ? `${label} ${year}` : label}</label>
      <input
        id={`annual-${k}`}
        type={type}
        data-testid={`annual-${k}`}
        inputMode={type === 'text' ? 'numeric' : undefined}
        aria-invalid={error ? true : undefined}
        {...register(k)}
      />
      {error && (
        <span className="field-error" data-testid={`annual-${k}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

export function AnnualSettingsForm({ pme, year, settings, fallback }: Props) {
  const { register, handleSubmit, formState, setError } = useSettingsForm({ year, settings, fallback });
  const save = handleSubmit((f) => {
    const parsed = annualSettingsSchema.safeParse(settingsInput(year, f));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) setError(fieldOf(issue.path), { message: issue.message });
      return;
    }
    pme.plan.setAnnualSettings(parsed.data);
  });
  return (
    <form className="form-grid annual-settings" noValidate data-testid="annual-settings" onSubmit={save}>
      {FIELDS.map((f) => (
        <SettingsField key={f[0]} field={f} year={year} error={formState.errors[f[0]]?.message} register={register} />
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

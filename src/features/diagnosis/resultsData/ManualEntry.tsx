// Manual entry of one row (react-hook-form + zod): every input is text or a select; the values are
// turned into numbers / null and validated with the domain schema, messages under each field.
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';

export interface ManualField {
  name: string;
  label: string;
  /** 'number' (blank → null, `.` or `,` decimal), or a closed list (blank → null). */
  kind: 'number' | { options: readonly { code: string | number; label: string }[] };
}

type FormInput = Record<string, string>;

function toValue(field: ManualField, text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  if (field.kind === 'number') return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
  return field.kind.options.find((o) => String(o.code) === t)?.code ?? t;
}

export function formSchemaOf<T>(fields: readonly ManualField[], schema: z.ZodType<T>) {
  return z
    .record(z.string(), z.string())
    .transform((input) => Object.fromEntries(fields.map((f) => [f.name, toValue(f, input[f.name] ?? '')])))
    .pipe(schema as unknown as z.ZodType<T, Record<string, unknown>>);
}

interface Props<T> {
  title: string;
  fields: readonly ManualField[];
  schema: z.ZodType<T>;
  onSave: (row: T) => void;
  disabled: boolean;
}

export function ManualEntry<T>({ title, fields, schema, onSave, disabled }: Props<T>) {
  const prefix = useId();
  const [saved, setSaved] = useState(false);
  const empty = Object.fromEntries(fields.map((f) => [f.name, ''])) as FormInput;
  const { register, handleSubmit, formState, reset } = useForm<FormInput, unknown, T>({
    defaultValues: empty,
    resolver: zodResolver(formSchemaOf(fields, schema) as unknown as z.ZodType<T, FormInput>),
  });
  const onSubmit = handleSubmit((row) => {
    onSave(row);
    reset(empty);
    setSaved(true);
  });
  return (
    <details className="manual-entry" style={{ marginTop: '0.75rem' }}>
      <summary>{title}</summary>
      <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)}>
        <div className="form-grid">
          {fields.map((f) => {
            const id = `${prefix}-${f.name}`;
            const error = formState.errors[f.name]?.message;
            return (
              <div className="field" key={f.name}>
                <label htmlFor={id}>{f.label}</label>
                {f.kind === 'number' ? (
                  <input id={id} inputMode="decimal" aria-invalid={error ? true : undefined} {...register(f.name)} />
                ) : (
                  <select id={id} aria-invalid={error ? true : undefined} {...register(f.name)}>
                    <option value="">—</option>
                    {f.kind.options.map((o) => (
                      <option key={o.code} value={String(o.code)}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
                {error && <span className="field-error">{String(error)}</span>}
              </div>
            );
          })}
        </div>
        <div className="actions">
          {saved && <span role="status">Fila guardada</span>}
          <button type="submit" className="primary" disabled={disabled}>
            Guardar fila
          </button>
        </div>
      </form>
    </details>
  );
}

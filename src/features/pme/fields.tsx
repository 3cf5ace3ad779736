// Live fields: each change is written to the plan's document at once (and merges with other
// people's edits); the message under a field comes from the domain's rules for that field.
import { useEffect, useState, type ReactNode } from 'react';
import { parseDecimalInput, parsePesosInput, showDecimal } from './format.ts';
import { formatPesos } from '../../domain/pme/money.ts';

let counter = 0;
const useFieldId = (prefix: string) => useState(() => `${prefix}-${++counter}`)[0];

export function Labeled({ id, label, error, children, wide }: { id: string; label: string; error?: string | null; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span className="field-error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

export function LiveText(props: { label: string; value: string; onChange: (v: string) => void; error?: string | null; multiline?: boolean; rows?: number; maxLength?: number; testId?: string; wide?: boolean; disabled?: boolean }) {
  const id = useFieldId('t');
  const common = {
    id,
    value: props.value,
    maxLength: props.maxLength,
    disabled: props.disabled,
    'aria-invalid': props.error ? true : undefined,
    'data-testid': props.testId,
  };
  return (
    <Labeled id={id} label={props.label} error={props.error} wide={props.wide ?? props.multiline}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Labeled>
  );
}

/**
 * A typed value (number, amount, date) kept as text while it is being typed: written to the
 * document only when it parses, otherwise the message stays under the field and nothing is written.
 */
function useParsedInput<T>(stored: T, show: (v: T) => string, parse: (s: string) => { ok: true; value: T } | { ok: false; message: string }, write: (v: T) => void) {
  const [text, setText] = useState(() => show(stored));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) {
      setText(show(stored));
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-sync when the stored value changes
  }, [stored, focused]);
  return {
    text,
    error,
    onChange: (s: string) => {
      setText(s);
      const p = parse(s);
      if (p.ok) {
        setError(null);
        if (p.value !== stored) write(p.value);
      } else setError(p.message);
    },
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  };
}

export function PesosInput(props: { label: string; value: number; onChange: (v: number) => void; testId?: string }) {
  const id = useFieldId('m');
  const f = useParsedInput(
    props.value,
    (v) => (v === 0 ? '' : formatPesos(v)),
    (s) => {
      const n = parsePesosInput(s);
      return n === null ? { ok: false, message: 'Ingrese un monto entero en pesos (sin decimales)' } : { ok: true, value: n };
    },
    props.onChange,
  );
  return (
    <Labeled id={id} label={props.label} error={f.error}>
      <input id={id} inputMode="numeric" value={f.text} placeholder="$ 0" data-testid={props.testId} onChange={(e) => f.onChange(e.target.value)} onFocus={f.onFocus} onBlur={f.onBlur} />
    </Labeled>
  );
}

export function NumberInput(props: { label: string; value: number | null; onChange: (v: number | null) => void; integer?: boolean; testId?: string; error?: string | null }) {
  const id = useFieldId('n');
  const f = useParsedInput(
    props.value,
    showDecimal,
    (s) => {
      const n = parseDecimalInput(s);
      if (Number.isNaN(n)) return { ok: false, message: 'Ingrese un número' };
      if (props.integer && n !== null && !Number.isInteger(n)) return { ok: false, message: 'Ingrese un número entero' };
      return { ok: true, value: n };
    },
    props.onChange,
  );
  return (
    <Labeled id={id} label={props.label} error={f.error ?? props.error}>
      <input id={id} inputMode="decimal" value={f.text} data-testid={props.testId} onChange={(e) => f.onChange(e.target.value)} onFocus={f.onFocus} onBlur={f.onBlur} />
    </Labeled>
  );
}

export function DateInput(props: { label: string; value: string; onChange: (v: string) => void; error?: string | null; testId?: string }) {
  const id = useFieldId('d');
  return (
    <Labeled id={id} label={props.label} error={props.error}>
      <input id={id} type="date" value={props.value} data-testid={props.testId} aria-invalid={props.error ? true : undefined} onChange={(e) => props.onChange(e.target.value)} />
    </Labeled>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} data-testid={props.testId} onChange={(e) => props.onChange(e.target.checked)} /> {props.label}
    </label>
  );
}

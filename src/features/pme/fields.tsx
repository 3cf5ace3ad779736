// Live fields: text is written to the plan's document once per burst of typing, numbers when they
// parse (both merge with other people's edits); the message under a field comes from the domain's
// rules for that field.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { parseDecimalInput, parsePesosInput, showDecimal } from './format.ts';
import { formatPesos, pesosError } from '../../domain/shared/money.ts';
import { BufferedInput, BufferedTextarea } from '../forms/index.ts';

let counter = 0;
const useFieldId = (prefix: string) => useState(() => `${prefix}-${++counter}`)[0];

export function Labeled({
  id,
  label,
  error,
  children,
  wide,
}: {
  id: string;
  label: string;
  error?: string | null;
  children: ReactNode;
  wide?: boolean;
}) {
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

export function LiveText(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  testId?: string;
  wide?: boolean;
  disabled?: boolean;
}) {
  const id = useFieldId('t');
  // The message is about what is stored: hidden while a burst is typed, so that writing it on blur
  // does not move the layout under the pointer (a click on the next button would miss).
  const [typing, setTyping] = useState(false);
  const error = typing ? null : props.error;
  // Written once per burst of typing (YS-1), not per keystroke.
  const common = {
    id,
    value: props.value,
    disabled: props.disabled,
    'aria-invalid': error ? true : undefined,
    'data-testid': props.testId,
    onCommit: props.onChange,
    onTyping: setTyping,
    limit: props.maxLength,
    // Field ids here are counters: only a test id names the field stably across a reload.
    journal: props.testId ?? null,
  };
  return (
    <Labeled id={id} label={props.label} error={error} wide={props.wide ?? props.multiline}>
      {props.multiline ? <BufferedTextarea {...common} rows={props.rows ?? 3} /> : <BufferedInput {...common} />}
    </Labeled>
  );
}

/**
 * A typed value (number, amount, date) kept as text while it is being typed: written to the
 * document only when it parses, otherwise the message stays under the field and nothing is written.
 */
function useParsedInput<T>(
  stored: T,
  show: (v: T) => string,
  parse: (s: string) => { ok: true; value: T } | { ok: false; message: string },
  write: (v: T) => void,
) {
  const [text, setText] = useState(() => show(stored));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  // The stored value last shown: a change from elsewhere replaces the text (when not typing), but an
  // invalid text stays in the field with its message after the field loses focus.
  const seen = useRef(stored);
  useEffect(() => {
    if (focused || Object.is(seen.current, stored)) return;
    seen.current = stored;
    setText(show(stored));
    setError(null);
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
        seen.current = p.value;
        if (p.value !== stored) write(p.value);
      } else setError(p.message);
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (error === null) setText(show(seen.current));
    },
  };
}

/**
 * An amount in pesos, bounded by PESOS_MAX (B-1): out of bounds it stays in the field with the
 * message and is not written; an amount already stored out of bounds shows the same message.
 * `warning` is shown under the field without blocking (e.g. executed above the planned amount).
 */
export function PesosInput(props: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  testId?: string;
  warning?: string | null;
}) {
  const id = useFieldId('m');
  const f = useParsedInput(
    props.value,
    (v) => (v === 0 ? '' : formatPesos(v)),
    (s) => {
      const n = parsePesosInput(s);
      if (n === null) return { ok: false, message: 'Ingrese un monto entero en pesos (sin decimales)' };
      const bound = pesosError(n);
      return bound ? { ok: false, message: bound } : { ok: true, value: n };
    },
    props.onChange,
  );
  const error = f.error ?? pesosError(props.value);
  return (
    <Labeled id={id} label={props.label} error={error}>
      <input
        id={id}
        inputMode="numeric"
        value={f.text}
        placeholder="$ 0"
        data-testid={props.testId}
        aria-invalid={error ? true : undefined}
        onChange={(e) => f.onChange(e.target.value)}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
      />
      {!error && props.warning && (
        <span className="field-warning" data-testid={props.testId ? `${props.testId}-warning` : undefined}>
          {props.warning}
        </span>
      )}
    </Labeled>
  );
}

/**
 * A number kept as text while typed. `bound` is the domain's rule for the field (B-1): a value it
 * refuses stays in the field with the message and is not written; a stored value it refuses shows
 * the same message, so it can be corrected.
 */
export function NumberInput(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  integer?: boolean;
  testId?: string;
  error?: string | null;
  bound?: (v: number) => string | null;
}) {
  const id = useFieldId('n');
  const f = useParsedInput(
    props.value,
    showDecimal,
    (s) => {
      const n = parseDecimalInput(s);
      if (Number.isNaN(n)) return { ok: false, message: 'Ingrese un número' };
      if (props.integer && n !== null && !Number.isInteger(n))
        return { ok: false, message: 'Ingrese un número entero' };
      const bound = n === null ? null : (props.bound?.(n) ?? null);
      return bound ? { ok: false, message: bound } : { ok: true, value: n };
    },
    props.onChange,
  );
  const error = f.error ?? props.error ?? (props.value === null ? null : (props.bound?.(props.value) ?? null));
  return (
    <Labeled id={id} label={props.label} error={error}>
      <input
        id={id}
        inputMode="decimal"
        value={f.text}
        data-testid={props.testId}
        aria-invalid={error ? true : undefined}
        onChange={(e) => f.onChange(e.target.value)}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
      />
    </Labeled>
  );
}

export function DateInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  testId?: string;
}) {
  const id = useFieldId('d');
  return (
    <Labeled id={id} label={props.label} error={props.error}>
      <input
        id={id}
        type="date"
        value={props.value}
        data-testid={props.testId}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Labeled>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

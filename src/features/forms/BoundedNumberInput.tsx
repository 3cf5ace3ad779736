// A number typed into a table cell or inline field and saved on blur (B-1): text the domain's rule
// refuses stays in the field with the Spanish message under it and is not saved; a stored value the
// rule refuses is shown with the same message (repair on load, never dropped).
import { useEffect, useState } from 'react';

/** Reads "", "12", "-3", "2,5" or "2.5"; the rule decides what is in bounds. */
export function readNumberText(text: string): number | null | typeof Number.NaN {
  const t = text.trim();
  if (t === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

interface Props {
  id: string;
  label: string;
  stored: number | null;
  /** The domain's rule for the field: the message when the value is out of bounds. */
  check: (value: number) => string | null;
  onSave: (value: number | null) => void;
  disabled?: boolean;
}

export function BoundedNumberInput({ id, label, stored, check, onSave, disabled }: Props) {
  const show = (v: number | null) => (v === null ? '' : String(v));
  const [text, setText] = useState(show(stored));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setText(show(stored));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the stored value unless an invalid text is kept
  }, [stored]);
  const shown = error ?? (stored === null ? null : check(stored));
  return (
    <>
      <input
        id={id}
        aria-label={label}
        inputMode="numeric"
        value={text}
        disabled={disabled}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        data-testid={id}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          const n = readNumberText(text);
          const message = n === null ? null : Number.isNaN(n) ? check(Number.NaN) : check(n);
          if (message) return setError(message);
          setError(null);
          if (n !== stored) onSave(n);
        }}
      />
      {shown && (
        <span className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {shown}
        </span>
      )}
    </>
  );
}

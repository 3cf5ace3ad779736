// Long texts with a limit (rule B-2): the counter "1.234 / 10.000" appears from 80 % of the limit,
// the field stops at the limit, and text pasted past it is announced, never cut silently.
import {
  useCallback,
  useEffect,
  useState,
  type ClipboardEvent,
  type InputEvent,
  type InputHTMLAttributes,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { pasteOverflowNotice, textCounter } from '../../domain/bounds.ts';

/** What was cut from a paste that did not fit; null when it fitted. */
function pasteNotice(el: HTMLTextAreaElement | HTMLInputElement, pasted: string, max: number): string | null {
  const selected = (el.selectionEnd ?? el.value.length) - (el.selectionStart ?? el.value.length);
  return pasteOverflowNotice(el.value.length, selected, pasted.length, max);
}

function assignRef<T>(ref: Ref<T> | undefined, el: T | null) {
  if (typeof ref === 'function') ref(el);
  else if (ref) (ref as { current: T | null }).current = el;
}

/** The field's ref, passed on, that also measures text set outside React (react-hook-form's defaultValues). */
function useMeasuredRef<T extends HTMLTextAreaElement | HTMLInputElement>(
  outer: Ref<T> | undefined,
  measure: (n: number) => void,
) {
  return useCallback(
    (el: T | null) => {
      assignRef(outer, el);
      if (el) measure(el.value.length);
    },
    [outer, measure],
  );
}

function useLimit(max: number, initial: string) {
  const [length, setLength] = useState(initial.length);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setLength(initial.length), [initial]);
  return {
    length,
    notice,
    setLength,
    onInput: (value: string) => {
      setLength(value.length);
      if (value.length < max) setNotice(null);
    },
    onPaste: (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) =>
      setNotice(pasteNotice(e.currentTarget, e.clipboardData.getData('text'), max)),
  };
}

export function TextCounter({
  id,
  length,
  max,
  notice,
}: {
  id: string;
  length: number;
  max: number;
  notice: string | null;
}) {
  const c = textCounter(length, max);
  if (!c.visible && !notice) return null;
  return (
    <span
      className={`text-counter${c.full ? ' full' : ''}`}
      id={`${id}-counter`}
      data-testid={`${id}-counter`}
      aria-live="polite"
    >
      {c.label}
      {c.full && ' · llegó al máximo'}
      {notice && <span className="field-error"> {notice}</span>}
    </span>
  );
}

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'maxLength'> & {
  id: string;
  limit: number;
  ref?: Ref<HTMLTextAreaElement>;
};
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'maxLength'> & {
  id: string;
  limit: number;
  ref?: Ref<HTMLInputElement>;
};

/**
 * The counting props shared by both fields: the limit, a measuring ref, and input/paste handlers that keep the
 * caller's.
 */
function useLimitedProps<E extends HTMLTextAreaElement | HTMLInputElement>(
  max: number,
  props: {
    value?: unknown;
    defaultValue?: unknown;
    onInput?: (e: InputEvent<E>) => void;
    onPaste?: (e: ClipboardEvent<E>) => void;
  },
  ref: Ref<E> | undefined,
) {
  const limit = useLimit(max, String(props.value ?? props.defaultValue ?? ''));
  const measuredRef = useMeasuredRef(ref, limit.setLength);
  const field = {
    ref: measuredRef,
    maxLength: max,
    onInput: (e: InputEvent<E>) => {
      limit.onInput(e.currentTarget.value);
      props.onInput?.(e);
    },
    onPaste: (e: ClipboardEvent<E>) => {
      limit.onPaste(e);
      props.onPaste?.(e);
    },
  };
  return { field, limit };
}

/** A textarea with its limit shown; works controlled (value) or registered with react-hook-form. */
export function LimitedTextarea({ limit: max, ref, ...props }: TextareaProps) {
  const { field, limit } = useLimitedProps<HTMLTextAreaElement>(max, props, ref);
  return (
    <>
      <textarea {...props} {...field} />
      <TextCounter id={props.id} length={limit.length} max={max} notice={limit.notice} />
    </>
  );
}

/** A one-line text input with its limit shown, like LimitedTextarea. */
export function LimitedInput({ limit: max, ref, ...props }: InputProps) {
  const { field, limit } = useLimitedProps<HTMLInputElement>(max, props, ref);
  return (
    <>
      <input {...props} {...field} />
      <TextCounter id={props.id} length={limit.length} max={max} notice={limit.notice} />
    </>
  );
}

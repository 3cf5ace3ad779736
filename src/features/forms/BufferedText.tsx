// The text fields that write to a document: LimitedTextarea/LimitedInput (or plain ones without a
// limit) whose keystrokes are buffered by useBufferedText and written once per burst (YS-1).
import type { FocusEvent, InputHTMLAttributes, KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { LimitedInput, LimitedTextarea } from './LimitedText.tsx';
import { useBufferedText } from './useBufferedText.ts';

type Replaced = 'value' | 'defaultValue' | 'onChange';

type BufferedProps = {
  value: string;
  /** Writes the text to the document; called once per burst of typing. */
  onCommit: (text: string) => void;
  /** The field's stable name on its screen for the burst journal; default its test id, else its id; null: none. */
  journal?: string | null;
  /** Told when a burst starts (true) and when it is written (false). */
  onTyping?: (typing: boolean) => void;
} & ({ limit: number; id: string } | { limit?: undefined; id?: string });

function journalKey(journal: string | null | undefined, props: { id?: string; 'data-testid'?: string }) {
  return journal === undefined ? (props['data-testid'] ?? props.id ?? null) : journal;
}

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Replaced> & BufferedProps;
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, Replaced> & BufferedProps;

export function BufferedTextarea({ value, onCommit, limit, journal, onTyping, ...props }: TextareaProps) {
  const buffered = useBufferedText(value, onCommit, journalKey(journal, props), onTyping);
  const field = {
    ...props,
    value: buffered.value,
    onChange: (e: { target: { value: string } }) => buffered.onChange(e.target.value),
    onBlur: (e: FocusEvent<HTMLTextAreaElement>) => {
      buffered.onBlur();
      props.onBlur?.(e);
    },
  };
  return limit ? <LimitedTextarea {...field} id={field.id ?? ''} limit={limit} /> : <textarea {...field} />;
}

export function BufferedInput({ value, onCommit, limit, journal, onTyping, ...props }: InputProps) {
  const buffered = useBufferedText(value, onCommit, journalKey(journal, props), onTyping);
  const field = {
    ...props,
    value: buffered.value,
    onChange: (e: { target: { value: string } }) => buffered.onChange(e.target.value),
    onBlur: (e: FocusEvent<HTMLInputElement>) => {
      buffered.onBlur();
      props.onBlur?.(e);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      buffered.onKeyDown(e);
      props.onKeyDown?.(e);
    },
  };
  return limit ? <LimitedInput {...field} id={field.id ?? ''} limit={limit} /> : <input {...field} />;
}

// A form field's error under its input, shown only when there is one.
export function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

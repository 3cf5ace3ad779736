// The pieces every input of the school profile form is made of: its error (linked to the input by
// aria-describedby), a plain text input with its label, and the options of a coded list.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { SchoolFormInput } from '../../domain/schools/school.ts';

export interface SchoolFieldsProps {
  register: UseFormRegister<SchoolFormInput>;
  errors: FieldErrors<SchoolFormInput>;
}

type Name = keyof SchoolFormInput;

export function fieldAria(errors: FieldErrors<SchoolFormInput>, name: Name) {
  return {
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `err-${name}` : undefined,
  };
}

/** The error of field `name`, with the id its input's aria-describedby points to. */
export function SchoolFieldError({ errors, name }: { errors: FieldErrors<SchoolFormInput>; name: Name }) {
  const message = errors[name]?.message as string | undefined;
  if (!message) return null;
  return (
    <span className="field-error" id={`err-${name}`} role="alert">
      {message}
    </span>
  );
}

type TextFieldProps = SchoolFieldsProps & {
  name: Name;
  label: string;
  wide?: boolean;
  inputMode?: 'numeric' | 'decimal';
  type?: 'email' | 'tel';
};

export function SchoolTextField({ register, errors, name, label, wide, inputMode, type }: TextFieldProps) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={`school-${name}`}>{label}</label>
      <input id={`school-${name}`} type={type} inputMode={inputMode} {...register(name)} {...fieldAria(errors, name)} />
      <SchoolFieldError errors={errors} name={name} />
    </div>
  );
}

export function CodeOptions({ items }: { items: readonly { code: string; label: string }[] }) {
  return items.map((item) => (
    <option key={item.code} value={item.code}>
      {item.label}
    </option>
  ));
}

// A labelled choice among a few options (a year, a corte, a version), as a form field.

interface Props<V extends string | number> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (raw: string) => void;
  testId?: string;
}

export function SelectField<V extends string | number>({ id, label, value, options, onChange, testId }: Props<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { SelectField } from '../forms/index.ts';

interface Props {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

/** The cycle's years as a form field. */
export function YearField({ id, label, years, value, onChange }: Props) {
  const options = years.map((y) => ({ value: y, label: String(y) }));
  return <SelectField id={id} label={label} value={value} options={options} onChange={(v) => onChange(Number(v))} />;
}

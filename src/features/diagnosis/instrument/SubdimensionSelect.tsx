// A select over the MGE's subdimensions ("1.1 Gestión del currículum" …), for a scale question.
import { SUBDIMENSIONS, subdimensionCodeSchema, type SubdimensionCode } from '../../../domain/mge/modelo.ts';

export function SubdimensionSelect(props: {
  label: string;
  value: string;
  onChange: (code: SubdimensionCode) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => {
        const sub = subdimensionCodeSchema.safeParse(e.target.value);
        if (sub.success) props.onChange(sub.data);
      }}
    >
      {SUBDIMENSIONS.map((s) => (
        <option key={s.code} value={s.code}>
          {s.code} {s.label}
        </option>
      ))}
    </select>
  );
}

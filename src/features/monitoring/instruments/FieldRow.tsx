import { FIELD_KINDS, type FieldKind, type InstrumentField } from '../../../domain/monitoring/instruments.ts';
import { fieldOfKind, type InstrumentDraft } from './useInstrumentDraft.ts';

interface Props {
  field: InstrumentField;
  index: number;
  count: number;
  draft: Pick<InstrumentDraft, 'setField' | 'move' | 'removeField'>;
}

/** One field of the instrument being edited: text, kind, required, order, and «Quitar». */
export function FieldRow({ field: f, index: i, count, draft }: Props) {
  return (
    <li className="inline-form tight">
      <input
        aria-label={`Texto del campo ${i + 1}`}
        value={f.label}
        onChange={(e) => draft.setField(i, { ...f, label: e.target.value })}
      />
      <select
        aria-label={`Tipo del campo ${i + 1}`}
        value={f.kind}
        onChange={(e) =>
          draft.setField(i, { ...fieldOfKind(e.target.value as FieldKind, f.label, f.id), required: f.required })
        }
      >
        {FIELD_KINDS.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label}
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={f.required}
          onChange={(e) => draft.setField(i, { ...f, required: e.target.checked })}
        />{' '}
        Obligatorio
      </label>
      <button
        type="button"
        className="link"
        disabled={i === 0}
        onClick={() => draft.move(i, -1)}
        aria-label={`Subir el campo ${i + 1}`}
      >
        ↑
      </button>
      <button
        type="button"
        className="link"
        disabled={i === count - 1}
        onClick={() => draft.move(i, 1)}
        aria-label={`Bajar el campo ${i + 1}`}
      >
        ↓
      </button>
      <button type="button" className="link" onClick={() => draft.removeField(i)}>
        Quitar
      </button>
    </li>
  );
}

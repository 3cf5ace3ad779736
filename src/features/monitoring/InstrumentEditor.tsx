// Editing a monitoring instrument (herramienta de monitoreo): title, purpose and fields. Saving keeps
// the version while nobody has filled it, and makes a new version once someone has (the records keep
// the version they were filled with).
import { useState } from 'react';
import {
  FIELD_KINDS,
  monitoringInstrumentSchema,
  reviseInstrument,
  type FieldKind,
  type InstrumentField,
  type MonitoringInstrument,
} from '../../domain/monitoring/instruments.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { newId } from './useMonitoring.ts';

function fieldOfKind(kind: FieldKind, label: string, id: string = newId()): InstrumentField {
  const base = { id, label, required: false };
  switch (kind) {
    case 'number':
      return { ...base, kind, min: null, max: null };
    case 'evidence':
      return { ...base, kind, accept: 'photo' };
    default:
      return { ...base, kind } as InstrumentField;
  }
}

interface Props {
  handle: MonitoringHandle;
  instrument: MonitoringInstrument;
  hasRecords: boolean;
  onDone: () => void;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function InstrumentEditor({ handle, instrument, hasRecords, onDone }: Props) {
  const [draft, setDraft] = useState(instrument);
  const [error, setError] = useState<string | null>(null);
  const setField = (i: number, f: InstrumentField) =>
    setDraft({ ...draft, fields: draft.fields.map((x, j) => (j === i ? f : x)) });
  const move = (i: number, d: number) => {
    const fields = [...draft.fields];
    const [f] = fields.splice(i, 1);
    fields.splice(i + d, 0, f!);
    setDraft({ ...draft, fields });
  };
  return (
    <div className="instrument-editor" data-testid="instrument-editor">
      <div className="form-grid">
        <div className="field">
          <label htmlFor="ins-title">Nombre de la herramienta</label>
          <input id="ins-title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </div>
        <div className="field wide">
          <label htmlFor="ins-purpose">Propósito</label>
          <textarea
            id="ins-purpose"
            rows={2}
            value={draft.purpose}
            onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
          />
        </div>
      </div>
      <ol>
        {draft.fields.map((f, i) => (
          <li key={f.id} className="inline-form tight">
            <input
              aria-label={`Texto del campo ${i + 1}`}
              value={f.label}
              onChange={(e) => setField(i, { ...f, label: e.target.value })}
            />
            <select
              aria-label={`Tipo del campo ${i + 1}`}
              value={f.kind}
              onChange={(e) =>
                setField(i, { ...fieldOfKind(e.target.value as FieldKind, f.label, f.id), required: f.required })
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
                onChange={(e) => setField(i, { ...f, required: e.target.checked })}
              />{' '}
              Obligatorio
            </label>
            <button
              type="button"
              className="link"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Subir el campo ${i + 1}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="link"
              disabled={i === draft.fields.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Bajar el campo ${i + 1}`}
            >
              ↓
            </button>
            <button
              type="button"
              className="link"
              onClick={() => setDraft({ ...draft, fields: draft.fields.filter((_, j) => j !== i) })}
            >
              Quitar
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setDraft({ ...draft, fields: [...draft.fields, fieldOfKind('checklist', 'Nuevo campo')] })}
      >
        Agregar campo
      </button>{' '}
      <button
        type="button"
        className="primary"
        onClick={() => {
          const next = reviseInstrument(instrument, draft, hasRecords);
          const parsed = monitoringInstrumentSchema.safeParse(next);
          if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Revise la herramienta');
          handle.instruments.save(parsed.data);
          onDone();
        }}
      >
        {hasRecords ? `Guardar como versión ${instrument.version + 1}` : 'Guardar'}
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancelar
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

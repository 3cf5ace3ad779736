// The instrument being edited, kept as a draft until «Guardar»: which keeps the version while nobody
// has filled it and makes a new one once someone has (reviseInstrument).
import { useState } from 'react';
import {
  monitoringInstrumentSchema,
  reviseInstrument,
  type FieldKind,
  type InstrumentField,
  type MonitoringInstrument,
} from '../../../domain/monitoring/instruments.ts';
import type { MonitoringHandle } from '../../../data/docs/monitoring/index.ts';
import { newId } from '../../../data/ids.ts';

/** A blank field of a kind; a field whose kind changes keeps its id and label. */
export function fieldOfKind(kind: FieldKind, label: string, id: string = newId()): InstrumentField {
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

export function useInstrumentDraft(
  handle: MonitoringHandle,
  instrument: MonitoringInstrument,
  hasRecords: boolean,
  onDone: () => void,
) {
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
  const removeField = (i: number) => setDraft({ ...draft, fields: draft.fields.filter((_, j) => j !== i) });
  const addField = () => setDraft({ ...draft, fields: [...draft.fields, fieldOfKind('checklist', 'Nuevo campo')] });
  const save = () => {
    const next = reviseInstrument(instrument, draft, hasRecords);
    const parsed = monitoringInstrumentSchema.safeParse(next);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Revise la herramienta');
    handle.instruments.save(parsed.data);
    onDone();
  };
  return { draft, setDraft, error, setField, move, removeField, addField, save };
}

export type InstrumentDraft = ReturnType<typeof useInstrumentDraft>;

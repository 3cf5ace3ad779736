import { useState } from 'react';
import { NOTE_MAX } from '../../../domain/monitoring/records.ts';
import { ClosedCycleError } from '../../../data/docs/monitoring/index.ts';
import { BufferedTextarea } from '../../forms/index.ts';
import type { CardPartProps } from './cardProps.ts';

const NOTES = [
  ['observaciones', 'Observaciones'],
  ['dificultades', 'Dificultades'],
  ['ajustes', 'Ajustes propuestos'],
] as const;
type Note = (typeof NOTES)[number][0];

// The words are repeated in the message: the field of a closed corte is disabled, and may not let them be copied.
const unsavedMessage = (text: string) =>
  `El corte se cerró antes de guardar este texto; no quedó en el registro. Cópielo si lo necesita: «${text}»`;

/** Observaciones, dificultades and ajustes propuestos: free text, each saved once per burst of typing. */
export function CardNotes({ records, action, cycleId, record, readOnly, tid }: CardPartProps) {
  // FT-6: a burst refused because the corte closed meanwhile stays in the field; say so.
  const [unsaved, setUnsaved] = useState<ReadonlyMap<Note, string>>(new Map());
  const commit = (k: Note, text: string) => {
    try {
      records.setText(action.id, cycleId, k, text);
    } catch (error) {
      if (error instanceof ClosedCycleError) setUnsaved((m) => new Map(m).set(k, text));
      throw error;
    }
  };
  return (
    <div className="form-grid">
      {NOTES.map(([k, label]) => (
        <div key={k} className="field wide">
          <label htmlFor={`${tid}-${k}`}>{label}</label>
          <BufferedTextarea
            id={`${tid}-${k}`}
            rows={2}
            limit={NOTE_MAX}
            value={record?.[k] ?? ''}
            disabled={readOnly || !record}
            onCommit={(text) => commit(k, text)}
            data-testid={`${tid}-${k}`}
          />
          {unsaved.has(k) && (
            <span className="field-error" role="alert" data-testid={`${tid}-${k}-unsaved`}>
              {unsavedMessage(unsaved.get(k) ?? '')}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

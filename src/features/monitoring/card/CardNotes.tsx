import { NOTE_MAX } from '../../../domain/monitoring/records.ts';
import { BufferedTextarea } from '../../forms/index.ts';
import type { CardPartProps } from './cardProps.ts';

const NOTES = [
  ['observaciones', 'Observaciones'],
  ['dificultades', 'Dificultades'],
  ['ajustes', 'Ajustes propuestos'],
] as const;

/** Observaciones, dificultades and ajustes propuestos: free text, each saved once per burst of typing. */
export function CardNotes({ records, action, cycleId, record, readOnly, tid }: CardPartProps) {
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
            onCommit={(text) => records.setText(action.id, cycleId, k, text)}
            data-testid={`${tid}-${k}`}
          />
        </div>
      ))}
    </div>
  );
}

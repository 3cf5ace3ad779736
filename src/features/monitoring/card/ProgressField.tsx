import { levelInfo } from '../../../domain/monitoring/levels.ts';
import type { CardPartProps } from './cardProps.ts';

type Props = Pick<CardPartProps, 'record' | 'readOnly' | 'tid'> & {
  text: string;
  error: string | null;
  onType: (text: string) => void;
};

/** The % de avance, bounded by the chosen level's range; the card's error line sits under it. */
export function ProgressField({ record, readOnly, tid, text, error, onType }: Props) {
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={`${tid}-progress`}>% de avance</label>
        <input
          id={`${tid}-progress`}
          type="number"
          inputMode="numeric"
          min={record ? levelInfo(record.level).min : 0}
          max={record ? levelInfo(record.level).max : 100}
          value={text}
          disabled={readOnly || !record}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${tid}-progress-error` : undefined}
          data-testid={`${tid}-progress`}
          onChange={(e) => onType(e.target.value)}
        />
        {!record && <span className="muted">Elija primero el nivel de implementación.</span>}
        {error && (
          <span className="field-error" id={`${tid}-progress-error`} role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}

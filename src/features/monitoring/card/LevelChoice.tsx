import { IMPLEMENTATION_LEVELS, type ImplementationLevel } from '../../../domain/monitoring/levels.ts';
import type { CardPartProps } from './cardProps.ts';

type Props = Pick<CardPartProps, 'action' | 'record' | 'readOnly' | 'tid'> & {
  onChoose: (level: ImplementationLevel) => void;
};

export function LevelChoice({ action, record, readOnly, tid, onChoose }: Props) {
  return (
    <fieldset className="levels" disabled={readOnly}>
      <legend>Nivel de implementación</legend>
      {IMPLEMENTATION_LEVELS.map((l) => (
        <label key={l.code} className={`level-option${record?.level === l.code ? ' selected' : ''}`}>
          <input
            type="radio"
            name={`level-${action.id}`}
            value={l.code}
            checked={record?.level === l.code}
            onChange={() => onChoose(l.code)}
            data-testid={`${tid}-level-${l.code}`}
          />
          {l.label}
        </label>
      ))}
    </fieldset>
  );
}

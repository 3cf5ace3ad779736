import type { StrategicGoal } from '../../../domain/pme/model.ts';
import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import { indicatorValueError, readingDateError } from '../../../domain/bounds.ts';
import type { IndicatorMeasurement } from '../../../domain/monitoring/records.ts';
import { showValue } from './readingSchema.ts';
import type { ReadingEditor } from './useReadingEditor.ts';

interface Props {
  goal: StrategicGoal;
  /** The corte's dates: a reading stored outside them says so (FT-1). */
  cycle: { start: string; end: string };
  readings: readonly IndicatorMeasurement[];
  readOnly: boolean;
  tid: string;
  editor: Pick<ReadingEditor, 'startCorrection' | 'remove'>;
}

/** The corte's current readings of the indicator; one out of range says so until corrected or deleted. */
export function ReadingList({ goal, cycle, readings, readOnly, tid, editor }: Props) {
  return (
    <ul data-testid={`${tid}-readings`}>
      {readings.map((m) => {
        const outOfRange = indicatorValueError(goal.indicator, m.value);
        const outOfCorte = readingDateError(m.date, cycle);
        return (
          <li key={m.id} data-testid={`${tid}-reading`}>
            {showValue(m.value)} {goal.indicator.unit} · {formatIsoDate(m.date)} · {m.source || 'sin fuente'} ·{' '}
            {m.recordedBy}
            {outOfRange && <span className="field-error"> {outOfRange}: corríjala o elimínela</span>}
            {outOfCorte && <span className="field-error"> {outOfCorte}: corríjala o elimínela</span>}
            {!readOnly && (
              <>
                {' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => editor.startCorrection(m)}
                  data-testid={`${tid}-correct`}
                >
                  Corregir
                </button>{' '}
                <button
                  type="button"
                  className="link danger"
                  onClick={() => editor.remove(m)}
                  data-testid={`${tid}-delete`}
                >
                  Eliminar
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

// One indicator in a corte: its readings (each can be corrected or deleted while the corte is open,
// R-10), the history of every reading entered, and the form for a new reading or a correction. A value
// outside the indicator's range stays in the field with its message and is not saved (B-1).
// Its parts live in measurement/.
import type { StrategicGoal } from '../../domain/pme/model.ts';
import type { IndicatorMeasurement } from '../../domain/monitoring/records.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { measurementHistory, type MeasurementEntry } from '../../domain/monitoring/measurementHistory.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { formatWithUnit } from '../../domain/shared/numbers.ts';
import { useReadingEditor } from './measurement/useReadingEditor.ts';
import { ReadingList } from './measurement/ReadingList.tsx';
import { ReadingHistory } from './measurement/ReadingHistory.tsx';
import { ReadingForm } from './measurement/ReadingForm.tsx';

interface Props {
  handle: MonitoringHandle;
  goal: StrategicGoal;
  cycle: MonitoringCycle;
  measurements: IndicatorMeasurement[];
  entries: MeasurementEntry[];
  readOnly: boolean;
  index: number;
}

export function MeasurementForm({ handle, goal, cycle, measurements, entries, readOnly, index }: Props) {
  const editor = useReadingEditor(handle, goal, cycle);
  const cycleId = cycle.id;
  const tid = `indicator-${index}`;
  const unit = goal.indicator.unit;
  const mine = measurements.filter((m) => m.goalId === goal.id && m.cycleId === cycleId);
  const history = measurementHistory(entries.filter((m) => m.goalId === goal.id && m.cycleId === cycleId));
  const targets = goal.targets
    .filter((t) => t.value !== null)
    .map((t) => `${t.year}: ${formatWithUnit(t.value, unit)}`)
    .join(', ');
  return (
    <article className="monitor-card" data-testid={tid}>
      <h3>Indicador: {goal.indicator.name || goal.text}</h3>
      <p className="muted">
        Línea base {formatWithUnit(goal.baseline.value, unit)} · metas {targets || '—'}
      </p>
      <ReadingList goal={goal} cycle={cycle} readings={mine} readOnly={readOnly} tid={tid} editor={editor} />
      {history.length > mine.length && <ReadingHistory history={history} unit={unit} tid={tid} />}
      {!readOnly && <ReadingForm editor={editor} unit={unit} tid={tid} />}
    </article>
  );
}

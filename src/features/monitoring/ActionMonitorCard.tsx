// One action on the directors' tablet: nivel de implementación, % de avance within the level's range,
// monto ejecutado by source, medios de verificación ticked with evidence, and notes. Every answer is
// saved as it is given; big touch targets; works with touch only. Its parts live in card/.
import { memo } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { FUNDING_SOURCES, type PmeAction } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/shared/money.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { useView } from '../session/index.ts';
import type { CardPartProps } from './card/cardProps.ts';
import { useProgressEntry } from './card/useProgressEntry.ts';
import { LevelChoice } from './card/LevelChoice.tsx';
import { ProgressField } from './card/ProgressField.tsx';
import { ExecutedAmounts } from './card/ExecutedAmounts.tsx';
import { MediosChecklist } from './card/MediosChecklist.tsx';
import { CardNotes } from './card/CardNotes.tsx';
import { Comments } from '../review/index.ts';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  action: PmeAction;
  cycleId: string;
  /** A closed corte's record, read from its snapshot; undefined: the live record of an open corte. */
  frozen?: MonitoringRecord | null;
  readOnly: boolean;
  index: number;
}

// Memoised, and reading its own record through an entry view: a keystroke re-renders this card only.
export const ActionMonitorCard = memo(function ActionMonitorCard(props: Props) {
  const { handle, schoolId, action, cycleId, frozen, readOnly, index } = props;
  const live = useView(handle.records.mine(action.id, cycleId));
  const record = frozen !== undefined ? frozen : live;
  const tid = `monitor-${index}`;
  const records = handle.records;
  const part: CardPartProps = { records, action, cycleId, record, readOnly, tid };
  const progress = useProgressEntry(part);
  return (
    <article className="monitor-card" data-testid={tid} data-action-id={action.id}>
      <h3>{action.nombre || '(acción sin nombre)'}</h3>
      <p className="muted">
        {action.responsable} · planificado{' '}
        {formatPesos(FUNDING_SOURCES.reduce((s, f) => s + action.financiamiento[f.code], 0))}
      </p>
      <LevelChoice {...part} onChoose={progress.chooseLevel} />
      <ProgressField {...part} text={progress.progressText} error={progress.error} onType={progress.typeProgress} />
      <ExecutedAmounts {...part} />
      <MediosChecklist {...part} schoolId={schoolId} onError={progress.setError} />
      <CardNotes {...part} />
      {record && <Comments schoolId={schoolId} target={{ kind: 'monitoring-record', id: record.id }} />}
      {record && !readOnly && (
        <button
          type="button"
          className="link danger"
          data-testid={`${tid}-delete-record`}
          onClick={() =>
            window.confirm('¿Eliminar su registro de esta acción en este corte? Quedará en el historial.') &&
            records.delete(action.id, cycleId)
          }
        >
          Eliminar mi registro
        </button>
      )}
    </article>
  );
});

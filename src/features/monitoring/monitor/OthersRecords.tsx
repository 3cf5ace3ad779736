import { formatPercent } from '../../../domain/shared/numbers.ts';
import { formatLocalTimestamp } from '../../../domain/shared/localDates.ts';
import type { MonitoringView } from '../../../data/docs/monitoring/index.ts';

interface Props {
  view: MonitoringView;
  actionId: string;
  cycleId: string;
  /** The acting user's record key: theirs is the card above, not one of the others. */
  myKey: string;
}

/** Under an action's card: who else recorded it in the corte, and the records deleted (kept in the history). */
export function OthersRecords({ view, actionId, cycleId, myKey }: Props) {
  const others = view.records.filter((r) => r.actionId === actionId && r.cycleId === cycleId && r.id !== myKey);
  const deleted = view.deletedRecords.filter((d) => d.record.actionId === actionId && d.record.cycleId === cycleId);
  if (others.length === 0 && deleted.length === 0) return null;
  return (
    <>
      {others.length > 0 && (
        <p className="muted others">
          También registró: {others.map((r) => `${r.recordedBy} (${formatPercent(r.progress, 0)})`).join(', ')}
        </p>
      )}
      {deleted.length > 0 && (
        <p className="muted others" data-testid={`deleted-records-${actionId}`}>
          Registros eliminados (en el historial):{' '}
          {deleted
            .map(
              (d) =>
                `${d.record.recordedBy} (${formatPercent(d.record.progress, 0)}), eliminado por ${d.deletedBy} el ${formatLocalTimestamp(d.deletedAt)}`,
            )
            .join('; ')}
        </p>
      )}
    </>
  );
}

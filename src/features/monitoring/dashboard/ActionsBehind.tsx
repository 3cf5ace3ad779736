// The drill-down under a Seguimiento figure: each action behind it with the corte's records that make
// the figure (who, level, progress, amount, medios).
import { formatPesos } from '../../../domain/shared/money.ts';
import { formatPercent } from '../../../domain/shared/numbers.ts';
import { levelInfo } from '../../../domain/monitoring/levels.ts';
import { executedTotal, type MonitoringRecord } from '../../../domain/monitoring/records.ts';

export interface DrillDown {
  /** The corte's records. */
  records: readonly MonitoringRecord[];
  actionName: (id: string) => string;
}

export function ActionsBehind({ actionIds, drill }: { actionIds: readonly string[]; drill: DrillDown }) {
  if (actionIds.length === 0) return <p className="muted">Ninguna.</p>;
  return (
    <ul>
      {actionIds.map((id) => (
        <li key={id}>
          {drill.actionName(id)}
          {drill.records
            .filter((r) => r.actionId === id)
            .map((r) => (
              <span key={r.id} className="muted">
                {' '}
                · {r.recordedBy}: {levelInfo(r.level).short}, {formatPercent(r.progress, 0)},{' '}
                {formatPesos(executedTotal(r))}, {r.medios.length} medio(s)
              </span>
            ))}
        </li>
      ))}
    </ul>
  );
}

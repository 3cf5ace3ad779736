import { formatIsoDate, formatLocalTimestamp } from '../../../domain/shared/localDates.ts';
import type { MeasurementHistoryItem, MeasurementState } from '../../../domain/monitoring/measurementHistory.ts';
import { showValue } from './readingSchema.ts';

const STATE_LABEL: Record<MeasurementState, string> = {
  vigente: 'Vigente',
  corregida: 'Corregida',
  eliminada: 'Eliminada',
};

interface Props {
  history: readonly MeasurementHistoryItem[];
  unit: string;
  tid: string;
}

/** Every reading entered in the corte: current, corrected or deleted, with who and when. */
export function ReadingHistory({ history, unit, tid }: Props) {
  return (
    <details data-testid={`${tid}-history`}>
      <summary>Historial de mediciones ({history.length})</summary>
      <table>
        <thead>
          <tr>
            <th>Valor</th>
            <th>Fecha</th>
            <th>Registrada por</th>
            <th>Estado</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.entry.id} data-state={h.state}>
              <td>
                {showValue(h.entry.value)} {unit}
              </td>
              <td>{formatIsoDate(h.entry.date)}</td>
              <td>
                {h.entry.recordedBy}
                {h.entry.recordedAt ? ` (${formatLocalTimestamp(h.entry.recordedAt)})` : ''}
              </td>
              <td>
                {STATE_LABEL[h.state]}
                {h.state === 'eliminada' && ` por ${h.entry.deletedBy} el ${formatLocalTimestamp(h.entry.deletedAt!)}`}
                {h.entry.supersedes && ' (corrección)'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

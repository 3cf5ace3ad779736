import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import { ClosedCycleError, type MonitoringView } from '../../../data/docs/monitoring/index.ts';
import { ConfirmDialog } from '../../confirm/index.ts';

/** What closing the corte freezes: its records (by action) and measurements. */
export function CloseCycleConfirm({
  cycle,
  view,
  onConfirm,
  onCancel,
}: {
  cycle: MonitoringCycle;
  view: MonitoringView;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const records = view.records.filter((r) => r.cycleId === cycle.id);
  const measurements = view.measurements.filter((m) => m.cycleId === cycle.id);
  const actions = new Set(records.map((r) => r.actionId)).size;
  return (
    <ConfirmDialog
      title={`¿Cerrar «${cycle.name}»?`}
      confirmLabel="Cerrar corte"
      onConfirm={onConfirm}
      onCancel={onCancel}
      describeError={(e) =>
        e instanceof ClosedCycleError ? 'Este corte ya estaba cerrado.' : 'No se pudo cerrar el corte.'
      }
      testId="confirm-close-cycle"
    >
      <p>
        Período: {formatIsoDate(cycle.start)} a {formatIsoDate(cycle.end)}. Quedarán fijos, solo para leer:
      </p>
      <ul data-testid="confirm-close-cycle-counts">
        <li>
          Registros de acciones: {records.length} ({actions} {actions === 1 ? 'acción' : 'acciones'})
        </li>
        <li>Mediciones de indicadores: {measurements.length}</li>
      </ul>
      <p className="muted">
        Los tableros e informes usarán estos datos. Un registro hecho sin conexión que llegue después se guarda y se
        informa, pero no cambia el corte cerrado.
      </p>
    </ConfirmDialog>
  );
}

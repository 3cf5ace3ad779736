// "Monitoreo": what the signed-in person records in a corte — the actions due for their cargo (or
// all the year's actions) and the indicators to measure.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { planCargos } from '../../domain/monitoring/plan.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';
import { ActionMonitorCard } from './ActionMonitorCard.tsx';
import { MeasurementForm } from './MeasurementForm.tsx';
import { CargoPicker, useCargoChoice } from './monitor/CargoPicker.tsx';
import { dueWork } from './monitor/dueWork.ts';
import { OthersRecords } from './monitor/OthersRecords.tsx';
import { LateRecordNotice } from './monitor/LateRecordNotice.tsx';
import { isLateRecord } from '../../domain/monitoring/effective.ts';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}

export function MonitorTab({ handle, schoolId, view, pme, cycle }: Props) {
  const plan = view.plans.find((p) => p.year === cycle.year) ?? null;
  const cargos = plan ? planCargos(plan) : [];
  const choice = useCargoChoice(cargos);
  const readOnly = isClosed(cycle);
  const { actions, goals } = dueWork({ view, pme, cycle, plan, cargo: choice.cargo, all: choice.all });
  // a closed corte is read from its snapshot, never from records that reached it later.
  const snapshot = readOnly ? view.snapshots.find((s) => s.cycleId === cycle.id) : undefined;
  // An open corte's card reads its own record (so a keystroke re-renders that card only).
  const frozenOf = (actionId: string) =>
    snapshot ? (snapshot.records.find((r) => r.id === handle.records.keyOf(actionId, cycle.id)) ?? null) : undefined;
  // FT-5: my own record that reached the corte after it closed: kept, shown, not counted.
  const lateOf = (actionId: string) => {
    const mine = snapshot && view.records.find((r) => r.id === handle.records.keyOf(actionId, cycle.id));
    return mine && isLateRecord(mine, snapshot) ? mine : null;
  };
  return (
    <div className="monitor-tab">
      {readOnly && (
        <p className="banner info" data-testid="cycle-frozen">
          Corte cerrado el {cycle.closedAt ? formatLocalTimestamp(cycle.closedAt) : '—'} por{' '}
          {cycle.closedBy || 'sin nombre'}: sus registros y mediciones no se pueden modificar.
        </p>
      )}
      <CargoPicker cargos={cargos} {...choice} />
      {actions.length === 0 && goals.length === 0 && (
        <p className="muted">No hay acciones ni indicadores para este corte.</p>
      )}
      {actions.map((a, i) => (
        <div key={a.id}>
          <ActionMonitorCard
            handle={handle}
            schoolId={schoolId}
            action={a}
            cycleId={cycle.id}
            frozen={frozenOf(a.id)}
            readOnly={readOnly}
            index={i}
          />
          <LateRecordNotice record={lateOf(a.id)} tid={`monitor-${i}`} />
          <OthersRecords view={view} actionId={a.id} cycleId={cycle.id} myKey={handle.records.keyOf(a.id, cycle.id)} />
        </div>
      ))}
      {goals.map((g, i) => (
        <MeasurementForm
          key={g.id}
          handle={handle}
          goal={g}
          cycle={cycle}
          measurements={view.measurements}
          entries={view.measurementEntries}
          readOnly={readOnly}
          index={i}
        />
      ))}
    </div>
  );
}

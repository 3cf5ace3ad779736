// "Monitoreo": what the signed-in person records in a corte — the actions due for their cargo (or
// all the year's actions) and the indicators to measure.
import { formatPercent } from '../../domain/shared/numbers.ts';
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { dueFor, planCargos } from '../../domain/monitoring/plan.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';
import { ActionMonitorCard } from './ActionMonitorCard.tsx';
import { MeasurementForm } from './MeasurementForm.tsx';

const CARGO_KEY = 'bitacora.monitoring.cargo';

interface Props {
  handle: MonitoringHandle;
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function MonitorTab({ handle, schoolId, view, pme, cycle }: Props) {
  const plan = view.plans.find((p) => p.year === cycle.year) ?? null;
  const cargos = plan ? planCargos(plan) : [];
  const [cargo, setCargo] = useState(() => localStorage.getItem(CARGO_KEY) ?? '');
  const [all, setAll] = useState(cargos.length === 0);
  const readOnly = isClosed(cycle);
  const { records, measurements } = view;
  const due =
    plan && cargo ? dueFor({ plan, actions: pme.actions, goals: pme.goals, cycle, records, measurements }, cargo) : [];
  const targets = due.map((d) => d.entry.target);
  const dueActionIds = targets.flatMap((t) => (t.kind === 'action' ? [t.actionId] : []));
  const dueGoalIds = targets.flatMap((t) => (t.kind === 'indicator' ? [t.goalId] : []));
  const everything = all || !plan || !cargo;
  const actions = everything
    ? pme.actions.filter((a) => a.year === cycle.year)
    : dueActionIds.map((id) => pme.actions.find((a) => a.id === id)!);
  const goals = everything ? pme.goals : dueGoalIds.map((id) => pme.goals.find((g) => g.id === id)!);
  // a closed corte is read from its snapshot, never from records that reached it later.
  const snapshot = readOnly ? view.snapshots.find((s) => s.cycleId === cycle.id) : undefined;
  // An open corte's card reads its own record (so a keystroke re-renders that card only).
  const frozenOf = (actionId: string) =>
    snapshot ? (snapshot.records.find((r) => r.id === handle.records.keyOf(actionId, cycle.id)) ?? null) : undefined;
  return (
    <div className="monitor-tab">
      {readOnly && (
        <p className="banner info" data-testid="cycle-frozen">
          Corte cerrado el {cycle.closedAt ? formatLocalTimestamp(cycle.closedAt) : '—'} por{' '}
          {cycle.closedBy || 'sin nombre'}: sus registros y mediciones no se pueden modificar.
        </p>
      )}
      <div className="inline-form">
        {cargos.length > 0 && (
          <div className="field">
            <label htmlFor="my-cargo">Mi cargo</label>
            <select
              id="my-cargo"
              value={cargo}
              onChange={(e) => {
                setCargo(e.target.value);
                localStorage.setItem(CARGO_KEY, e.target.value);
                setAll(false);
              }}
            >
              <option value="">—</option>
              {cargos.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="check big">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="show-all" /> Ver
          todas las acciones del año
        </label>
      </div>
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
          <OthersRecords view={view} actionId={a.id} cycleId={cycle.id} myKey={handle.records.keyOf(a.id, cycle.id)} />
        </div>
      ))}
      {goals.map((g, i) => (
        <MeasurementForm
          key={g.id}
          handle={handle}
          goal={g}
          cycleId={cycle.id}
          measurements={view.measurements}
          entries={view.measurementEntries}
          readOnly={readOnly}
          index={i}
        />
      ))}
    </div>
  );
}

function OthersRecords({
  view,
  actionId,
  cycleId,
  myKey,
}: {
  view: MonitoringView;
  actionId: string;
  cycleId: string;
  myKey: string;
}) {
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

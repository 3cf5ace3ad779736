// "Monitoreo": what the signed-in person records in a corte — the actions due for their cargo (or
// all the year's actions) and the indicators to measure.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { isClosed, type MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { dueFor, planCargos } from '../../domain/monitoring/plan.ts';
import { recordKeyOf, type MonitoringView } from '../../data/monitoringDoc.ts';
import { ActionMonitorCard } from './ActionMonitorCard.tsx';
import { MeasurementForm } from './MeasurementForm.tsx';
import { formatPercent } from '../../domain/numberFormat.ts';

const CARGO_KEY = 'bitacora.monitoring.cargo';

export function MonitorTab({ doc, schoolId, view, pme, cycle, who }: { doc: Y.Doc; schoolId: SchoolId; view: MonitoringView; pme: PmePlan; cycle: MonitoringCycle; who: { userId: string; name: string } }) {
  const plan = view.plans.find((p) => p.year === cycle.year) ?? null;
  const cargos = plan ? planCargos(plan) : [];
  const [cargo, setCargo] = useState(() => localStorage.getItem(CARGO_KEY) ?? '');
  const [all, setAll] = useState(cargos.length === 0);
  const readOnly = isClosed(cycle);
  const due = plan && cargo ? dueFor({ plan, actions: pme.actions, goals: pme.goals, cycle, records: view.records, measurements: view.measurements }, cargo) : [];
  const actions = all || !plan || !cargo ? pme.actions.filter((a) => a.year === cycle.year) : due.filter((d) => d.entry.target.kind === 'action').map((d) => pme.actions.find((a) => d.entry.target.kind === 'action' && a.id === d.entry.target.actionId)!);
  const goals = all || !plan || !cargo ? pme.goals : due.filter((d) => d.entry.target.kind === 'indicator').map((d) => pme.goals.find((g) => d.entry.target.kind === 'indicator' && g.id === d.entry.target.goalId)!);
  const recordOf = (actionId: string) => view.records.find((r) => r.id === recordKeyOf(actionId, cycle.id, who.userId)) ?? null;
  return (
    <div className="monitor-tab">
      {readOnly && <p className="banner info">Este corte está cerrado: sus registros solo se pueden leer.</p>}
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
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="show-all" /> Ver todas las acciones del año
        </label>
      </div>
      {actions.length === 0 && goals.length === 0 && <p className="muted">No hay acciones ni indicadores para este corte.</p>}
      {actions.map((a, i) => (
        <div key={a.id}>
          <ActionMonitorCard doc={doc} schoolId={schoolId} action={a} cycleId={cycle.id} record={recordOf(a.id)} readOnly={readOnly} who={who} index={i} />
          <OthersRecords view={view} actionId={a.id} cycleId={cycle.id} userId={who.userId} />
        </div>
      ))}
      {goals.map((g, i) => (
        <MeasurementForm key={g.id} doc={doc} goal={g} cycleId={cycle.id} measurements={view.measurements} readOnly={readOnly} who={who} index={i} />
      ))}
    </div>
  );
}

function OthersRecords({ view, actionId, cycleId, userId }: { view: MonitoringView; actionId: string; cycleId: string; userId: string }) {
  const others = view.records.filter((r) => r.actionId === actionId && r.cycleId === cycleId && r.id !== recordKeyOf(actionId, cycleId, userId));
  if (others.length === 0) return null;
  return (
    <p className="muted others">
      También registró: {others.map((r) => `${r.recordedBy} (${formatPercent(r.progress, 0)})`).join(', ')}
    </p>
  );
}

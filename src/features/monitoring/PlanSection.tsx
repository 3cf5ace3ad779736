// Plan de monitoreo of a year: for each action and each meta's indicator, who monitors it (cargo),
// how often, with which instrument and from which data source.
import { defaultSchoolYear, schoolYearSchema } from '../../domain/shared/schoolYear.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { FREQUENCIES, type Frequency, type MonitoringPlan, type PlanTarget } from '../../domain/monitoring/plan.ts';
import { latestInstruments } from '../../domain/monitoring/instruments.ts';
import type { MonitoringHandle, MonitoringView, PlanEntryFields } from '../../data/docs/monitoring/index.ts';
import { schoolYearOf } from '../../domain/pme/actionRules.ts';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function PlanSection({
  handle,
  view,
  pme,
  year,
}: {
  handle: MonitoringHandle;
  view: MonitoringView;
  pme: PmePlan;
  year: number;
}) {
  const plan: MonitoringPlan | undefined = view.plans.find((p) => p.year === year);
  const sy = schoolYearOf(pme, year);
  const instruments = latestInstruments(view.instruments);
  const rows: { target: PlanTarget; title: string; kind: string }[] = [
    ...pme.actions
      .filter((a) => a.year === year)
      .map((a) => ({ target: { kind: 'action' as const, actionId: a.id }, title: a.nombre, kind: 'Acción' })),
    ...pme.goals.map((g) => ({
      target: { kind: 'indicator' as const, goalId: g.id },
      title: g.indicator.name || g.text,
      kind: 'Indicador',
    })),
  ];
  const entryOf = (t: PlanTarget) =>
    plan?.entries.find((e) =>
      t.kind === 'action'
        ? e.target.kind === 'action' && e.target.actionId === t.actionId
        : e.target.kind === 'indicator' && e.target.goalId === t.goalId,
    );
  const ensureYear = () => {
    // A school year stored out of order (B-1; the PME screen shows it) falls back to the default one.
    const dates = schoolYearSchema.safeParse(sy).success ? sy : defaultSchoolYear(year);
    if (!plan) handle.plan.setYear(year, dates.start, dates.end);
  };
  const set = (t: PlanTarget, fields: PlanEntryFields) => {
    ensureYear();
    handle.plan.setEntry(year, t, fields);
  };
  return (
    <section>
      <h3>Plan de monitoreo {year}</h3>
      <p className="muted">
        Año escolar {sy.start} a {sy.end}. Cada fila: quién monitorea (cargo), cada cuánto, con qué herramienta y con
        qué fuente.
      </p>
      <table className="programme-table monitoring-plan" data-testid="monitoring-plan">
        <thead>
          <tr>
            <th>Qué</th>
            <th>Cargo que monitorea</th>
            <th>Frecuencia</th>
            <th>Herramienta</th>
            <th>Fuente de información</th>
          </tr>
        </thead>
        <tbody>
          {/* eslint-disable-next-line max-lines-per-function -- one row, inline with the state it reads */}
          {rows.map((r, i) => {
            const e = entryOf(r.target);
            return (
              <tr key={i} data-testid={`plan-row-${i}`}>
                <td>
                  <span className="muted">{r.kind}:</span> {r.title || '(sin nombre)'}
                </td>
                <td>
                  <input
                    aria-label={`Cargo que monitorea: ${r.title}`}
                    defaultValue={e?.cargo ?? ''}
                    key={`c-${e?.cargo ?? ''}`}
                    onBlur={(ev) =>
                      ev.target.value.trim() !== (e?.cargo ?? '') &&
                      set(r.target, { cargo: ev.target.value.trim(), frequency: e?.frequency ?? 'mensual' })
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={`Frecuencia: ${r.title}`}
                    value={e?.frequency ?? ''}
                    onChange={(ev) => set(r.target, { frequency: ev.target.value as Frequency })}
                  >
                    {!e && <option value="">—</option>}
                    {FREQUENCIES.map((f) => (
                      <option key={f.code} value={f.code}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Herramienta: ${r.title}`}
                    value={e?.instrumentId ?? ''}
                    onChange={(ev) =>
                      set(r.target, { instrumentId: ev.target.value || null, frequency: e?.frequency ?? 'mensual' })
                    }
                  >
                    <option value="">Ninguna</option>
                    {instruments.map((ins) => (
                      <option key={ins.id} value={ins.id}>
                        {ins.title}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Fuente de información: ${r.title}`}
                    defaultValue={e?.dataSource ?? ''}
                    key={`s-${e?.dataSource ?? ''}`}
                    onBlur={(ev) =>
                      ev.target.value !== (e?.dataSource ?? '') &&
                      set(r.target, { dataSource: ev.target.value, frequency: e?.frequency ?? 'mensual' })
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

// Plan de monitoreo of a year: for each action and each meta's indicator, who monitors it (cargo),
// how often, with which instrument and from which data source.
import { defaultSchoolYear, schoolYearSchema } from '../../domain/shared/schoolYear.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { PlanTarget } from '../../domain/monitoring/plan.ts';
import { latestInstruments } from '../../domain/monitoring/instruments.ts';
import type { MonitoringHandle, MonitoringView, PlanEntryFields } from '../../data/docs/monitoring/index.ts';
import { schoolYearOf } from '../../domain/pme/actionRules.ts';
import { planRows } from './plan/planRows.ts';
import { PlanRow } from './plan/PlanRow.tsx';

interface Props {
  handle: MonitoringHandle;
  view: MonitoringView;
  pme: PmePlan;
  year: number;
}

export function PlanSection({ handle, view, pme, year }: Props) {
  const plan = view.plans.find((p) => p.year === year);
  const sy = schoolYearOf(pme, year);
  const instruments = latestInstruments(view.instruments);
  const set = (t: PlanTarget, fields: PlanEntryFields) => {
    // A school year stored out of order (B-1; the PME screen shows it) falls back to the default one.
    const dates = schoolYearSchema.safeParse(sy).success ? sy : defaultSchoolYear(year);
    if (!plan) handle.plan.setYear(year, dates.start, dates.end);
    handle.plan.setEntry(year, t, fields);
  };
  return (
    <section>
      <h3>Plan de monitoreo {year}</h3>
      <p className="muted">
        Año escolar {formatIsoDate(sy.start)} a {formatIsoDate(sy.end)}. Cada fila: quién monitorea (cargo), cada
        cuánto, con qué herramienta y con qué fuente.
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
          {planRows(pme, year, plan).map((r, i) => (
            <PlanRow key={i} row={r} index={i} instruments={instruments} onSet={(fields) => set(r.target, fields)} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

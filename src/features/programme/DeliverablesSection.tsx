// The deliverables checklist per month, with its state; linked to the documents the app produces. A
// deliverable the app produced (a version frozen, a corte closed, an acta signed, a PDF made) shows
// "entregado" with that date by itself; a state chosen by hand wins, and "según la app" returns to it.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import {
  DELIVERABLE_STATUSES,
  deliverableChecklist,
  effectiveDeliverableStates,
  type DeliverableCode,
  type DeliverableEvidenceMap,
  type DeliverableStates,
  type DeliverableStatus,
  type MonthPlan,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { Comments } from '../review/index.ts';

const LINKS: Partial<Record<DeliverableCode, (id: SchoolId) => string>> = {
  'informe-diagnostico': (id) => `#/escuelas/${id}/diagnostico`,
  'borrador-pme': (id) => `#/escuelas/${id}/pme`,
  'pme-version-final': (id) => `#/escuelas/${id}/pme`,
};

const AUTO = 'auto';

type Props = {
  programme: ProgrammeHandle;
  schoolId: SchoolId;
  plan: MonthPlan[];
  states: DeliverableStates;
  evidence: DeliverableEvidenceMap;
  today: string;
};

export function DeliverablesSection({ programme, schoolId, plan, states, evidence, today }: Props) {
  const set = (code: DeliverableCode, status: DeliverableStatus, date?: string) =>
    programme.deliverables.setState(code, status === 'entregado' ? { status, deliveredOn: date ?? today } : { status });
  const choose = (code: DeliverableCode, value: string) =>
    value === AUTO ? programme.deliverables.followApp(code) : set(code, value as DeliverableStatus);
  const byApp = (code: DeliverableCode) => states[code] === undefined && evidence[code] !== undefined;
  return (
    <section>
      <h3>Entregables</h3>
      <table className="programme-table" data-testid="deliverables">
        <tbody>
          {deliverableChecklist(plan, effectiveDeliverableStates(states, evidence), today).flatMap(({ month, items }) =>
            items.map((d) => (
              <tr key={d.code} data-testid={`deliverable-${d.code}`} className={d.late ? 'late' : ''}>
                <td>Mes {month}</td>
                <td>
                  {LINKS[d.code] ? <a href={LINKS[d.code]!(schoolId)}>{d.label}</a> : d.label}
                  {d.late && <strong className="late-flag"> · atrasado (vencía el {formatIsoDate(d.dueDate!)})</strong>}
                  <Comments schoolId={schoolId} target={{ kind: 'deliverable', id: d.code }} />
                </td>
                <td>
                  <select
                    aria-label={`Estado de ${d.label}`}
                    value={byApp(d.code) ? AUTO : d.state.status}
                    onChange={(e) => choose(d.code, e.target.value)}
                  >
                    {evidence[d.code] && <option value={AUTO}>Entregado (según la app)</option>}
                    {DELIVERABLE_STATUSES.map((s) => (
                      <option key={s.code} value={s.code}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {byApp(d.code) && d.state.status === 'entregado' && (
                    <span data-testid={`deliverable-${d.code}-auto`}>
                      entregado el {formatIsoDate(d.state.deliveredOn)}{' '}
                      <span className="muted">· {evidence[d.code]!.what}</span>
                    </span>
                  )}
                  {!byApp(d.code) && d.state.status === 'entregado' && (
                    <input
                      type="date"
                      aria-label={`Fecha de entrega de ${d.label}`}
                      value={d.state.deliveredOn}
                      onChange={(e) => e.target.value && set(d.code, 'entregado', e.target.value)}
                    />
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

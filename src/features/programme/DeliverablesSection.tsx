// The deliverables checklist per month, with its state; linked to the documents the app produces.
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate } from '../../domain/pme/calendar.ts';
import { DELIVERABLE_STATUSES, deliverableChecklist, type DeliverableCode, type DeliverableStates, type DeliverableStatus, type MonthPlan } from '../../domain/programme/index.ts';
import { setDeliverableState } from '../../data/programmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';

const LINKS: Partial<Record<DeliverableCode, (id: SchoolId) => string>> = {
  'informe-diagnostico': (id) => `#/escuelas/${id}/diagnostico`,
  'borrador-pme': (id) => `#/escuelas/${id}/pme`,
  'pme-version-final': (id) => `#/escuelas/${id}/pme`,
};

export function DeliverablesSection({ doc, schoolId, plan, states, today }: { doc: Y.Doc; schoolId: SchoolId; plan: MonthPlan[]; states: DeliverableStates; today: string }) {
  const set = (code: DeliverableCode, status: DeliverableStatus, date?: string) =>
    setDeliverableState(doc, code, status === 'entregado' ? { status, deliveredOn: date ?? today } : { status }, LOCAL_EDIT);
  return (
    <section>
      <h3>Entregables</h3>
      <table className="programme-table" data-testid="deliverables">
        <tbody>
          {deliverableChecklist(plan, states, today).flatMap(({ month, items }) =>
            items.map((d) => (
              <tr key={d.code} data-testid={`deliverable-${d.code}`} className={d.late ? 'late' : ''}>
                <td>Mes {month}</td>
                <td>
                  {LINKS[d.code] ? <a href={LINKS[d.code]!(schoolId)}>{d.label}</a> : d.label}
                  {d.late && <strong className="late-flag"> · atrasado (vencía el {formatIsoDate(d.dueDate!)})</strong>}
                </td>
                <td>
                  <select aria-label={`Estado de ${d.label}`} value={d.state.status} onChange={(e) => set(d.code, e.target.value as DeliverableStatus)}>
                    {DELIVERABLE_STATUSES.map((s) => (
                      <option key={s.code} value={s.code}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {d.state.status === 'entregado' && (
                    <input type="date" aria-label={`Fecha de entrega de ${d.label}`} value={d.state.deliveredOn} onChange={(e) => e.target.value && set(d.code, 'entregado', e.target.value)} />
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

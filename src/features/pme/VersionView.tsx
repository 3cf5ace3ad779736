// A frozen version, read only.
import { PME_AREAS, type PmePlan } from '../../domain/pme/model.ts';
import { formatIsoDate } from '../../domain/pme/calendar.ts';
import { actionTotal, grandTotal } from '../../domain/pme/budget.ts';
import { formatPesos } from '../../domain/pme/money.ts';

export function VersionView({ plan, title }: { plan: PmePlan; title: string }) {
  return (
    <div className="pme-version-view" data-testid="version-view">
      <h3>{title} (solo lectura)</h3>
      <p>
        <strong>Visión:</strong> {plan.vision || '—'}
      </p>
      {PME_AREAS.map((area) => {
        const objectives = plan.objectives.filter((o) => o.dimension === area.code);
        if (objectives.length === 0) return null;
        return (
          <section key={area.code}>
            <h4>{area.label}</h4>
            <ul>
              {objectives.map((o) => (
                <li key={o.id}>
                  {o.text}
                  <ul>
                    {plan.goals.filter((g) => g.objectiveId === o.id).map((g) => (
                      <li key={g.id}>Meta: {g.text} ({g.indicator.name})</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <table className="pme-table">
        <thead>
          <tr>
            <th>Año</th>
            <th>Acción</th>
            <th>Fechas</th>
            <th>Responsable</th>
            <th>Monto</th>
          </tr>
        </thead>
        <tbody>
          {plan.actions.map((a) => (
            <tr key={a.id}>
              <td>{a.year}</td>
              <td>{a.nombre}</td>
              <td>
                {formatIsoDate(a.fechaInicio)} – {formatIsoDate(a.fechaTermino)}
              </td>
              <td>{a.responsable}</td>
              <td>{formatPesos(actionTotal(a))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={4}>Total</th>
            <td>{formatPesos(grandTotal(plan.actions))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

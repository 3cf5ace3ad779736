// Month 7: the participatory evaluation is answered like the diagnosis — kiosk mode on tablets
// (anonymous, offline, several at once) or typed from paper — with the evaluation's own instruments.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS } from '../../domain/diagnosis/model.ts';
import type { DiagnosisAggregate } from '../../domain/diagnosis/aggregation.ts';

/** Counts from the aggregation the impact comparison uses: the same responses count. */
export function ParticipationTab({
  schoolId,
  participation,
}: {
  schoolId: SchoolId;
  participation: DiagnosisAggregate['participation'] | null;
}) {
  return (
    <div>
      <p className="muted">
        Cada grupo evalúa la implementación y el efecto de las acciones del PME. Las respuestas son anónimas y se reúnen
        al sincronizar.
      </p>
      <p>
        <a href={`#/escuelas/${schoolId}/evaluacion/papel`}>Ingresar encuestas en papel</a>
      </p>
      <table className="participation" data-testid="evaluation-participation">
        <thead>
          <tr>
            <th>Grupo</th>
            <th>Respuestas</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {STAKEHOLDER_GROUPS.map((g) => (
            <tr key={g.code}>
              <td>{g.label}</td>
              <td data-testid={`evaluation-responses-${g.code}`}>{participation?.groups[g.code].responses ?? 0}</td>
              <td>
                <a href={`#/escuelas/${schoolId}/evaluacion/kiosco/${g.code}`}>Modo kiosco</a> ·{' '}
                <a href={`#/escuelas/${schoolId}/evaluacion/instrumento/${g.code}`}>Cuestionario</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Month 7: the participatory evaluation is answered like the diagnosis — kiosk mode on tablets
// (anonymous, offline, several at once) or typed from paper — with the evaluation's own instruments.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS, type Response } from '../../domain/diagnosis/model.ts';

export function ParticipationTab({ schoolId, responses }: { schoolId: SchoolId; responses: Response[] }) {
  const counts = new Map<string, number>();
  for (const r of responses) if (Object.keys(r.answers).length > 0) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  return (
    <div>
      <p className="muted">
        Cada grupo evalúa la implementación y el efecto de las acciones del PME. Las respuestas son anónimas y se reúnen al sincronizar.
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
              <td data-testid={`evaluation-responses-${g.code}`}>{counts.get(g.code) ?? 0}</td>
              <td>
                <a href={`#/escuelas/${schoolId}/evaluacion/kiosco/${g.code}`}>Modo kiosco</a> · <a href={`#/escuelas/${schoolId}/evaluacion/instrumento/${g.code}`}>Cuestionario</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

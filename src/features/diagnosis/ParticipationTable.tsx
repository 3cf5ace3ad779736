// Participation per stakeholder group: the responses counted by the aggregation (the same figures
// the Informe Diagnóstico prints, R-8) and the population typed here.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../domain/diagnosis/model.ts';
import type { DiagnosisAggregate } from '../../domain/diagnosis/aggregation.ts';
import { formatRate } from '../../domain/shared/numbers.ts';
import type { SurveyHandle } from '../../data/docs/diagnosis/index.ts';
import { PopulationInput } from './PopulationInput.tsx';

interface Props {
  survey: SurveyHandle | null;
  schoolId: SchoolId;
  participation: DiagnosisAggregate['participation'];
  population: Partial<Record<StakeholderGroup, number>>;
}

export function ParticipationTable({ survey, schoolId, participation, population }: Props) {
  return (
    <table className="participation" data-testid="participation">
      <thead>
        <tr>
          <th>Grupo</th>
          <th>Respuestas</th>
          <th>Total de personas</th>
          <th>Participación</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {STAKEHOLDER_GROUPS.map((g) => {
          const p = participation.groups[g.code];
          return (
            <tr key={g.code} data-group={g.code}>
              <td>{g.label}</td>
              <td data-testid={`responses-${g.code}`}>{p.responses}</td>
              <td>
                <PopulationInput survey={survey} group={g.code} label={g.label} stored={population[g.code]} />
              </td>
              <td data-testid={`rate-${g.code}`}>{formatRate(p.rate)}</td>
              <td className="row-actions">
                <a className="button" href={`#/escuelas/${schoolId}/diagnostico/instrumento/${g.code}`}>
                  Cuestionario
                </a>
                <a className="button" href={`#/escuelas/${schoolId}/diagnostico/kiosco/${g.code}`}>
                  Modo kiosco
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr data-group="total">
          <td>Total</td>
          <td data-testid="responses-total">{participation.total.responses}</td>
          <td>{participation.total.population ?? '—'}</td>
          <td data-testid="rate-total">{formatRate(participation.total.rate)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

// Results of the diagnosis a director reads at a glance: a bar per stakeholder group for each
// dimension (drawn with plain CSS: nothing to load offline), then the proposed strengths and
// weaknesses per subdimension.
import { useMemo } from 'react';
import { DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { subdimensionTable } from '../../domain/diagnosis/report/content.ts';
import { STAKEHOLDER_GROUPS } from '../../domain/diagnosis/model.ts';
import { dimensionMean, type DiagnosisAggregate } from '../../domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../domain/diagnosis/findings.ts';
import type { ReviewHandle } from '../../data/docs/diagnosis/index.ts';
import { FindingsReview } from './FindingsReview.tsx';
import { formatMean } from './format.ts';
import { TableHead } from '../forms/index.ts';

interface Props {
  review: ReviewHandle;
  /** The school's aggregation (diagnosis/aggregation.ts), the same the Informe Diagnóstico prints. */
  agg: DiagnosisAggregate;
}

function SubdimensionTable({ agg, dimension }: { agg: DiagnosisAggregate; dimension: DimensionCode }) {
  const { headers, rows } = subdimensionTable(agg, dimension);
  return (
    <table className="participation subdimensions" data-testid={`subdimensions-${dimension}`}>
      <TableHead headers={headers} />
      <tbody>
        {rows.map((r) => (
          <tr key={r[0]}>
            {r.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResultsView({ review, agg }: Props) {
  const findings = useMemo(() => proposeFindings(agg), [agg]);
  if (agg.participation.total.responses === 0) {
    return (
      <p className="muted">
        Aún no hay respuestas. Los resultados aparecen a medida que se responden los cuestionarios.
      </p>
    );
  }
  return (
    <div className="results" data-testid="diagnosis-results">
      <h3>Resultados por dimensión (escala 1 a 4)</h3>
      {DIMENSIONS.map((dim) => (
        <figure key={dim.code} className="dimension-chart" data-dimension={dim.code}>
          <figcaption>
            {dim.label} · promedio general{' '}
            <strong data-testid={`mean-${dim.code}`}>{formatMean(dimensionMean(agg, dim.code).mean)}</strong>
          </figcaption>
          {STAKEHOLDER_GROUPS.map((g) => {
            const cell = agg.dimensionCells[dim.code][g.code];
            const bar = { width: `${cell.mean === null ? 0 : ((cell.mean - 1) / 3) * 100}%` };
            return (
              <div key={g.code} className="bar-row" data-group={g.code}>
                <span className="bar-label">{g.label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={bar} />
                </span>
                <span className="bar-value">{formatMean(cell.mean)}</span>
              </div>
            );
          })}
          <SubdimensionTable agg={agg} dimension={dim.code} />
        </figure>
      ))}
      <h3>Fortalezas y debilidades propuestas</h3>
      <p className="muted">
        Propuesta automática según los promedios (fortaleza desde 3,0; debilidad hasta 2,25; al menos 5 respuestas); el
        equipo la revisa y ajusta.
      </p>
      <FindingsReview review={review} findings={findings} />
    </div>
  );
}

// The corte's indicators against their baseline and target, as the Informe de Monitoreo prints them.
import type { IndicatorFigure } from '../../../domain/monitoring/report/figures.ts';

export function IndicatorTable({ indicators }: { indicators: readonly IndicatorFigure[] }) {
  return (
    <table className="programme-table" data-testid="dash-indicators">
      <thead>
        <tr>
          <th>Indicador</th>
          <th>Línea base</th>
          <th>Meta</th>
          <th>Valor del corte</th>
          <th>Valor esperado</th>
          <th>Estado</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((f) => (
          <tr key={f.goalId} data-testid={`dash-indicator-${f.goalId}`}>
            <td>{f.indicador}</td>
            <td>{f.lineaBase}</td>
            <td>{f.meta}</td>
            <td>{f.valor}</td>
            <td>{f.esperado}</td>
            <td>
              <span className={`status status-${f.status}`}>{f.estado}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

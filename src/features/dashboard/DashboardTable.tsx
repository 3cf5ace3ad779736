// One row per school; every figure opens the school's screen behind it (SD-9).
import type { SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import {
  ACTA_STATE_LABELS,
  EVALUATION_STATE_LABELS,
  PME_STATE_LABELS,
  dependenciaText,
  hoursText,
  monthText,
  pmeDateText,
  ruralText,
} from '../../domain/dashboard/table.ts';
import { formatPercent } from '../../domain/shared/numbers.ts';
import { schoolLinks } from './links.ts';

function MonitoringCells({ row }: { row: SchoolDashboardRow }) {
  const link = schoolLinks(row.schoolId).monitoring;
  const d = row.monitoring?.dashboard;
  if (!row.monitoring || !d)
    return (
      <td colSpan={3} className="muted">
        Sin corte iniciado
      </td>
    );
  const complete = d.levels.find((l) => l.level === 'completa')?.percent ?? 0;
  return (
    <>
      <td>
        <a href={link} data-testid="dash-corte">
          {row.monitoring.cycleName}: {formatPercent(complete)} completa
        </a>
      </td>
      <td>
        <a href={link} data-testid="dash-budget">
          {formatPercent(d.budget.total.percent)}
        </a>
      </td>
      <td>
        <a href={link} data-testid="dash-alerts">
          {d.alerts.length}
        </a>
      </td>
    </>
  );
}

function Row({ row }: { row: SchoolDashboardRow }) {
  const links = schoolLinks(row.schoolId);
  const late = row.deliverables.late;
  return (
    <tr data-testid={`dash-row-${row.schoolId}`}>
      <td>
        <a href={links.school} data-testid="dash-name">
          {row.name || row.rbd}
        </a>
        <div className="muted">
          {row.rbd} · {row.comunaName} · {dependenciaText(row)} {ruralText(row) && `· ${ruralText(row)}`}
        </div>
      </td>
      <td>{row.asesor}</td>
      <td>
        <a href={links.programme} data-testid="dash-month">
          {monthText(row)}
        </a>
      </td>
      <td>
        <a href={links.programme} data-testid="dash-hours">
          {row.programme ? `${hoursText(row)} de ${row.programme.hoursContracted} h` : '—'}
        </a>
      </td>
      <td className={late > 0 ? 'warn' : ''}>
        <a href={links.programme} data-testid="dash-deliverables">
          {row.deliverables.delivered} entregados{late > 0 ? ` · ${late} atrasados` : ''}
        </a>
      </td>
      <td>
        <a href={links.pme} data-testid="dash-pme">
          {PME_STATE_LABELS[row.pme.state]} {pmeDateText(row)}
        </a>
      </td>
      <MonitoringCells row={row} />
      <td>
        <a href={links.monitoring} data-testid="dash-indicators">
          {row.indicators['en-camino']} / {row.indicators['en-riesgo']} / {row.indicators.desviado}
        </a>
      </td>
      <td>
        <a href={links.evaluation} data-testid="dash-evaluation">
          {EVALUATION_STATE_LABELS[row.evaluation]}
        </a>
      </td>
      <td>
        <a href={links.evaluation} data-testid="dash-acta">
          {ACTA_STATE_LABELS[row.acta]}
        </a>
      </td>
    </tr>
  );
}

export function DashboardTable({ rows }: { rows: readonly SchoolDashboardRow[] }) {
  return (
    <div className="table-scroll">
      <table className="dashboard-table" data-testid="dash-table">
        <thead>
          <tr>
            <th>Establecimiento</th>
            <th>Asesor(a)</th>
            <th>Mes</th>
            <th>Horas</th>
            <th>Entregables</th>
            <th>PME</th>
            <th>Último corte</th>
            <th>Presupuesto ejecutado</th>
            <th>Alertas</th>
            <th>Indicadores (en camino / en riesgo / desviados)</th>
            <th>Evaluación</th>
            <th>Acta</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.schoolId} row={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

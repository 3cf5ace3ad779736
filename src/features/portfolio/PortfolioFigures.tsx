// One school's line in the advisor's portfolio: month of the programme, hours, next session,
// overdue agreements and late deliverables (counted as the asesoría's checklist counts them, PFE-1).
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { formatMinutes } from '../../domain/programme/units.ts';
import type { PortfolioRow } from '../../domain/programme/portfolio.ts';

export function PortfolioFigures({ row }: { row: PortfolioRow | undefined }) {
  if (!row)
    return (
      <span className="muted portfolio-figures" data-testid="portfolio-none">
        Sin asesoría abierta
      </span>
    );
  const month =
    row.programmeMonth === 'antes'
      ? 'por comenzar'
      : row.programmeMonth === 'despues'
        ? 'terminada'
        : `mes ${row.programmeMonth} de ${row.monthsTotal}`;
  return (
    <span className="portfolio-figures" data-testid="portfolio">
      <span>Asesoría: {month}</span>
      <span className={row.overrun ? 'warn' : ''}>
        {formatMinutes(row.minutesUsed)} de {row.hoursContracted} h{row.overrun ? ' (excedidas)' : ''}
      </span>
      <span>
        Próxima sesión: {row.nextSession ? `${formatIsoDate(row.nextSession.date)} ${row.nextSession.startTime}` : '—'}
      </span>
      {row.overdueAgreements > 0 && <span className="warn">{row.overdueAgreements} acuerdo(s) vencido(s)</span>}
      {row.lateDeliverables > 0 && (
        <span className="warn" data-testid="portfolio-late">
          {row.lateDeliverables} entregable(s) atrasado(s)
        </span>
      )}
    </span>
  );
}

// The heading of a session record: the figures its acta prints (date, horario, duración, mes del
// programa, asistencia), from the same function (sessionFigures).
import { sessionFigures } from '../../domain/programme/report/acta.ts';
import type { Session } from '../../domain/programme/index.ts';

export function SessionSummary({
  session,
}: {
  session: Pick<Session, 'date' | 'startTime' | 'endTime' | 'programmeMonth' | 'participants' | 'agreements'>;
}) {
  const f = sessionFigures(session);
  return (
    <>
      <h1>
        Sesión del <span data-testid="session-date">{f.date}</span>{' '}
        <span className="muted">
          · <span data-testid="session-duration">{f.duration}</span>
        </span>
      </h1>
      <p className="muted" data-testid="session-summary">
        <span data-testid="session-times">{f.times}</span> · <span data-testid="session-month">{f.programmeMonth}</span>{' '}
        · <span data-testid="session-attendance">{f.attendanceSummary}</span> · {f.agreements}
      </p>
    </>
  );
}

// Where the asesoría's hours stand today: the same figures, labels and warning as the hours report
// (domain/programme/report/hoursFigures.ts).
import { hoursStanding } from '../../domain/programme/report/hoursFigures.ts';
import type { TimedSession } from '../../domain/programme/index.ts';

export function HoursPanel({
  hoursContracted,
  sessions,
  today,
  position,
  months,
}: {
  hoursContracted: number;
  sessions: readonly TimedSession[];
  today: string;
  position: number | 'antes' | 'despues';
  months: number;
}) {
  const h = hoursStanding(sessions, hoursContracted, today);
  const month =
    position === 'antes' ? 'aún no comienza' : position === 'despues' ? 'terminado' : `mes ${position} de ${months}`;
  return (
    <div className={`hours-panel${h.overrun ? ' overrun' : ''}`} data-testid="hours">
      <p>
        Programa: <strong>{month}</strong>
      </p>
      <p>
        <span data-testid="hours-used-label">{h.usedLabel}</span>: <strong data-testid="hours-used">{h.used}</strong> de{' '}
        <span data-testid="hours-contracted">{h.contracted}</span> · Horas disponibles:{' '}
        <strong data-testid="hours-left">{h.left}</strong>
        {h.scheduled && <span className="muted"> · {h.scheduled} agendadas</span>}
      </p>
      {h.warning && (
        <p className="form-error" role="alert" data-testid="hours-overrun">
          {h.warning}
        </p>
      )}
      {h.projectedOverrun && (
        <p className="banner warning">Con las sesiones agendadas se superarían las horas contratadas.</p>
      )}
    </div>
  );
}

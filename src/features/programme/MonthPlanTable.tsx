// The monthly plan against what was held: per month its dates, theme, hours and sessions planned
// and held; the advisor shifts a month (and every later one) or changes its planned hours.
import { useState } from 'react';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import {
  setMonthHours,
  shiftSchedule,
  type MonthPlan,
  type PlanResult,
  type TimedSession,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { monthsFigures } from '../../domain/programme/report/hoursFigures.ts';

type Props = { programme: ProgrammeHandle; plan: MonthPlan[]; sessions: TimedSession[]; today: string };

// Longer than 60 lines: one table's markup (a header and one row per month), no logic beyond `apply`.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function MonthPlanTable({ programme, plan, sessions, today }: Props) {
  const [error, setError] = useState<string | null>(null);
  // The same month figures as the hours report.
  const figures = monthsFigures(plan, sessions, today);
  const apply = (result: PlanResult) => {
    if (result.ok) {
      setError(null);
      programme.plan.replace(result.plan);
    } else setError(result.issues.map((i) => i.message).join('. '));
  };
  return (
    <div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <table className="programme-table" data-testid="month-plan">
        <thead>
          <tr>
            <th>Mes</th>
            <th>Desde</th>
            <th>Tema</th>
            <th>Horas plan.</th>
            <th>Horas realizadas</th>
            <th>Sesiones plan. / realizadas</th>
            <th>Mover</th>
          </tr>
        </thead>
        <tbody>
          {plan.map((m, i) => {
            const c = figures.months[i]!;
            return (
              <tr key={m.month} data-testid={`month-${m.month}`}>
                <td>{m.month}</td>
                <td>{formatIsoDate(m.startDate)}</td>
                <td>{m.theme}</td>
                <td>
                  <input
                    aria-label={`Horas planificadas mes ${m.month}`}
                    className="narrow"
                    inputMode="numeric"
                    defaultValue={m.hoursPlanned}
                    key={`${m.month}-${m.hoursPlanned}`}
                    onBlur={(e) => {
                      const h = Number(e.target.value);
                      if (h !== m.hoursPlanned) apply(setMonthHours(plan, m.month, h));
                    }}
                  />
                </td>
                <td data-testid={`month-${m.month}-held`}>{c.held}</td>
                <td data-testid={`month-${m.month}-sessions`}>
                  {c.sessionsPlanned} / {c.sessionsHeld}
                  {c.sessionsScheduled > 0 ? ` (+${c.sessionsScheduled} agendadas)` : ''}
                </td>
                <td className="shift">
                  <button
                    type="button"
                    className="link"
                    aria-label={`−7 días: adelantar una semana el mes ${m.month} y los siguientes`}
                    onClick={() => apply(shiftSchedule(plan, m.month, -7))}
                  >
                    −7 días
                  </button>{' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={`+7 días: atrasar una semana el mes ${m.month} y los siguientes`}
                    onClick={() => apply(shiftSchedule(plan, m.month, 7))}
                  >
                    +7 días
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

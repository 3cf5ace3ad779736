// One month of the plan against what was held: its dates, theme and contents (MX-4), planned hours
// (editable), hours and sessions held, and the buttons that move it and every later month by a week.
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import {
  monthContents,
  setMonthHours,
  shiftSchedule,
  type MonthPlan,
  type PlanResult,
} from '../../domain/programme/index.ts';
import type { monthsFigures } from '../../domain/programme/report/hoursFigures.ts';
import { MonthContentsList } from './MonthContentsList.tsx';

type MonthFigures = ReturnType<typeof monthsFigures>['months'][number];

type Props = {
  plan: MonthPlan[];
  month: MonthPlan;
  figures: MonthFigures;
  /** Writes an accepted change of the plan or shows why it was refused. */
  apply: (result: PlanResult) => void;
};

export function MonthPlanRow({ plan, month: m, figures: c, apply }: Props) {
  return (
    <tr data-testid={`month-${m.month}`}>
      <td>{m.month}</td>
      <td>{formatIsoDate(m.startDate)}</td>
      <td>
        {m.theme}
        <MonthContentsList contents={monthContents(m)} />
      </td>
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
}

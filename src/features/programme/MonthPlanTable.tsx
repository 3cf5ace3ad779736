// The monthly plan against what was held: per month its dates, theme, hours and sessions planned
// and held; the advisor shifts a month (and every later one) or changes its planned hours.
import { useState } from 'react';
import {
  CROSS_CUTTING_CONTENTS,
  type MonthPlan,
  type PlanResult,
  type TimedSession,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { monthsFigures } from '../../domain/programme/report/hoursFigures.ts';
import { MonthPlanRow } from './MonthPlanRow.tsx';

type Props = { programme: ProgrammeHandle; plan: MonthPlan[]; sessions: TimedSession[]; today: string };

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
      <p className="hint" data-testid="cross-cutting">
        Contenidos transversales a todos los meses: {CROSS_CUTTING_CONTENTS.join('; ')}.
      </p>
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
          {plan.map((m, i) => (
            <MonthPlanRow key={m.month} plan={plan} month={m} figures={figures.months[i]!} apply={apply} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

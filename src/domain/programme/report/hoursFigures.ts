// The hours figures of the asesoría, formatted once for the hours panel, the monthly plan table and
// the hours-and-activities report (docs/spec/reports.md RM-1): where the contract stands at `today`
// (hoursSummary) and, per programme month, hours and sessions planned against held
// (sessionsPerMonthVsPlan). The date the standing refers to is part of its label.
import { formatIsoDate } from '../../shared/localDates.ts';
import type { MonthPlan } from '../engagement.ts';
import { hoursSummary, sessionsPerMonthVsPlan, type TimedSession } from '../hours.ts';
import { formatMinutes } from '../units.ts';

export interface HoursStanding {
  contracted: string;
  /** "Horas realizadas desde el inicio (al 15-06-2026)". */
  usedLabel: string;
  used: string;
  left: string;
  /** Sessions dated after today, e.g. "6 h"; null when none. */
  scheduled: string | null;
  overrun: boolean;
  /** Spanish sentence when used > contracted, else null. */
  warning: string | null;
  /** Used + scheduled would exceed the contract (and it is not exceeded yet). */
  projectedOverrun: boolean;
}

export function hoursStanding(
  sessions: readonly TimedSession[],
  hoursContracted: number,
  today: string,
): HoursStanding {
  const h = hoursSummary(sessions, hoursContracted, { today });
  const contracted = formatMinutes(h.contractedMinutes);
  const used = formatMinutes(h.usedMinutes);
  return {
    contracted,
    usedLabel: `Horas realizadas desde el inicio (al ${formatIsoDate(today)})`,
    used,
    left: formatMinutes(h.leftMinutes),
    scheduled: h.scheduledMinutes > 0 ? formatMinutes(h.scheduledMinutes) : null,
    overrun: h.overrun,
    warning: h.overrun
      ? `Atención: las horas realizadas (${used}) superan las horas contratadas (${contracted}) en ${formatMinutes(h.overrunMinutes)}.`
      : null,
    projectedOverrun: !h.overrun && h.projectedOverrun,
  };
}

export interface MonthFigures {
  month: number;
  startDate: string;
  endDate: string;
  /** "Mes 3". */
  label: string;
  /** "01-05-2026 – 31-05-2026". */
  period: string;
  planned: string;
  held: string;
  difference: string;
  sessionsPlanned: string;
  sessionsHeld: string;
  /** Sessions of the month dated after today. */
  sessionsScheduled: number;
}

export interface MonthsFigures {
  months: MonthFigures[];
  /** Cells of the total row: planned, held, difference, sessions planned, sessions held. */
  total: { planned: string; held: string; difference: string; sessionsPlanned: string; sessionsHeld: string };
  before: { sessions: number; minutes: string };
  after: { sessions: number; minutes: string };
}

export function monthsFigures(
  plan: readonly MonthPlan[],
  sessions: readonly TimedSession[],
  today: string,
): MonthsFigures {
  const cmp = sessionsPerMonthVsPlan(plan, sessions, today);
  const months = cmp.months.map((m): MonthFigures => ({
    month: m.month,
    startDate: m.startDate,
    endDate: m.endDate,
    label: `Mes ${m.month}`,
    period: `${formatIsoDate(m.startDate)} – ${formatIsoDate(m.endDate)}`,
    planned: formatMinutes(m.minutesPlanned),
    held: formatMinutes(m.minutesHeld),
    difference: formatMinutes(m.minutesHeld - m.minutesPlanned),
    sessionsPlanned: String(m.sessionsPlanned),
    sessionsHeld: String(m.sessionsHeld),
    sessionsScheduled: m.sessionsScheduled,
  }));
  const sum = (f: (m: (typeof cmp.months)[number]) => number) => cmp.months.reduce((t, m) => t + f(m), 0);
  const planned = sum((m) => m.minutesPlanned);
  const held = sum((m) => m.minutesHeld);
  return {
    months,
    total: {
      planned: formatMinutes(planned),
      held: formatMinutes(held),
      difference: formatMinutes(held - planned),
      sessionsPlanned: String(sum((m) => m.sessionsPlanned)),
      sessionsHeld: String(sum((m) => m.sessionsHeld)),
    },
    before: { sessions: cmp.before.sessions, minutes: formatMinutes(cmp.before.minutes) },
    after: { sessions: cmp.after.sessions, minutes: formatMinutes(cmp.after.minutes) },
  };
}

// Hours and progress of an engagement (issue 5, item 3): hours used and left against the contract,
// overruns, hours per programme month and per calendar month, sessions per month against the plan,
// and which programme month a date falls in. Pure; "today" is always passed in.
//
// Rules, exactly:
// - A session's duration is end − start in whole minutes (0 for inverted or missing times: data
//   merged by sync may not have gone through the schema).
// - Used: every session, or with `today` only sessions dated on or before today; sessions dated
//   after today are "scheduled" (scheduledMinutes), not used.
// - Overrun: used > contracted. Exactly the contracted hours is not an overrun (left = 0).
// - Projected overrun: used + scheduled > contracted.
// - Hours per programme month follow the month whose theme each session covers (programmeMonth);
//   sessions against the plan follow the calendar window the session's date falls in.
import { calendarMonthOf } from './dates.ts';
import { monthEndDate } from './planLayout.ts';
import type { MonthPlan } from './engagement.ts';
import { durationMinutes } from './session.ts';
import type { Session } from './session.ts';
import { hoursToMinutes, minutes, minutesToHours } from './units.ts';
import type { Minutes } from './units.ts';

/** Duration of a session in minutes. */
export function sessionMinutes(session: Pick<Session, 'startTime' | 'endTime'>): Minutes {
  return durationMinutes(session.startTime, session.endTime);
}

export type TimedSession = Pick<Session, 'date' | 'startTime' | 'endTime' | 'programmeMonth'>;

export interface HoursSummary {
  contractedMinutes: Minutes;
  usedMinutes: Minutes;
  /** contracted − used, never below 0. */
  leftMinutes: Minutes;
  /** used > contracted */
  overrun: boolean;
  /** used − contracted when overrun, else 0. */
  overrunMinutes: Minutes;
  /** Sessions dated after `today` (0 when no `today` is given). */
  scheduledMinutes: Minutes;
  /** used + scheduled > contracted */
  projectedOverrun: boolean;
  /** Convenience for display: used and left as (fractional) hours. */
  hoursUsed: number;
  hoursLeft: number;
  /** Used minutes per programme month covered (only months with sessions), ascending. */
  byProgrammeMonth: { month: number; minutes: Minutes }[];
  /** Used minutes per calendar month "aaaa-mm" (only months with sessions), ascending. */
  byCalendarMonth: { month: string; minutes: Minutes }[];
}

function sortedEntries<K extends string | number>(map: Map<K, number>): { month: K; minutes: Minutes }[] {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, m]) => ({ month, minutes: minutes(m) }));
}

export function hoursSummary(
  sessions: readonly TimedSession[],
  hoursContracted: number,
  options: { today?: string } = {},
): HoursSummary {
  const contracted = hoursToMinutes(hoursContracted);
  const { today } = options;
  let used = 0;
  let scheduled = 0;
  const byProgramme = new Map<number, number>();
  const byCalendar = new Map<string, number>();
  for (const s of sessions) {
    const m = sessionMinutes(s);
    if (today !== undefined && s.date > today) {
      scheduled += m;
      continue;
    }
    used += m;
    byProgramme.set(s.programmeMonth, (byProgramme.get(s.programmeMonth) ?? 0) + m);
    const cal = calendarMonthOf(s.date);
    byCalendar.set(cal, (byCalendar.get(cal) ?? 0) + m);
  }
  const overrun = used > contracted;
  return {
    contractedMinutes: contracted,
    usedMinutes: minutes(used),
    leftMinutes: minutes(Math.max(0, contracted - used)),
    overrun,
    overrunMinutes: minutes(overrun ? used - contracted : 0),
    scheduledMinutes: minutes(scheduled),
    projectedOverrun: used + scheduled > contracted,
    hoursUsed: minutesToHours(minutes(used)),
    hoursLeft: minutesToHours(minutes(Math.max(0, contracted - used))),
    byProgrammeMonth: sortedEntries(byProgramme),
    byCalendarMonth: sortedEntries(byCalendar),
  };
}

/** Where a date falls in the programme: its month (1..N), or before the first / after the last month. */
export type ProgrammePosition = number | 'antes' | 'despues';

/** The programme month whose window [startDate, monthEndDate] holds `date`. */
export function programmeMonthOf(plan: readonly Pick<MonthPlan, 'startDate'>[], date: string): ProgrammePosition {
  const first = plan[0];
  if (!first || date < first.startDate) return 'antes';
  if (date > monthEndDate(plan, plan.length)) return 'despues';
  for (let i = plan.length - 1; i > 0; i--) {
    const m = plan[i];
    if (m && date >= m.startDate) return i + 1;
  }
  return 1;
}

export interface MonthVsPlan {
  month: number;
  startDate: string;
  /** Last day, inclusive. */
  endDate: string;
  sessionsPlanned: number;
  minutesPlanned: Minutes;
  /** Sessions dated in the month, on or before today (all of them without `today`). */
  sessionsHeld: number;
  minutesHeld: Minutes;
  /** Sessions dated in the month after today. */
  sessionsScheduled: number;
  minutesScheduled: Minutes;
}

export interface PlanComparison {
  months: MonthVsPlan[];
  /** Sessions dated before the programme's first month. */
  before: { sessions: number; minutes: Minutes };
  /** Sessions dated after the programme's last month. */
  after: { sessions: number; minutes: Minutes };
}

/** Sessions and hours per programme month (by the session's date) against the plan. */
export function sessionsPerMonthVsPlan(
  plan: readonly MonthPlan[],
  sessions: readonly TimedSession[],
  today?: string,
): PlanComparison {
  const held = plan.map(() => ({ n: 0, m: 0 }));
  const sched = plan.map(() => ({ n: 0, m: 0 }));
  const before = { n: 0, m: 0 };
  const after = { n: 0, m: 0 };
  for (const s of sessions) {
    const pos = programmeMonthOf(plan, s.date);
    const m = sessionMinutes(s);
    const bucket =
      pos === 'antes'
        ? before
        : pos === 'despues'
          ? after
          : today !== undefined && s.date > today
            ? sched[pos - 1]
            : held[pos - 1];
    if (bucket) {
      bucket.n += 1;
      bucket.m += m;
    }
  }
  return {
    months: plan.map((p, i) => ({
      month: p.month,
      startDate: p.startDate,
      endDate: monthEndDate(plan, i + 1),
      sessionsPlanned: p.sessionsPlanned,
      minutesPlanned: hoursToMinutes(p.hoursPlanned),
      sessionsHeld: held[i]?.n ?? 0,
      minutesHeld: minutes(held[i]?.m ?? 0),
      sessionsScheduled: sched[i]?.n ?? 0,
      minutesScheduled: minutes(sched[i]?.m ?? 0),
    })),
    before: { sessions: before.n, minutes: minutes(before.m) },
    after: { sessions: after.n, minutes: minutes(after.m) },
  };
}

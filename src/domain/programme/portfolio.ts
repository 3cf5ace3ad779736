// The advisor's portfolio (issue 5, item 4): one row per school at a glance. One pass over the
// school's sessions and their agreements, so 60 schools × 40 sessions stay well under a frame.
//
// Rules, exactly:
// - Programme month: programmeMonthOf(plan, today).
// - Hours used: sessions dated on or before today (hoursSummary with today); overrun: used > contracted.
// - Next session: the earliest session dated on or after today (date, then start time): a session
//   dated today is both counted as used and shown as the next one. null when none.
// - Overdue agreements and late deliverables: as in agreements.ts and deliverables.ts.
import { countOverdueAgreements } from './agreements.ts';
import { lateDeliverables } from './deliverables.ts';
import type { DeliverableStates } from './deliverables.ts';
import type { MonthPlan } from './engagement.ts';
import { programmeMonthOf, sessionMinutes } from './hours.ts';
import type { ProgrammePosition } from './hours.ts';
import type { Agreement, Session, SessionType } from './session.ts';
import { hoursToMinutes, minutes, minutesToHours } from './units.ts';
import type { Minutes } from './units.ts';

/** What a row needs of a session: its times and type, and of its agreements only done and dueDate. */
export type PortfolioSession = Pick<Session, 'id' | 'date' | 'startTime' | 'endTime' | 'type'> & {
  agreements: readonly Pick<Agreement, 'done' | 'dueDate'>[];
};

export interface PortfolioRow {
  programmeMonth: ProgrammePosition;
  monthsTotal: number;
  minutesUsed: Minutes;
  /** minutesUsed as (fractional) hours. */
  hoursUsed: number;
  hoursContracted: number;
  overrun: boolean;
  nextSession: { id: string; date: string; startTime: string; type: SessionType } | null;
  overdueAgreements: number;
  lateDeliverables: number;
}

export function portfolioRow(
  engagement: { plan: readonly MonthPlan[]; hoursContracted: number },
  sessions: readonly PortfolioSession[],
  deliverableStates: DeliverableStates,
  today: string,
): PortfolioRow {
  let used = 0;
  let next: PortfolioSession | null = null;
  for (const s of sessions) {
    if (s.date <= today) used += sessionMinutes(s);
    if (s.date >= today && (next === null || s.date < next.date || (s.date === next.date && s.startTime < next.startTime))) next = s;
  }
  return {
    programmeMonth: programmeMonthOf(engagement.plan, today),
    monthsTotal: engagement.plan.length,
    minutesUsed: minutes(used),
    hoursUsed: minutesToHours(minutes(used)),
    hoursContracted: engagement.hoursContracted,
    overrun: used > hoursToMinutes(engagement.hoursContracted),
    nextSession: next && { id: next.id, date: next.date, startTime: next.startTime, type: next.type },
    overdueAgreements: countOverdueAgreements(sessions, today),
    lateDeliverables: lateDeliverables(engagement.plan, deliverableStates, today).length,
  };
}

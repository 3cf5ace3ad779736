// The advisor's portfolio (issue 5, item 4): one row per school at a glance. One pass over the
// school's sessions and their agreements, so 60 schools × 40 sessions stay well under a frame.
//
// Rules, exactly:
// - Programme month: programmeMonthOf(plan, today).
// - Hours used: sessions dated on or before today (hoursSummary with today); overrun: used > contracted.
// - Next session (PF-1): the earliest session (date, then start time) not yet held. A session dated
//   today is held once its end time has passed (local wall-clock time, D-1) or once it has a record
//   (a signature, notes, an agreement or a photo); it still counts as used. null when none.
// - Overdue agreements: as in agreements.ts. Late deliverables: the checklist's count (checklistCounts) over the
//   states given; the portfolio gives the checklist's own states, evidence included (PFE-1).
import { countOverdueAgreements } from './agreements.ts';
import { checklistCounts } from './evidenceDigest.ts';
import type { DeliverableStates } from './deliverables.ts';
import type { MonthPlan } from './engagement.ts';
import { programmeMonthOf, sessionMinutes } from './hours.ts';
import type { ProgrammePosition } from './hours.ts';
import type { Agreement, Session, SessionType } from './session.ts';
import { hoursToMinutes, minutes, minutesToHours } from './units.ts';
import type { Minutes } from './units.ts';

/**
 * What a row needs of a session: its times and type, of its agreements only done and dueDate, and
 * whether it has a record (given by the digest, or derived from a full session's fields).
 */
export type PortfolioSession = Pick<Session, 'id' | 'date' | 'startTime' | 'endTime' | 'type'> & {
  agreements: readonly Pick<Agreement, 'done' | 'dueDate'>[];
  recorded?: boolean;
} & Partial<Pick<Session, 'participants' | 'notes' | 'photos'>>;

/** PF-1: the session has been recorded (someone signed, notes written, an agreement or a photo). */
export function sessionHasRecord(s: PortfolioSession): boolean {
  if (s.recorded !== undefined) return s.recorded;
  return (
    (s.participants ?? []).some((p) => p.signature !== null) ||
    (s.notes ?? '').trim() !== '' ||
    s.agreements.length > 0 ||
    (s.photos ?? []).length > 0
  );
}

/** PF-1: not yet held at local date `today` and local time `now` ("HH:MM"; omitted: the start of the day). */
export function sessionUpcoming(s: PortfolioSession, today: string, now = '00:00'): boolean {
  if (s.date !== today) return s.date > today;
  return s.endTime > now && !sessionHasRecord(s);
}

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
  now?: string,
): PortfolioRow {
  let used = 0;
  let next: PortfolioSession | null = null;
  for (const s of sessions) {
    if (s.date <= today) used += sessionMinutes(s);
    if (
      sessionUpcoming(s, today, now) &&
      (next === null || s.date < next.date || (s.date === next.date && s.startTime < next.startTime))
    )
      next = s;
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
    lateDeliverables: checklistCounts(engagement.plan, deliverableStates, today).late,
  };
}

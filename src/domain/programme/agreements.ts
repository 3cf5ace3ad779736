// Agreements (acuerdos) across sessions (issue 5, item 2): an agreement stays open until marked done
// and is shown in the next session's record to review. Pure; "today" is passed in.
//
// Rules, exactly:
// - Open: done is false.
// - Overdue: open and dueDate < today (due today is not overdue yet).
// - To review in a session held on `date` (at `startTime`, when given): agreements recorded in an
//   earlier session — date before, or the same date and an earlier start time — that were still
//   open when this session began: not done, or done with doneAt on or after `date` (ticked during or
//   after this session, so the record still shows them, ticked). Done without a doneAt counts as
//   closed before. The session's own agreements are never included.
// Lists are ordered by due date, then the recording session's date, then agreement id.
import type { Agreement, Session } from './session.ts';

export type AgreementSource = Pick<Session, 'id' | 'date' | 'startTime' | 'agreements'>;

export interface AgreementItem {
  agreement: Agreement;
  /** Date of the session that recorded it. */
  sessionDate: string;
}

function order(a: AgreementItem, b: AgreementItem): number {
  const keys: [string, string][] = [
    [a.agreement.dueDate, b.agreement.dueDate],
    [a.sessionDate, b.sessionDate],
    [a.agreement.id, b.agreement.id],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

function collect(
  sessions: readonly AgreementSource[],
  keep: (a: Agreement, s: AgreementSource) => boolean,
): AgreementItem[] {
  const out: AgreementItem[] = [];
  for (const s of sessions)
    for (const a of s.agreements) if (keep(a, s)) out.push({ agreement: a, sessionDate: s.date });
  return out.sort(order);
}

export function isOverdue(agreement: Pick<Agreement, 'done' | 'dueDate'>, today: string): boolean {
  return !agreement.done && agreement.dueDate < today;
}

export function overdueAgreements(sessions: readonly AgreementSource[], today: string): AgreementItem[] {
  return collect(sessions, (a) => isOverdue(a, today));
}

/** How many agreements are overdue, without building the list (for the portfolio). */
export function countOverdueAgreements(
  sessions: readonly { agreements: readonly Pick<Agreement, 'done' | 'dueDate'>[] }[],
  today: string,
): number {
  let n = 0;
  for (const s of sessions) for (const a of s.agreements) if (isOverdue(a, today)) n++;
  return n;
}

export function agreementsToReview(
  sessions: readonly AgreementSource[],
  sessionDate: string,
  sessionStartTime?: string,
): AgreementItem[] {
  const earlier = (s: AgreementSource) =>
    s.date < sessionDate ||
    (s.date === sessionDate && sessionStartTime !== undefined && s.startTime < sessionStartTime);
  const openAtStart = (a: Agreement) => !a.done || (a.doneAt != null && a.doneAt >= sessionDate);
  return collect(sessions, (a, s) => earlier(s) && openAtStart(a));
}

import { describe, expect, it } from 'vitest';
import {
  agreementsToReview,
  countOverdueAgreements,
  isOverdue,
  overdueAgreements,
  type AgreementItem,
} from '../../../../src/domain/programme/index.ts';
import { agreement, session } from './fixtures.ts';

const ids = (items: AgreementItem[]) => items.map((i) => i.agreement.id);

const s1 = session({
  id: 's1',
  date: '2026-03-10',
  agreements: [
    agreement({ id: 'a1', sessionId: 's1', dueDate: '2026-03-20' }),
    agreement({ id: 'a2', sessionId: 's1', dueDate: '2026-03-15', done: true, doneAt: '2026-03-14' }),
    agreement({ id: 'a3', sessionId: 's1', dueDate: '2026-04-30' }),
  ],
});
const s2 = session({
  id: 's2',
  date: '2026-03-24',
  startTime: '09:00',
  agreements: [
    agreement({ id: 'b1', sessionId: 's2', dueDate: '2026-03-24' }),
    agreement({ id: 'b2', sessionId: 's2', dueDate: '2026-04-10', done: true, doneAt: '2026-04-07' }),
  ],
});
const s3 = session({
  id: 's3',
  date: '2026-03-24',
  startTime: '15:00',
  agreements: [agreement({ id: 'c1', sessionId: 's3', dueDate: '2026-04-01' })],
});
const sessions = [s3, s2, s1];

describe('overdueAgreements', () => {
  it('counts open agreements due before today; due today is not overdue', () => {
    expect(ids(overdueAgreements(sessions, '2026-03-20'))).toEqual([]);
    expect(ids(overdueAgreements(sessions, '2026-03-21'))).toEqual(['a1']);
    expect(ids(overdueAgreements(sessions, '2026-04-02'))).toEqual(['a1', 'b1', 'c1']);
    expect(countOverdueAgreements(sessions, '2026-04-02')).toBe(3);
  });

  it('a done agreement is never overdue, even past its date', () => {
    expect(isOverdue(agreement({ done: true, doneAt: '2026-05-01', dueDate: '2026-03-01' }), '2026-06-01')).toBe(false);
    expect(isOverdue(agreement({ dueDate: '2026-03-01' }), '2026-03-02')).toBe(true);
    expect(ids(overdueAgreements(sessions, '2026-12-31'))).not.toContain('a2');
  });

  it('year boundary and leap day compare as dates', () => {
    const s = [
      session({
        agreements: [agreement({ id: 'x', dueDate: '2028-02-29' }), agreement({ id: 'y', dueDate: '2027-12-31' })],
      }),
    ];
    expect(ids(overdueAgreements(s, '2028-01-01'))).toEqual(['y']);
    expect(ids(overdueAgreements(s, '2028-02-29'))).toEqual(['y']);
    expect(ids(overdueAgreements(s, '2028-03-01'))).toEqual(['y', 'x']);
  });
});

describe('agreementsToReview', () => {
  it('shows open agreements of earlier sessions, not the session own ones', () => {
    expect(ids(agreementsToReview(sessions, '2026-03-24', '09:00'))).toEqual(['a1', 'a3']);
    expect(ids(agreementsToReview(sessions, '2026-03-10', '09:00'))).toEqual([]);
  });

  it('includes an earlier session of the same day only when the start time says so', () => {
    // b2 was done later (2026-04-07), so it was still open when the 15:00 session began
    expect(ids(agreementsToReview(sessions, '2026-03-24', '15:00'))).toEqual(['a1', 'b1', 'b2', 'a3']);
    expect(ids(agreementsToReview(sessions, '2026-03-24'))).toEqual(['a1', 'a3']);
  });

  it('keeps showing (ticked) an agreement done on or after the session date; done before is gone', () => {
    const later = ids(agreementsToReview(sessions, '2026-04-07', '09:00'));
    expect(later).toEqual(['a1', 'b1', 'c1', 'b2', 'a3']); // b2 done on 2026-04-07, in this session
    expect(ids(agreementsToReview(sessions, '2026-04-08'))).not.toContain('b2');
    expect(ids(agreementsToReview(sessions, '2026-03-14'))).toEqual(['a2', 'a1', 'a3']); // by due date
    expect(ids(agreementsToReview(sessions, '2026-03-15'))).toEqual(['a1', 'a3']);
  });

  it('treats done without a doneAt as closed before', () => {
    const s = [session({ agreements: [agreement({ id: 'z', done: true })] })];
    expect(agreementsToReview(s, '2026-04-01')).toEqual([]);
  });
});

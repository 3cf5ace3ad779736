import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  hoursSummary,
  layoutProgramme,
  programmeMonthOf,
  sessionsPerMonthVsPlan,
  shiftSchedule,
  type Session,
} from '../../../../src/domain/programme/index.ts';
import { session, timed } from './fixtures.ts';

describe('hoursSummary', () => {
  it('sums minutes across sessions and months, exactly', () => {
    const sessions = [
      timed('a', '2026-03-10', 90, 1), // 1 h 30
      timed('b', '2026-03-24', 135, 1), // 2 h 15
      timed('c', '2026-04-02', 180, 1), // 3 h, still covering month 1's theme
      timed('d', '2026-04-20', 45, 2),
    ];
    const s = hoursSummary(sessions, 80);
    const used = 90 + 135 + 180 + 45;
    expect(s.usedMinutes).toBe(used);
    expect(s.hoursUsed).toBe(used / 60);
    expect(s.leftMinutes).toBe(80 * 60 - used);
    expect(s.overrun).toBe(false);
    expect(s.overrunMinutes).toBe(0);
    expect(s.byProgrammeMonth).toEqual([
      { month: 1, minutes: 90 + 135 + 180 },
      { month: 2, minutes: 45 },
    ]);
    expect(s.byCalendarMonth).toEqual([
      { month: '2026-03', minutes: 90 + 135 },
      { month: '2026-04', minutes: 180 + 45 },
    ]);
  });

  const tenSessionsOf = (mins: number): Session[] =>
    Array.from({ length: 10 }, (_, i) => timed(`s${i}`, `2026-0${3 + Math.floor(i / 2)}-1${i % 2}`, mins));

  it('exactly 80 h is not an overrun; one minute more is', () => {
    const exact = hoursSummary(tenSessionsOf(480), 80); // 10 × 8 h
    expect(exact.usedMinutes).toBe(4800);
    expect(exact.overrun).toBe(false);
    expect(exact.leftMinutes).toBe(0);
    const over = hoursSummary([...tenSessionsOf(480), timed('x', '2026-08-01', 1)], 80);
    expect(over.overrun).toBe(true);
    expect(over.overrunMinutes).toBe(1);
    expect(over.leftMinutes).toBe(0);
  });

  it('flags the overrun amount against another contract', () => {
    const s = hoursSummary(tenSessionsOf(480), 60);
    expect(s.overrun).toBe(true);
    expect(s.overrunMinutes).toBe(20 * 60);
  });

  it('with today, counts later sessions as scheduled and projects the overrun', () => {
    const sessions = [timed('a', '2026-03-10', 600), timed('b', '2026-03-11', 600), timed('c', '2026-05-01', 360)];
    const s = hoursSummary(sessions, 20, { today: '2026-03-11' });
    expect(s.usedMinutes).toBe(1200);
    expect(s.scheduledMinutes).toBe(360);
    expect(s.overrun).toBe(false);
    expect(s.projectedOverrun).toBe(true);
    expect(hoursSummary(sessions, 20).usedMinutes).toBe(1560);
    expect(hoursSummary(sessions, 26, { today: '2026-03-11' }).projectedOverrun).toBe(false);
  });

  it('ignores the minutes of a record with inverted times (merged, never validated)', () => {
    const bad = session({ id: 'bad', startTime: '23:00', endTime: '01:00' });
    expect(hoursSummary([bad, timed('ok', '2026-03-10', 60)], 80).usedMinutes).toBe(60);
  });
});

describe('programmeMonthOf', () => {
  const plan = layoutProgramme('2026-03-16', 8, 80);

  it.each([
    ['2026-03-15', 'antes'],
    ['2026-03-16', 1],
    ['2026-04-15', 1],
    ['2026-04-16', 2],
    ['2026-10-16', 8],
    ['2026-11-15', 8],
    ['2026-11-16', 'despues'],
  ])('%s → %s', (date, expected) => {
    expect(programmeMonthOf(plan, date)).toBe(expected);
  });

  it('follows a shifted calendar', () => {
    const shifted = shiftSchedule(plan, 3, 14);
    if (!shifted.ok) throw new Error('shift failed');
    expect(programmeMonthOf(shifted.plan, '2026-05-20')).toBe(2);
    expect(programmeMonthOf(shifted.plan, '2026-05-30')).toBe(3);
    expect(programmeMonthOf(shifted.plan, '2026-11-20')).toBe(8);
  });

  it('handles a leap-day window and an empty plan', () => {
    const leap = layoutProgramme('2028-01-29', 6, 80, { includeSummerHolidays: true });
    expect(programmeMonthOf(leap, '2028-02-28')).toBe(1);
    expect(programmeMonthOf(leap, '2028-02-29')).toBe(2);
    expect(programmeMonthOf([], '2026-01-01')).toBe('antes');
  });
});

describe('sessionsPerMonthVsPlan', () => {
  const plan = layoutProgramme('2026-03-16', 8, 80);

  it('counts sessions and minutes by the window their date falls in, held and scheduled', () => {
    const sessions = [
      timed('pre', '2026-03-01', 60),
      timed('a', '2026-03-16', 120),
      timed('b', '2026-04-15', 180),
      timed('c', '2026-04-16', 60, 1), // covers month 1's theme, but held in month 2's window
      timed('d', '2026-05-20', 240),
      timed('post', '2026-12-01', 30),
    ];
    const r = sessionsPerMonthVsPlan(plan, sessions, '2026-05-01');
    expect(r.months).toHaveLength(8);
    expect(r.months[0]).toMatchObject({
      month: 1,
      sessionsPlanned: 3,
      minutesPlanned: 600,
      sessionsHeld: 2,
      minutesHeld: 300,
      sessionsScheduled: 0,
    });
    expect(r.months[1]).toMatchObject({ month: 2, sessionsHeld: 1, minutesHeld: 60, endDate: '2026-05-15' });
    expect(r.months[2]).toMatchObject({ month: 3, sessionsHeld: 0, sessionsScheduled: 1, minutesScheduled: 240 });
    expect(r.before).toEqual({ sessions: 1, minutes: 60 });
    expect(r.after).toEqual({ sessions: 1, minutes: 30 });
    const noToday = sessionsPerMonthVsPlan(plan, sessions);
    expect(noToday.months[2]).toMatchObject({ sessionsHeld: 1, sessionsScheduled: 0 });
  });
});

describe('formatMinutes', () => {
  it.each([
    [4800, '80 h'],
    [90, '1 h 30 min'],
    [45, '45 min'],
    [0, '0 h'],
    [-135, '-2 h 15 min'],
  ])('%i → %s', (m, s) => expect(formatMinutes(m)).toBe(s));
});

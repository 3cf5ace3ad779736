import { describe, expect, it } from 'vitest';
import {
  layoutProgramme,
  portfolioRow,
  type DeliverableStates,
  type Session,
} from '../../../../src/domain/programme/index.ts';
import { agreement, participant, session, timed } from './fixtures.ts';
import { localIsoDate, localTime } from '../../../../src/domain/shared/localDates.ts';
import { digestRow, makeDigest } from '../../../../src/domain/programme/digest.ts';
import { NO_EVIDENCE } from '../../../../src/domain/programme/evidenceDigest.ts';

const plan = layoutProgramme('2026-03-16', 8, 80);
const engagement = { plan, hoursContracted: 80 };

describe('portfolioRow', () => {
  const sessions: Session[] = [
    timed('a', '2026-03-20', 180),
    session({
      id: 'b',
      date: '2026-04-20',
      startTime: '09:00',
      endTime: '11:30',
      agreements: [
        agreement({ id: 'x', sessionId: 'b', dueDate: '2026-04-30' }),
        agreement({ id: 'y', sessionId: 'b', dueDate: '2026-05-30' }),
        agreement({ id: 'z', sessionId: 'b', dueDate: '2026-04-25', done: true, doneAt: '2026-04-24' }),
      ],
    }),
    session({ id: 'd', date: '2026-05-12', startTime: '14:00', endTime: '16:00', type: 'visita' }),
    session({ id: 'c', date: '2026-05-12', startTime: '09:00', endTime: '10:00', type: 'reunion' }),
    timed('e', '2026-06-01', 120),
  ];

  it('summarises one school at a glance', () => {
    const states: DeliverableStates = { 'informe-diagnostico': { status: 'entregado', deliveredOn: '2026-04-14' } };
    const row = portfolioRow(engagement, sessions, states, '2026-05-10');
    expect(row.programmeMonth).toBe(2);
    expect(row.monthsTotal).toBe(8);
    expect(row.minutesUsed).toBe(180 + 150);
    expect(row.hoursUsed).toBe(5.5);
    expect(row.hoursContracted).toBe(80);
    expect(row.overrun).toBe(false);
    expect(row.nextSession).toEqual({ id: 'c', date: '2026-05-12', startTime: '09:00', type: 'reunion' });
    expect(row.overdueAgreements).toBe(1); // x; z is done; y not yet due
    expect(row.lateDeliverables).toBe(0);
  });

  it('PF-1 a session today is used; recorded ones (signed) are not next; late deliverables counted', () => {
    const row = portfolioRow(engagement, sessions, {}, '2026-05-12');
    expect(row.minutesUsed).toBe(180 + 150 + 120 + 60);
    expect(row.nextSession?.id).toBe('e');
    expect(row.lateDeliverables).toBe(1); // informe-diagnostico, due 2026-04-15
  });

  it('no next session after the last; after the programme; overrun', () => {
    const row = portfolioRow({ plan, hoursContracted: 8 }, sessions, {}, '2026-12-01');
    expect(row.nextSession).toBeNull();
    expect(row.programmeMonth).toBe('despues');
    expect(row.minutesUsed).toBe(630);
    expect(row.overrun).toBe(true);
    expect(row.lateDeliverables).toBe(8);
    expect(portfolioRow(engagement, [], {}, '2026-01-01')).toMatchObject({
      programmeMonth: 'antes',
      minutesUsed: 0,
      nextSession: null,
    });
  });

  // Speed is measured by `npm run bench` (portfolio.*), never asserted here.
  it('counts every school of a 60 × 40 portfolio', () => {
    const schools = Array.from({ length: 60 }, (_, k) => {
      const start = layoutProgramme(`2026-0${3 + (k % 6)}-0${1 + (k % 9)}`, 8, 80);
      const list = Array.from({ length: 40 }, (_, i) =>
        session({
          id: `s${k}-${i}`,
          date: `2026-${String(3 + Math.floor(i / 5)).padStart(2, '0')}-${String(1 + (i % 5) * 5).padStart(2, '0')}`,
          agreements: [agreement({ id: `a${i}`, sessionId: `s${k}-${i}`, dueDate: '2026-12-31' })],
        }),
      );
      return { plan: start, sessions: list };
    });
    const rows = schools.map((s) => portfolioRow({ plan: s.plan, hoursContracted: 80 }, s.sessions, {}, '2026-06-30'));
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.minutesUsed === 20 * 180)).toBe(true); // the 20 sessions of March–June, 3 h each
  });
});

describe('PF-1 Próxima sesión: a session held today is not next (local date and time, D-1)', () => {
  const blank = { participants: [participant({ signature: null })], notes: '', agreements: [], photos: [] };
  const today = [
    session({ ...blank, id: 'morning', date: '2026-05-12', startTime: '09:00', endTime: '11:00' }),
    session({ ...blank, id: 'evening', date: '2026-05-12', startTime: '19:00', endTime: '20:00' }),
    session({ ...blank, id: 'late', date: '2026-05-12', startTime: '22:00', endTime: '23:00' }),
    session({ ...blank, id: 'tomorrow', date: '2026-05-13', startTime: '09:00', endTime: '10:00' }),
  ];
  const recorded = session({
    ...blank,
    id: 'morning',
    date: '2026-05-12',
    startTime: '09:00',
    endTime: '11:00',
    notes: 'Se revisó el diagnóstico',
  });

  it.each([
    // [instant, what it is in Santiago, next session]
    ['2026-05-12T12:00:00Z', '08:00 on the 12th', 'morning'],
    ['2026-05-12T14:30:00Z', '10:30, the morning session under way', 'morning'],
    ['2026-05-12T15:00:00Z', '11:00, the morning session just ended', 'evening'],
    ['2026-05-13T01:30:00Z', '21:30 on the 12th (01:30 UTC on the 13th)', 'late'],
    ['2026-05-13T03:00:00Z', '23:00 on the 12th, the late session just ended', 'tomorrow'],
    ['2026-05-13T03:59:00Z', '23:59 on the 12th', 'tomorrow'],
    ['2026-05-13T04:00:00Z', '00:00 on the 13th', 'tomorrow'],
    ['2026-05-13T14:00:00Z', '10:00 on the 13th, all held', null],
  ] as const)('at %s (%s) the next session is %s', (instant, _what, expected) => {
    const at = new Date(instant);
    const row = portfolioRow(
      engagement,
      today,
      {},
      localIsoDate(at, 'America/Santiago'),
      localTime(at, 'America/Santiago'),
    );
    expect(row.nextSession?.id ?? null).toBe(expected);
  });

  it('a session of today that already has its record is not next, even before its end time; read back from the digest too', () => {
    const list = [recorded, ...today.slice(1)];
    expect(portfolioRow(engagement, list, {}, '2026-05-12', '10:00').nextSession?.id).toBe('evening');
    expect(portfolioRow(engagement, today, {}, '2026-05-12', '10:00').nextSession?.id).toBe('morning');
    const digest = JSON.parse(
      JSON.stringify(makeDigest({ hoursContracted: 80, plan, sessions: list, deliverables: {} })),
    ) as unknown;
    expect(digestRow(digest, NO_EVIDENCE, '2026-05-12', '10:00')?.nextSession?.id).toBe('evening');
    expect(digestRow(digest, NO_EVIDENCE, '2026-05-12', '19:30')?.nextSession?.id).toBe('evening');
    expect(digestRow(digest, NO_EVIDENCE, '2026-05-12', '20:00')?.nextSession?.id).toBe('late');
  });

  it('the UTC date would have skipped the 22:00 session at 21:30: the local date keeps it', () => {
    const at = new Date('2026-05-13T01:30:00Z');
    expect(portfolioRow(engagement, today, {}, localIsoDate(at, 'UTC'), localTime(at, 'UTC')).nextSession?.id).toBe(
      'tomorrow',
    );
    expect(
      portfolioRow(engagement, today, {}, localIsoDate(at, 'America/Santiago'), localTime(at, 'America/Santiago'))
        .nextSession?.id,
    ).toBe('late');
  });
});

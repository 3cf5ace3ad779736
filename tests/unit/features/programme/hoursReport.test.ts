// buildHoursReport and its PDF: totals, the sessions of the period and the months against the plan,
// worked out by hand for a 7-month, 80-hour programme starting 02-03-2026 (months of 12,12,12,11,11,
// 11,11 h and 3 sessions each), then rendered with jspdf and read back with pdftotext.
import { describe, expect, it } from 'vitest';
import { layoutProgramme } from '../../../../src/domain/programme/index.ts';
import { addDays } from '../../../../src/domain/programme/dates.ts';
import type { Session } from '../../../../src/domain/programme/index.ts';
import { buildHoursReport } from '../../../../src/domain/programme/report/hoursReport.ts';
import type { HoursReportInput } from '../../../../src/domain/programme/report/hoursReport.ts';
import {
  renderHoursReportDocument,
  renderHoursReportPdf,
} from '../../../../src/features/programme/report/renderHoursReport.ts';
import { agreement, participant, session, timed } from '../../domain/programme/fixtures.ts';
import { pdfPages, pdfText as readPdfText } from '../../../support/pdfText.ts';

const PLAN = layoutProgramme('2026-03-02', 7, 80);

const at = (
  id: string,
  date: string,
  startTime: string,
  endTime: string,
  programmeMonth: number,
  over: Partial<Session> = {},
) => session({ id, date, startTime, endTime, programmeMonth, ...over });

const SESSIONS: Session[] = [
  at('s5', '2026-06-10', '09:00', '11:00', 4), // 120 min, after today
  at('s3', '2026-04-15', '08:00', '12:00', 2, { type: 'reunion' }), // 240
  at('s1', '2026-03-10', '09:00', '12:00', 1), // 180, before the period
  at('s4', '2026-05-05', '14:00', '15:30', 3, { type: 'acompanamiento' }), // 90
  at('s2', '2026-03-20', '08:00', '10:30', 1, {
    type: 'visita',
    participants: [
      participant({ id: 'p1' }),
      participant({ id: 'p2', present: false, signature: null }),
      participant({ id: 'p3', signature: null }),
    ],
    agreements: [
      agreement({ id: 'a1', sessionId: 's2', dueDate: '2026-03-30' }),
      agreement({ id: 'a2', sessionId: 's2', dueDate: '2026-04-30' }),
    ],
  }), // 150
  at('s0', '2026-02-20', '10:00', '11:00', 1), // 60, before the calendar
];

function input(over: Partial<HoursReportInput> = {}): HoursReportInput {
  return {
    school: { name: 'Escuela Rural Los Aromos', rbd: '5834', dv: 'K', comuna: 'Paine' },
    advisor: 'Rosa Fuentes',
    engagement: { startDate: '2026-03-02', hoursContracted: 80, months: 7 },
    plan: PLAN,
    sessions: SESSIONS,
    from: '2026-03-15',
    to: '2026-06-30',
    today: '2026-05-20',
    ...over,
  };
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; flat: string }> {
  const pages = await pdfPages(bytes);
  return { pages, flat: (await readPdfText(bytes, { mode: 'raw' })).replace(/\s+/g, ' ') };
}

describe('buildHoursReport', () => {
  it('states the period, the engagement and the hours totals', () => {
    const r = buildHoursReport(input());
    expect(r.title).toBe('Informe de horas y actividades');
    expect(r.school).toEqual({
      name: 'Escuela Rural Los Aromos',
      rbd: '5834-K',
      identification: [
        ['Establecimiento', 'Escuela Rural Los Aromos'],
        ['RBD', '5834-K'],
        ['Comuna', 'Paine'],
        ['Dependencia', 'Sin información'],
        ['Sostenedor', 'Sin información'],
        ['RUT del sostenedor', 'Sin información'],
        ['Convenio PIE', 'Sin información'],
      ],
    });
    expect(r.period).toEqual({ from: '15-03-2026', to: '30-06-2026', label: '15-03-2026 al 30-06-2026' });
    expect(r.engagement).toEqual({ start: '02-03-2026', end: '01-10-2026', months: '7 meses' });
    expect(r.generatedOn).toBe('20-05-2026');
    // Held up to today: 60 + 180 + 150 + 240 + 90 = 720 min; in the period: 150 + 240 + 90 = 480.
    expect(r.totals).toMatchObject({
      contracted: '80 h',
      usedInPeriod: '8 h',
      usedOverall: '12 h',
      left: '68 h',
      scheduledInPeriod: '1 sesión (2 h)',
      overrun: false,
      warning: null,
    });
    expect(r.totals.rows).toEqual([
      ['Horas contratadas', '80 h'],
      ['Horas realizadas en el período', '8 h'],
      ['Horas realizadas desde el inicio (al 20-05-2026)', '12 h'],
      ['Horas disponibles', '68 h'],
      ['Programadas en el período, posteriores a hoy', '1 sesión (2 h)'],
    ]);
    expect(r.footer).toBe('Informe de horas y actividades · Escuela Rural Los Aromos · 15-03-2026 al 30-06-2026');
  });

  it('lists the sessions held in the period in date order', () => {
    const r = buildHoursReport(input());
    expect(r.sessions.rows).toEqual([
      ['20-03-2026', 'Visita', 'Mes 1', '08:00 a 10:30', '2 h 30 min', '2 / 3', '2'],
      ['15-04-2026', 'Reunión', 'Mes 2', '08:00 a 12:00', '4 h', '1 / 1', '0'],
      ['05-05-2026', 'Acompañamiento', 'Mes 3', '14:00 a 15:30', '1 h 30 min', '1 / 1', '0'],
    ]);
    expect(r.sessions).toMatchObject({ count: 3, total: '8 h' });
    // The period's bounds are inclusive.
    const edges = buildHoursReport(input({ from: '2026-03-20', to: '2026-04-15' }));
    expect(edges.sessions.rows.map((row) => row[0])).toEqual(['20-03-2026', '15-04-2026']);
    expect(edges.totals.usedInPeriod).toBe('6 h 30 min');
    expect(edges.totals.scheduledInPeriod).toBeNull();
  });

  it('compares every programme month with the plan and flags the months the period touches', () => {
    const r = buildHoursReport(input());
    expect(r.months.rows.map((m) => [m.inPeriod, ...m.cells])).toEqual([
      [true, 'Mes 1', '02-03-2026 – 01-04-2026', '12 h', '5 h 30 min', '-6 h 30 min', '3', '2'],
      [true, 'Mes 2', '02-04-2026 – 01-05-2026', '12 h', '4 h', '-8 h', '3', '1'],
      [true, 'Mes 3', '02-05-2026 – 01-06-2026', '12 h', '1 h 30 min', '-10 h 30 min', '3', '1'],
      [true, 'Mes 4', '02-06-2026 – 01-07-2026', '11 h', '0 h', '-11 h', '3', '0'],
      [false, 'Mes 5', '02-07-2026 – 01-08-2026', '11 h', '0 h', '-11 h', '3', '0'],
      [false, 'Mes 6', '02-08-2026 – 01-09-2026', '11 h', '0 h', '-11 h', '3', '0'],
      [false, 'Mes 7', '02-09-2026 – 01-10-2026', '11 h', '0 h', '-11 h', '3', '0'],
    ]);
    expect(r.months.total).toEqual(['Total', '', '80 h', '11 h', '-69 h', '21', '4']);
    expect(r.months.outside).toEqual(['1 sesión (1 h) antes del inicio del calendario.']);
    const oneDay = buildHoursReport(input({ from: '2026-04-02', to: '2026-04-02' }));
    expect(oneDay.months.rows.filter((m) => m.inPeriod).map((m) => m.month)).toEqual([2]);
  });

  it('warns in Spanish when the hours used exceed the contract, not when they equal it', () => {
    const over = buildHoursReport(input({ engagement: { startDate: '2026-03-02', hoursContracted: 10, months: 7 } }));
    expect(over.totals.overrun).toBe(true);
    expect(over.totals.left).toBe('0 h');
    expect(over.totals.warning).toBe(
      'Atención: las horas realizadas (12 h) superan las horas contratadas (10 h) en 2 h.',
    );
    const exact = buildHoursReport(input({ engagement: { startDate: '2026-03-02', hoursContracted: 12, months: 7 } }));
    expect([exact.totals.overrun, exact.totals.warning, exact.totals.left]).toEqual([false, null, '0 h']);
  });

  it('rejects a period that ends before it starts or dates that are not ISO', () => {
    expect(() => buildHoursReport(input({ from: '2026-05-01', to: '2026-04-30' }))).toThrow(RangeError);
    expect(() => buildHoursReport(input({ from: '2026-02-30' }))).toThrow(RangeError);
  });
});

describe('renderHoursReportPdf', () => {
  it('prints the totals, the sessions, the months and the footer', async () => {
    const r = buildHoursReport(input());
    const bytes = renderHoursReportPdf(r);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, flat } = await pdfText(bytes);
    expect(pages.length).toBe(renderHoursReportDocument(r).getNumberOfPages());
    for (const s of [
      'Informe de horas y actividades',
      'Escuela Rural Los Aromos',
      '5834-K',
      'Rosa Fuentes',
      '15-03-2026 al 30-06-2026',
    ])
      expect(flat).toContain(s);
    expect(flat).toContain('Horas contratadas 80 h');
    expect(flat).toContain('Horas realizadas en el período 8 h');
    expect(flat).toContain('Horas disponibles 68 h');
    expect(flat).toContain('20-03-2026 Visita Mes 1 08:00 a 10:30 2 h 30 min 2 / 3 2');
    expect(flat).toContain('05-05-2026 Acompañamiento Mes 3 14:00 a 15:30 1 h 30 min 1 / 1 0');
    expect(flat).not.toContain('10-03-2026 Taller');
    expect(flat).toContain('Total del período 8 h');
    expect(flat).toContain('Mes 1 02-03-2026 – 01-04-2026 12 h 5 h 30 min -6 h 30 min 3 2');
    expect(flat).toContain('Total 80 h 11 h -69 h 21 4');
    expect(flat).toContain('1 sesión (1 h) antes del inicio del calendario.');
    expect(flat).not.toContain('Atención');
    pages.forEach((page, i) => {
      expect(page).toContain('Informe de horas y actividades · Escuela Rural Los Aromos · 15-03-2026 al 30-06-2026');
      expect(page).toContain(`Página ${i + 1} de ${pages.length}`);
    });
  });

  it('prints the overrun warning and breaks a long period over numbered pages', async () => {
    const many = Array.from({ length: 70 }, (_, i) => timed(`m${i}`, addDays('2026-03-02', i * 2), 75, 1));
    const r = buildHoursReport(input({ sessions: many, from: '2026-03-01', to: '2026-09-30', today: '2026-09-30' }));
    const { pages, flat } = await pdfText(renderHoursReportPdf(r));
    expect(pages.length).toBeGreaterThan(1);
    for (const s of many)
      expect(flat).toContain(`${s.date.slice(8)}-${s.date.slice(5, 7)}-${s.date.slice(0, 4)} Taller`);
    // 70 × 75 min = 5250 min = 87 h 30 min > 80 h.
    expect(flat).toContain(
      'Atención: las horas realizadas (87 h 30 min) superan las horas contratadas (80 h) en 7 h 30 min.',
    );
    expect(flat).toContain('Total del período 87 h 30 min');
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length}`));
  });
});

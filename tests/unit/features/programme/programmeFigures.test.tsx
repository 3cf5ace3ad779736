// @vitest-environment jsdom
// RM-1: the asesoría's screens and its documents print the same figures. The hours panel and the
// monthly plan table against the hours-and-activities report (with the contract overrun), and a
// session's heading against its acta de sesión: rendered with React in jsdom, the PDFs read back
// with pdftotext, the figures parsed on both sides and compared whole.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanup, render, within } from '@testing-library/react';
import { layoutProgramme, type Session } from '../../../../src/domain/programme/index.ts';
import { buildHoursReport } from '../../../../src/domain/programme/report/hoursReport.ts';
import { buildActa } from '../../../../src/domain/programme/report/acta.ts';
import { HoursPanel } from '../../../../src/features/programme/HoursPanel.tsx';
import { MonthPlanTable } from '../../../../src/features/programme/MonthPlanTable.tsx';
import { programmeHandle } from '../../../../src/data/docs/programme/index.ts';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { SessionSummary } from '../../../../src/features/programme/SessionSummary.tsx';
import { renderHoursReportPdf } from '../../../../src/features/programme/report/renderHoursReport.ts';
import { renderActaPdf } from '../../../../src/features/programme/report/renderActa.ts';
import { agreement, participant, session } from '../../domain/programme/fixtures.ts';
import { pdfFlatText } from '../../../support/pdfText.ts';

const TODAY = '2026-05-31';
const HOURS = 8;
const PLAN = layoutProgramme('2026-03-02', 7, HOURS);
const SCHOOL = { name: 'Escuela Rural Los Aromos', rbd: '5834', dv: 'K', comuna: 'Paine' };
const at = (
  id: string,
  date: string,
  startTime: string,
  endTime: string,
  programmeMonth: number,
  over: Partial<Session> = {},
) => session({ id, date, startTime, endTime, programmeMonth, ...over });
// 180 + 150 + 240 = 570 min held by today (9 h 30 min of 8 h: overrun), 120 min scheduled after.
const SESSIONS: Session[] = [
  at('s1', '2026-03-10', '09:00', '12:00', 1),
  at('s2', '2026-03-20', '08:00', '10:30', 1, {
    participants: [
      participant({ id: 'p1' }),
      participant({ id: 'p2', name: 'Luis Pérez', present: false, signature: null }),
      participant({ id: 'p3', name: 'Ana Díaz', signature: null }),
    ],
    agreements: [
      agreement({ id: 'a1', sessionId: 's2' }),
      agreement({ id: 'a2', sessionId: 's2', dueDate: '2026-04-30' }),
    ],
  }),
  at('s3', '2026-04-15', '08:00', '12:00', 2, { type: 'reunion' }),
  at('s5', '2026-06-10', '09:00', '11:00', 4),
];

const DURATION = '(-?\\d+ h(?: \\d+ min)?|-?\\d+ min)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const one = (s: string, re: RegExp) => {
  const m = re.exec(s);
  if (!m) throw new Error(`not found in the PDF: ${re}`);
  return m[1]!;
};

describe('asesoría screens and documents: same figures (RM-1, RM-2)', () => {
  afterEach(cleanup);

  it('hours panel and monthly plan against the hours-and-activities report, overrun included', async () => {
    const { container } = render(
      <>
        <HoursPanel hoursContracted={HOURS} sessions={SESSIONS} today={TODAY} position={3} months={7} />
        <MonthPlanTable
          programme={programmeHandle(new Y.Doc(), actorOf({ userId: 'u1', name: 'Ana' }))}
          plan={PLAN}
          sessions={SESSIONS}
          today={TODAY}
        />
      </>,
    );
    const ui = within(container);
    const screen = {
      contracted: text(ui.getByTestId('hours-contracted')),
      used: text(ui.getByTestId('hours-used')),
      left: text(ui.getByTestId('hours-left')),
      warning: text(ui.getByTestId('hours-overrun')),
    };
    const usedLabel = text(ui.getByTestId('hours-used-label'));
    const screenMonths = PLAN.map((m) => {
      const row = ui.getByTestId(`month-${m.month}`);
      const [planned, held] = [
        `${(row.querySelector('input') as HTMLInputElement).value} h`,
        text(within(row).getByTestId(`month-${m.month}-held`)),
      ];
      const [, sp, sh] = /^(\d+) \/ (\d+)/.exec(text(within(row).getByTestId(`month-${m.month}-sessions`)))!;
      return { month: String(m.month), planned, held, sessionsPlanned: sp, sessionsHeld: sh };
    });

    const report = buildHoursReport({
      school: SCHOOL,
      advisor: 'Rosa Fuentes',
      engagement: { startDate: '2026-03-02', hoursContracted: HOURS, months: 7 },
      plan: PLAN,
      sessions: SESSIONS,
      from: '2026-03-02',
      to: '2026-09-30',
      today: TODAY,
    });
    const pdf = await pdfFlatText(renderHoursReportPdf(report));
    const printed = {
      contracted: one(pdf, new RegExp(`Horas contratadas ${DURATION}`)),
      used: one(pdf, new RegExp(`${escape(usedLabel)} ${DURATION}`)),
      left: one(pdf, new RegExp(`Horas disponibles ${DURATION}`)),
      warning: one(pdf, new RegExp(`(Atención: las horas realizadas .*? en (?:${DURATION.slice(1, -1)})\\.)`)),
    };
    const pdfMonths = [
      ...pdf.matchAll(
        new RegExp(
          `Mes (\\d+) \\d{2}-\\d{2}-\\d{4} – \\d{2}-\\d{2}-\\d{4} ${DURATION} ${DURATION} ${DURATION} (\\d+) (\\d+)`,
          'g',
        ),
      ),
    ].map((m) => ({ month: m[1]!, planned: m[2]!, held: m[3]!, sessionsPlanned: m[5]!, sessionsHeld: m[6]! }));

    expect(usedLabel).toBe('Horas realizadas desde el inicio (al 31-05-2026)');
    expect(printed).toEqual(screen);
    expect(screen).toMatchObject({ contracted: '8 h', used: '9 h 30 min', left: '0 h' });
    expect(screen.warning).toContain('en 1 h 30 min');
    expect(pdfMonths).toEqual(screenMonths);
    expect(screenMonths[0]).toMatchObject({ held: '5 h 30 min', sessionsHeld: '2' });
  });

  it("a session's heading against its acta: date, horario, duración, mes del programa, asistencia", async () => {
    const s = SESSIONS[1]!;
    const { container } = render(<SessionSummary session={s} />);
    const ui = within(container);
    const screen = {
      date: text(ui.getByTestId('session-date')),
      times: text(ui.getByTestId('session-times')),
      duration: text(ui.getByTestId('session-duration')),
      month: text(ui.getByTestId('session-month')),
      attendance: text(ui.getByTestId('session-attendance')),
    };
    const acta = buildActa({
      school: SCHOOL,
      advisor: 'Rosa Fuentes',
      session: s,
      monthTheme: PLAN[0]!.theme,
      reviewed: [],
    });
    const pdf = await pdfFlatText(renderActaPdf(acta, new Map()));
    const printed = {
      date: one(pdf, /Fecha (\d{2}-\d{2}-\d{4})/),
      times: one(pdf, /Horario (\d{2}:\d{2} a \d{2}:\d{2})/),
      duration: one(pdf, new RegExp(`Duración ${DURATION}`)),
      month: one(pdf, /Mes del programa (Mes \d+ del programa)/),
      attendance: one(pdf, /(\d+ de \d+ participantes? presentes?)\./),
    };
    expect(printed).toEqual(screen);
    expect(screen).toEqual({
      date: '20-03-2026',
      times: '08:00 a 10:30',
      duration: '2 h 30 min',
      month: 'Mes 1 del programa',
      attendance: '2 de 3 participantes presentes',
    });
  });
});

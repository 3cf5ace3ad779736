// Content of the hours-and-activities report (issue 5, outputs): for one school and a period, the
// hours contracted, used in the period, used overall and left, the sessions held in the period,
// and per programme month the hours and sessions planned against those held. Pure; "today" is
// passed in.
//
// Rules, exactly:
// - A session counts as held when dated on or before `today` (as in hours.ts); later sessions are
//   scheduled. The period [from, to] is inclusive.
// - Used overall, left and the overrun come from hoursSummary over every session up to today: the
//   report states where the whole contract stands, whatever the period.
// - Used in the period: sessions held dated in [from, to]; the table lists exactly those, in
//   chronological order. Sessions in the period after today are only counted ("programadas").
// - Per programme month: sessionsPerMonthVsPlan over every session (by the session's date), for every
//   month of the plan; the months the period touches are flagged.
import { formatIsoDate, isIsoDate } from '../../shared/localDates.ts';
import { programmeEndDate } from '../planLayout.ts';
import type { MonthPlan } from '../engagement.ts';
import { sessionMinutes } from '../hours.ts';
import { hoursStanding, monthsFigures } from './hoursFigures.ts';
import { compareSessions } from '../session.ts';
import type { Session } from '../session.ts';
import { formatMinutes } from '../units.ts';
import { reportSchool, sessionTypeLabel } from './acta.ts';
import type { ReportSchool, ReportSchoolInput } from './acta.ts';

export const HOURS_REPORT_TITLE = 'Informe de horas y actividades';
export const SESSION_HEADERS = [
  'Fecha',
  'Tipo',
  'Mes del programa',
  'Horario',
  'Duración',
  'Presentes',
  'Acuerdos',
] as const;
export const MONTH_HEADERS = [
  'Mes',
  'Período',
  'Horas planificadas',
  'Horas realizadas',
  'Diferencia',
  'Sesiones planificadas',
  'Sesiones realizadas',
] as const;

export interface HoursReportInput {
  school: ReportSchoolInput;
  advisor: string;
  engagement: { startDate: string; hoursContracted: number; months: number };
  plan: readonly MonthPlan[];
  sessions: readonly Session[];
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  today: string;
}

export interface HoursReportTotals {
  contracted: string;
  usedInPeriod: string;
  usedOverall: string;
  left: string;
  /** Sessions in the period dated after today, e.g. "2 sesiones (6 h)"; null when none. */
  scheduledInPeriod: string | null;
  overrun: boolean;
  /** Spanish warning when used overall > contracted, else null. */
  warning: string | null;
  /** Label–value pairs in the order the document prints them. */
  rows: [string, string][];
}

export interface HoursReportMonthRow {
  month: number;
  /** Whether the month's window overlaps the period. */
  inPeriod: boolean;
  /** Cells in the order of MONTH_HEADERS. */
  cells: string[];
}

export interface HoursReport {
  title: string;
  school: ReportSchool;
  advisor: string;
  /** dd-mm-aaaa. */
  period: { from: string; to: string; label: string };
  engagement: { start: string; end: string | null; months: string };
  /** dd-mm-aaaa. */
  generatedOn: string;
  totals: HoursReportTotals;
  sessions: { headers: string[]; rows: string[][]; count: number; total: string };
  months: { headers: string[]; rows: HoursReportMonthRow[]; total: string[]; outside: string[] };
  /** "Informe de horas y actividades · Escuela Los Aromos · 01-03-2026 al 31-05-2026". */
  footer: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function checkPeriod(from: string, to: string, today: string): void {
  for (const d of [from, to, today]) if (!isIsoDate(d)) throw new RangeError(`not an ISO date: ${d}`);
  if (from > to) throw new RangeError(`period starts after it ends: ${from} > ${to}`);
}

function sessionRow(s: Session): string[] {
  const present = s.participants.filter((p) => p.present).length;
  return [
    formatIsoDate(s.date),
    sessionTypeLabel(s.type),
    `Mes ${s.programmeMonth}`,
    `${s.startTime} a ${s.endTime}`,
    formatMinutes(sessionMinutes(s)),
    `${present} / ${s.participants.length}`,
    String(s.agreements.length),
  ];
}

function totalsContent(
  input: HoursReportInput,
  held: readonly Session[],
  scheduled: readonly Session[],
): HoursReportTotals {
  const standing = hoursStanding(input.sessions, input.engagement.hoursContracted, input.today);
  const inPeriod = formatMinutes(held.reduce((m, s) => m + sessionMinutes(s), 0));
  const scheduledMinutes = scheduled.reduce((m, s) => m + sessionMinutes(s), 0);
  const scheduledInPeriod =
    scheduled.length === 0
      ? null
      : `${count(scheduled.length, 'sesión', 'sesiones')} (${formatMinutes(scheduledMinutes)})`;
  const rows: [string, string][] = [
    ['Horas contratadas', standing.contracted],
    ['Horas realizadas en el período', inPeriod],
    [standing.usedLabel, standing.used],
    ['Horas disponibles', standing.left],
  ];
  if (scheduledInPeriod !== null) rows.push(['Programadas en el período, posteriores a hoy', scheduledInPeriod]);
  return {
    contracted: standing.contracted,
    usedInPeriod: inPeriod,
    usedOverall: standing.used,
    left: standing.left,
    scheduledInPeriod,
    overrun: standing.overrun,
    warning: standing.warning,
    rows,
  };
}

function monthsContent(input: HoursReportInput): HoursReport['months'] {
  const f = monthsFigures(input.plan, input.sessions, input.today);
  const rows = f.months.map((m): HoursReportMonthRow => ({
    month: m.month,
    inPeriod: m.startDate <= input.to && m.endDate >= input.from,
    cells: [m.label, m.period, m.planned, m.held, m.difference, m.sessionsPlanned, m.sessionsHeld],
  }));
  const total = [
    'Total',
    '',
    f.total.planned,
    f.total.held,
    f.total.difference,
    f.total.sessionsPlanned,
    f.total.sessionsHeld,
  ];
  const outside: string[] = [];
  if (f.before.sessions > 0)
    outside.push(
      `${count(f.before.sessions, 'sesión', 'sesiones')} (${f.before.minutes}) antes del inicio del calendario.`,
    );
  if (f.after.sessions > 0)
    outside.push(
      `${count(f.after.sessions, 'sesión', 'sesiones')} (${f.after.minutes}) después del término del calendario.`,
    );
  return { headers: [...MONTH_HEADERS], rows, total, outside };
}

export function buildHoursReport(input: HoursReportInput): HoursReport {
  const { from, to, today } = input;
  checkPeriod(from, to, today);
  const school = reportSchool(input.school);
  const inPeriod = input.sessions.filter((s) => s.date >= from && s.date <= to).sort(compareSessions);
  const held = inPeriod.filter((s) => s.date <= today);
  const scheduled = inPeriod.filter((s) => s.date > today);
  const period = {
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    label: `${formatIsoDate(from)} al ${formatIsoDate(to)}`,
  };
  return {
    title: HOURS_REPORT_TITLE,
    school,
    advisor: input.advisor.trim(),
    period,
    engagement: {
      start: formatIsoDate(input.engagement.startDate),
      end: input.plan.length > 0 ? formatIsoDate(programmeEndDate(input.plan)) : null,
      months: count(input.engagement.months, 'mes', 'meses'),
    },
    generatedOn: formatIsoDate(today),
    totals: totalsContent(input, held, scheduled),
    sessions: {
      headers: [...SESSION_HEADERS],
      rows: held.map(sessionRow),
      count: held.length,
      total: formatMinutes(held.reduce((m, s) => m + sessionMinutes(s), 0)),
    },
    months: monthsContent(input),
    footer: `${HOURS_REPORT_TITLE} · ${school.name} · ${period.label}`,
  };
}

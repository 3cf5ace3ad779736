// The engagement (asesoría) of the ATE with one school (issue 5, item 1; domain.md §7): its start,
// hours contracted, length (6–8 months), the school's team, and the monthly plan laid out from the
// standard template, which the advisor can shift and adjust per school.
//
// Decisions:
// - `startDate` is the date the asesoría was opened; the calendar starts there when laid out, but a
//   later shift of month 1 moves the calendar only (the contract date stays as it was signed).
// - Programme month k starts on startDate + (k − 1) calendar months (day clamped: 31 Jan → 28/29 Feb)
//   and ends the day before month k + 1 starts; the last month ends one calendar month after its start.
//   By default no month after the first starts in January or February (the Chilean school summer
//   holidays): they are skipped (start 15 Nov, 8 months → Nov, Dec, Mar, Apr…), and the month before
//   them runs until the school year resumes. The advisor may choose to include them. The first month
//   always starts on the date chosen.
// - Hours are whole hours: hoursContracted / months each, the remainder one hour each to the first
//   months (80 over 7 → 12,12,12,11,11,11,11). The advisor may then set any month's hours; the plan
//   may then differ from the contract (plannedHoursDifference says by how much; it is not an error).
// - Sessions planned per month default to ceil(hoursPlanned / DEFAULT_SESSION_HOURS) (0 for 0 h).
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { addDays, addMonths } from './dates.ts';
import {
  MERGED_THEME_SEPARATOR,
  MONTH_GROUPS,
  PROGRAMME_LENGTHS,
  TEMPLATE_MONTH_COUNT,
  templateMonth,
} from './template.ts';
import type { ProgrammeLength } from './template.ts';
import { hours } from './units.ts';
import type { Hours } from './units.ts';

export const DEFAULT_HOURS_CONTRACTED = 80;
export const MAX_HOURS = 400;
export const DEFAULT_SESSION_HOURS = 4;
export const MAX_SESSIONS_PER_MONTH = 60;

const idSchema = z.string().min(1);
const text = (message: string, max: number) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Use como máximo ${max} caracteres` });

export const hoursContractedSchema = z
  .number({ message: 'Ingrese las horas contratadas' })
  .int({ message: 'Las horas contratadas deben ser un número entero' })
  .min(1, { message: 'Las horas contratadas deben ser al menos 1' })
  .max(MAX_HOURS, { message: `Las horas contratadas no pueden superar ${MAX_HOURS}` })
  .transform((n) => hours(n));

export const plannedHoursSchema = z
  .number({ message: 'Ingrese las horas del mes' })
  .int({ message: 'Las horas del mes deben ser un número entero' })
  .min(0, { message: 'Las horas del mes no pueden ser negativas' })
  .max(MAX_HOURS, { message: `Las horas del mes no pueden superar ${MAX_HOURS}` })
  .transform((n) => hours(n));

export const programmeLengthSchema = z.union([z.literal(6), z.literal(7), z.literal(8)], {
  message: 'La asesoría dura 6, 7 u 8 meses',
});

export const TEAM_ROLES = [
  { code: 'equipo-directivo', label: 'Equipo directivo' },
  { code: 'jefe-utp', label: 'Jefe/a UTP' },
  { code: 'encargado-convivencia', label: 'Encargado/a de convivencia escolar' },
  { code: 'sostenedor', label: 'Sostenedor' },
  { code: 'equipo-gestion', label: 'Equipo de gestión' },
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number]['code'];
export const teamRoleSchema = z.enum(TEAM_ROLES.map((r) => r.code) as [TeamRole, ...TeamRole[]], {
  message: 'Elija el rol en el equipo',
});

export const teamMemberSchema = z.object({
  id: idSchema,
  name: text('Escriba el nombre', 200),
  role: teamRoleSchema,
  email: z.email({ message: 'El correo electrónico no es válido' }).optional(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const monthPlanSchema = z.object({
  /** 1..months */
  month: z.number().int().min(1).max(TEMPLATE_MONTH_COUNT),
  startDate: isoDateSchema,
  hoursPlanned: plannedHoursSchema,
  sessionsPlanned: z
    .number({ message: 'Ingrese las sesiones del mes' })
    .int({ message: 'Las sesiones deben ser un número entero' })
    .min(0, { message: 'Las sesiones no pueden ser negativas' })
    .max(MAX_SESSIONS_PER_MONTH, { message: `Use como máximo ${MAX_SESSIONS_PER_MONTH} sesiones al mes` }),
  theme: text('Escriba el tema del mes', 500),
  workshops: z.array(text('El taller está vacío', 300)),
  /** Template months (1..8) this month covers: one, or several when the programme is compressed. */
  templateMonths: z.array(z.number().int().min(1).max(TEMPLATE_MONTH_COUNT)).min(1),
});
export type MonthPlan = z.infer<typeof monthPlanSchema>;

export type PlanIssueCode =
  | 'month-count'
  | 'month-numbers'
  | 'not-increasing'
  | 'template-months'
  | 'unknown-month'
  | 'invalid-hours'
  | 'invalid-days';

export const PLAN_MESSAGES: Record<PlanIssueCode, string> = {
  'month-count': 'El calendario debe tener entre 6 y 8 meses',
  'month-numbers': 'Los meses del calendario deben ir numerados del 1 en adelante, sin saltos',
  'not-increasing': 'Cada mes debe empezar después del mes anterior',
  'template-months': 'Los meses deben cubrir los temas del programa una vez cada uno y en orden',
  'unknown-month': 'El mes no existe en el calendario',
  'invalid-hours': `Las horas del mes deben ser un número entero entre 0 y ${MAX_HOURS}`,
  'invalid-days': 'El desplazamiento debe ser un número entero de días',
};

export interface PlanIssue {
  code: PlanIssueCode;
  /** The month (1-based) the issue is about, when it is about one. */
  month?: number;
  message: string;
}

export type PlanResult = { ok: true; plan: MonthPlan[] } | { ok: false; issues: PlanIssue[] };

const issue = (code: PlanIssueCode, month?: number): PlanIssue =>
  month === undefined ? { code, message: PLAN_MESSAGES[code] } : { code, month, message: PLAN_MESSAGES[code] };

type PlanShape = readonly Pick<MonthPlan, 'month' | 'startDate' | 'templateMonths'>[];

/** Every structural problem of a plan: length, numbering, dates going backwards or overlapping, template coverage. */
export function validatePlan(plan: PlanShape): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (plan.length < 6 || plan.length > 8) issues.push(issue('month-count'));
  if (plan.some((m, i) => m.month !== i + 1)) issues.push(issue('month-numbers'));
  for (let i = 1; i < plan.length; i++) {
    const prev = plan[i - 1];
    const cur = plan[i];
    if (prev && cur && cur.startDate <= prev.startDate) issues.push(issue('not-increasing', i + 1));
  }
  const covered = plan.flatMap((m) => m.templateMonths);
  if (covered.length !== TEMPLATE_MONTH_COUNT || covered.some((t, i) => t !== i + 1))
    issues.push(issue('template-months'));
  return issues;
}

export const planSchema = z.array(monthPlanSchema).superRefine((plan, ctx) => {
  for (const i of validatePlan(plan)) {
    ctx.addIssue({ code: 'custom', path: i.month === undefined ? [] : [i.month - 1, 'startDate'], message: i.message });
  }
});

export const engagementSchema = z
  .object({
    id: idSchema,
    schoolId: idSchema,
    startDate: isoDateSchema,
    hoursContracted: hoursContractedSchema.default(hours(DEFAULT_HOURS_CONTRACTED)),
    months: programmeLengthSchema,
    team: z.array(teamMemberSchema),
    plan: planSchema,
  })
  .superRefine((e, ctx) => {
    if (e.plan.length !== e.months) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message: 'El calendario no tiene el número de meses de la asesoría',
      });
    }
    if (new Set(e.team.map((m) => m.id)).size !== e.team.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['team'],
        message: 'Hay dos integrantes del equipo con el mismo identificador',
      });
    }
  });

/** Whole hours split evenly, the remainder one each to the first months: (80, 7) → 12,12,12,11,11,11,11. */
export function splitHours(total: number, months: number): Hours[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`total hours must be a whole number ≥ 0, got ${total}`);
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError(`months must be ≥ 1, got ${months}`);
  const base = Math.floor(total / months);
  const rest = total - base * months;
  return Array.from({ length: months }, (_, i) => hours(base + (i < rest ? 1 : 0)));
}

/** Default sessions for a month of `h` hours: 0 for 0 h, else ceil(h / DEFAULT_SESSION_HOURS). */
export function defaultSessions(h: number): number {
  return h <= 0 ? 0 : Math.ceil(h / DEFAULT_SESSION_HOURS);
}

/** Calendar months (1–12) of the Chilean school summer holidays, skipped by default when laying out. */
export const SUMMER_HOLIDAY_MONTHS: readonly number[] = [1, 2];

export interface LayoutOptions {
  /** Lay months out in January and February too (default: skip them). */
  includeSummerHolidays?: boolean;
}

/** The start dates of `count` programme months from `startDate`, skipping January and February unless included. */
export function programmeMonthStarts(startDate: string, count: number, options: LayoutOptions = {}): string[] {
  const starts: string[] = [];
  for (let offset = 0; starts.length < count; offset++) {
    const start = addMonths(startDate, offset);
    const holiday = SUMMER_HOLIDAY_MONTHS.includes(Number(start.slice(5, 7)));
    if (offset === 0 || options.includeSummerHolidays || !holiday) starts.push(start);
  }
  return starts;
}

/** The monthly plan from the standard template (see the decisions at the top of this file). */
export function layoutProgramme(
  startDate: string,
  months: ProgrammeLength,
  hoursContracted: number,
  options: LayoutOptions = {},
): MonthPlan[] {
  if (!PROGRAMME_LENGTHS.includes(months)) throw new RangeError(`programme length must be 6, 7 or 8, got ${months}`);
  const split = splitHours(hoursContracted, months);
  const starts = programmeMonthStarts(startDate, months, options);
  return MONTH_GROUPS[months].map((group, i) => {
    const parts = group.map(templateMonth);
    const h = split[i] ?? hours(0);
    return {
      month: i + 1,
      startDate: starts[i] ?? addMonths(startDate, i),
      hoursPlanned: h,
      sessionsPlanned: defaultSessions(h),
      theme: parts.map((p) => p.theme).join(MERGED_THEME_SEPARATOR),
      workshops: parts.flatMap((p) => p.workshops),
      templateMonths: [...group],
    };
  });
}

/**
 * Last day (inclusive) of programme month `month`: the day before the next month starts, or one calendar month after
 * the last month's start, minus a day.
 */
export function monthEndDate(plan: readonly Pick<MonthPlan, 'startDate'>[], month: number): string {
  const cur = plan[month - 1];
  if (!cur) throw new RangeError(`no month ${month} in the plan`);
  const next = plan[month];
  return addDays(next ? next.startDate : addMonths(cur.startDate, 1), -1);
}

/** Last day (inclusive) of the whole programme. */
export function programmeEndDate(plan: readonly Pick<MonthPlan, 'startDate'>[]): string {
  return monthEndDate(plan, plan.length);
}

/**
 * Moves month `fromMonth` and every later month by `days` (negative: earlier). Rejected, plan
 * unchanged, when the month does not exist or the result would make a month start on or before the
 * previous one (a backwards shift may eat into the previous month but never overlap it).
 */
export function shiftSchedule(plan: readonly MonthPlan[], fromMonth: number, days: number): PlanResult {
  if (!Number.isSafeInteger(days)) return { ok: false, issues: [issue('invalid-days')] };
  if (!plan.some((m) => m.month === fromMonth)) return { ok: false, issues: [issue('unknown-month', fromMonth)] };
  const shifted = plan.map((m) => (m.month >= fromMonth ? { ...m, startDate: addDays(m.startDate, days) } : m));
  const issues = validatePlan(shifted);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan: shifted };
}

function updateMonth(plan: readonly MonthPlan[], month: number, patch: Partial<MonthPlan>): PlanResult {
  if (!plan.some((m) => m.month === month)) return { ok: false, issues: [issue('unknown-month', month)] };
  return { ok: true, plan: plan.map((m) => (m.month === month ? { ...m, ...patch } : m)) };
}

/** Sets the hours planned for one month (whole hours, 0..MAX_HOURS); the other months are left as they are. */
export function setMonthHours(plan: readonly MonthPlan[], month: number, h: number): PlanResult {
  if (!Number.isSafeInteger(h) || h < 0 || h > MAX_HOURS) return { ok: false, issues: [issue('invalid-hours', month)] };
  return updateMonth(plan, month, { hoursPlanned: hours(h) });
}

export function plannedHoursTotal(plan: readonly Pick<MonthPlan, 'hoursPlanned'>[]): Hours {
  return hours(plan.reduce((s, m) => s + m.hoursPlanned, 0));
}

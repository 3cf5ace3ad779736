// The engagement (asesoría) of the ATE with one school (issue 5, item 1; docs/domain.md §7): its start,
// hours contracted, length (6–8 months), the school's team (team.ts), and the monthly plan, laid out
// from the standard template (planLayout.ts), which the advisor can then shift and adjust per school.
//
// Decisions:
// - `startDate` is the date the asesoría was opened; the calendar starts there when laid out, but a
//   later shift of month 1 moves the calendar only (the contract date stays as it was signed).
// - The advisor may set any month's hours; the plan may then differ from the contract
//   (plannedHoursDifference says by how much; it is not an error).
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { addDays } from './dates.ts';
import { idSchema, requiredText } from './fields.ts';
import { teamMemberSchema } from './team.ts';
import { TEMPLATE_MONTH_COUNT } from './template.ts';
import { hours } from './units.ts';
import type { Hours } from './units.ts';

export const DEFAULT_HOURS_CONTRACTED = 80;
export const MAX_HOURS = 400;
export const DEFAULT_SESSION_HOURS = 4;
export const MAX_SESSIONS_PER_MONTH = 60;

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
  theme: requiredText('Escriba el tema del mes', 500),
  workshops: z.array(requiredText('El taller está vacío', 300)),
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

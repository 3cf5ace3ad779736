// Laying out an engagement's monthly plan from the standard template (issue 5, item 1).
//
// Decisions:
// - Programme month k starts on startDate + (k − 1) calendar months (day clamped: 31 Jan → 28/29 Feb)
//   and ends the day before month k + 1 starts; the last month ends one calendar month after its start.
//   By default no month after the first starts in January or February (the Chilean school summer
//   holidays): they are skipped (start 15 Nov, 8 months → Nov, Dec, Mar, Apr…), and the month before
//   them runs until the school year resumes. The advisor may choose to include them. The first month
//   always starts on the date chosen.
// - Hours are whole hours: hoursContracted / months each, the remainder one hour each to the first
//   months (80 over 7 → 12,12,12,11,11,11,11).
// - Sessions planned per month default to ceil(hoursPlanned / DEFAULT_SESSION_HOURS) (0 for 0 h).
import { addDays, addMonths } from './dates.ts';
import { DEFAULT_SESSION_HOURS } from './engagement.ts';
import type { MonthPlan } from './engagement.ts';
import { MERGED_THEME_SEPARATOR, MONTH_GROUPS, PROGRAMME_LENGTHS, templateMonth } from './template.ts';
import type { ProgrammeLength } from './template.ts';
import { hours } from './units.ts';
import type { Hours } from './units.ts';

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

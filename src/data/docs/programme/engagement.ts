// The asesoría itself: its engagement (start, hours, length), the monthly plan and the school's team.
import type * as Y from 'yjs';
import { z } from 'zod';
import {
  monthPlanSchema,
  programmeLengthSchema,
  teamMemberSchema,
  DEFAULT_HOURS_CONTRACTED,
  hours,
  type MonthPlan,
  type ProgrammeLength,
  type TeamMember,
} from '../../../domain/programme/index.ts';
import { engagementOf, planOf, teamOf } from './roots.ts';

export interface StoredEngagement {
  startDate: string;
  hoursContracted: number;
  months: ProgrammeLength;
  /** Whether the calendar is laid out in January and February too (absent before the choice existed: no). */
  includeSummerHolidays: boolean;
  openedAt: string;
  openedBy: string;
}

export const storedEngagementSchema = z.object({
  startDate: z.string().min(1),
  hoursContracted: z.number().int().min(1).catch(DEFAULT_HOURS_CONTRACTED),
  months: programmeLengthSchema,
  includeSummerHolidays: z.boolean().catch(false),
  openedAt: z.string().catch(''),
  openedBy: z.string().catch(''),
});

export interface EngagementRead {
  engagement: StoredEngagement | null;
  plan: MonthPlan[];
}

/** The engagement and its plan; a plan is shown only when complete for the engagement's length. */
export function readEngagement(doc: Y.Doc, invalid: string[] = []): EngagementRead {
  const e = storedEngagementSchema.safeParse(engagementOf(doc).toJSON());
  const plan: MonthPlan[] = [];
  for (const [month, v] of planOf(doc).entries()) {
    const parsed = monthPlanSchema.safeParse(v);
    if (parsed.success && String(parsed.data.month) === month) plan.push(parsed.data);
    else invalid.push(`plan:${month}`);
  }
  plan.sort((a, b) => a.month - b.month);
  // Only a complete calendar is a plan: months written by two people opening the asesoría at
  // once with different lengths would otherwise mix.
  const engagement = e.success ? e.data : null;
  const planOk = engagement !== null && plan.length === engagement.months && plan.every((m, i) => m.month === i + 1);
  return { engagement, plan: planOk ? plan : [] };
}

export function readTeam(doc: Y.Doc, invalid: string[] = []): TeamMember[] {
  return [...teamOf(doc).entries()]
    .map(([id, v]) => {
      const parsed = teamMemberSchema.safeParse({ ...(v as object), id });
      if (!parsed.success) invalid.push(`team:${id}`);
      return parsed.data;
    })
    .filter((m): m is TeamMember => m !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function writePlan(doc: Y.Doc, months: readonly MonthPlan[]): void {
  const p = planOf(doc);
  for (const key of [...p.keys()]) if (!months.some((x) => String(x.month) === key)) p.delete(key);
  for (const m of months) {
    const prev = p.get(String(m.month));
    if (JSON.stringify(prev) !== JSON.stringify(m)) p.set(String(m.month), m);
  }
}

export function openEngagement(
  doc: Y.Doc,
  e: Omit<StoredEngagement, 'includeSummerHolidays'> & { includeSummerHolidays?: boolean },
  plan: readonly MonthPlan[],
  origin: unknown,
): void {
  const parsed = storedEngagementSchema.parse({ includeSummerHolidays: false, ...e });
  const months = plan.map((m) => monthPlanSchema.parse(m));
  doc.transact(() => {
    const m = engagementOf(doc);
    for (const [k, v] of Object.entries(parsed)) m.set(k, v);
    const p = planOf(doc);
    for (const key of [...p.keys()]) if (!months.some((x) => String(x.month) === key)) p.delete(key);
    for (const month of months) p.set(String(month.month), month);
  }, origin);
}

export function setEngagementHours(doc: Y.Doc, hoursContracted: number, origin: unknown): void {
  doc.transact(() => engagementOf(doc).set('hoursContracted', hours(hoursContracted)), origin);
}

/** Replaces the monthly plan (after a shift, a change of hours or of length, or of the summer months' choice). */
export function setPlan(
  doc: Y.Doc,
  plan: readonly MonthPlan[],
  months: ProgrammeLength,
  origin: unknown,
  includeSummerHolidays?: boolean,
): void {
  const valid = plan.map((m) => monthPlanSchema.parse(m));
  doc.transact(() => {
    engagementOf(doc).set('months', months);
    if (includeSummerHolidays !== undefined) engagementOf(doc).set('includeSummerHolidays', includeSummerHolidays);
    writePlan(doc, valid);
  }, origin);
}

export function putTeamMember(doc: Y.Doc, member: TeamMember, origin: unknown): void {
  const { id, ...rest } = teamMemberSchema.parse(member);
  doc.transact(() => teamOf(doc).set(id, rest), origin);
}

export function removeTeamMember(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => teamOf(doc).delete(id), origin);
}

// The asesoría's verbs: open it, change its hours, lay the calendar out again, adjust the plan, the team.
import {
  layoutProgramme,
  programmeLengthSchema,
  teamMemberSchema,
  type MonthPlan,
  type ProgrammeLength,
  type TeamMember,
} from '../../../domain/programme/index.ts';
import { NESTED, type EditContext } from './context.ts';
import { newId } from '../../ids.ts';
import {
  openEngagement,
  putTeamMember,
  readEngagement,
  removeTeamMember,
  setEngagementHours,
  setPlan,
  type StoredEngagement,
} from './engagement.ts';

export interface EngagementTerms {
  startDate: string;
  hoursContracted: number;
  months: ProgrammeLength;
  includeSummerHolidays: boolean;
}

function current(ctx: EditContext): { engagement: StoredEngagement; plan: MonthPlan[] } {
  const { engagement, plan } = readEngagement(ctx.doc);
  if (!engagement) throw new Error('programme: the asesoría is not open');
  return { engagement, plan };
}

export function engagementVerbs(ctx: EditContext) {
  return {
    /** Opens the asesoría with its calendar laid out from the standard programme; opened by the actor, now. */
    open(terms: EngagementTerms): void {
      const plan = layoutProgramme(terms.startDate, terms.months, terms.hoursContracted, {
        includeSummerHolidays: terms.includeSummerHolidays,
      });
      const opened = { openedAt: ctx.stamp(), openedBy: ctx.actor.name };
      ctx.edit(() => openEngagement(ctx.doc, { ...terms, ...opened }, plan, NESTED));
    },
    setHours(hoursContracted: number): void {
      ctx.edit(() => setEngagementHours(ctx.doc, hoursContracted, NESTED));
    },
    /** Lays the calendar out again from the first month's date (a new length or summer choice). */
    layOut(months: ProgrammeLength, includeSummerHolidays: boolean): void {
      const { engagement, plan } = current(ctx);
      const start = plan[0]?.startDate ?? engagement.startDate;
      const next = layoutProgramme(start, months, engagement.hoursContracted, { includeSummerHolidays });
      ctx.edit(() => setPlan(ctx.doc, next, months, NESTED, includeSummerHolidays));
    },
  };
}

export function planVerbs(ctx: EditContext) {
  return {
    /** Replaces the monthly plan (a shift or a month's hours) keeping the asesoría's length. */
    replace(plan: readonly MonthPlan[]): void {
      const months = programmeLengthSchema.parse(current(ctx).engagement.months);
      ctx.edit(() => setPlan(ctx.doc, plan, months, NESTED));
    },
  };
}

export function teamVerbs(ctx: EditContext) {
  return {
    /** Adds a member of the school's team; gives its id. */
    add(member: Omit<TeamMember, 'id'>): string {
      const parsed = teamMemberSchema.parse({ ...member, id: newId() });
      ctx.edit(() => putTeamMember(ctx.doc, parsed, NESTED));
      return parsed.id;
    },
    remove(memberId: string): void {
      ctx.edit(() => removeTeamMember(ctx.doc, memberId, NESTED));
    },
  };
}

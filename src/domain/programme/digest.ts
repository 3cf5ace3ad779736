// The part of a school's programme the portfolio needs (issue 5, item 4), small enough to keep in
// the school index and read for 60 schools at once. "Today"-dependent figures (month, overdue,
// late) are computed when shown, from this digest, with portfolioRow.
import { z } from 'zod';
import { monthPlanSchema } from './engagement.ts';
import { deliverableStatesSchema } from './deliverables.ts';
import { deliverableCodeSchema, type DeliverableCode } from './template.ts';
import { isoDateSchema } from '../shared/localDates.ts';
import { portfolioRow, sessionHasRecord, type PortfolioRow, type PortfolioSession } from './portfolio.ts';
import { checklistStates, type EvidenceDigest } from './evidenceDigest.ts';
import type { MonthPlan } from './engagement.ts';
import type { DeliverableStates } from './deliverables.ts';

const digestSessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  type: z.enum(['taller', 'visita', 'reunion', 'acompanamiento']),
  agreements: z.array(z.object({ done: z.boolean(), dueDate: z.string() })),
  /** PF-1; absent in digests written before it (read as not recorded). */
  recorded: z.boolean().optional(),
});

export const programmeDigestSchema = z.object({
  hoursContracted: z.number(),
  plan: z.array(monthPlanSchema),
  sessions: z.array(digestSessionSchema),
  deliverables: deliverableStatesSchema,
  /** Who opened the asesoría (the multi-school dashboard's asesor); absent in older digests. */
  openedBy: z.string().optional(),
  /** When the app first produced each deliverable (the checklist's evidence); absent in older digests. */
  produced: z.partialRecord(deliverableCodeSchema, isoDateSchema).optional(),
});
export type ProgrammeDigest = z.infer<typeof programmeDigestSchema>;

export function makeDigest(input: {
  hoursContracted: number;
  plan: readonly MonthPlan[];
  sessions: readonly PortfolioSession[];
  deliverables: DeliverableStates;
  openedBy?: string;
  produced?: Partial<Record<DeliverableCode, string>>;
}): ProgrammeDigest {
  return {
    hoursContracted: input.hoursContracted,
    plan: [...input.plan],
    sessions: input.sessions.map((s) => ({
      id: s.id,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      type: s.type,
      agreements: s.agreements.map((a) => ({ done: a.done, dueDate: a.dueDate })),
      recorded: sessionHasRecord(s),
    })),
    deliverables: input.deliverables,
    ...(input.openedBy ? { openedBy: input.openedBy } : {}),
    ...(input.produced ? { produced: { ...input.produced } } : {}),
  };
}

/**
 * The portfolio row of a digest read back from storage at local `today` and `now` ("HH:MM"); null when it is not a
 * valid digest. Its deliverables are the asesoría checklist's: set by hand, else the school's evidence (PFE-1).
 */
export function digestRow(stored: unknown, evidence: EvidenceDigest, today: string, now?: string): PortfolioRow | null {
  const parsed = programmeDigestSchema.safeParse(stored);
  if (!parsed.success || parsed.data.plan.length === 0) return null;
  const d = parsed.data;
  // Agreements only need done and dueDate to count as overdue; the rest is filled for the type.
  const sessions = d.sessions.map((s) => ({
    ...s,
    agreements: s.agreements.map((a, i) => ({
      id: String(i),
      sessionId: s.id,
      text: '',
      responsible: '',
      doneAt: null,
      ...a,
    })),
  }));
  const states = checklistStates(d.deliverables, d.produced, evidence);
  return portfolioRow({ plan: d.plan, hoursContracted: d.hoursContracted }, sessions, states, today, now);
}

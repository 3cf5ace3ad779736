// The deliverables checklist (issue 5, item 3): each deliverable's state (pendiente / en elaboración
// / entregado with its date), the programme month it is due in (the month of the school's plan that
// covers the deliverable's template month), and which are late.
//
// Rules, exactly:
// - A deliverable with no recorded state is 'pendiente'.
// - Due date: the last day (inclusive) of the programme month it is due in.
// - Late: not 'entregado' and today > due date (due today is not late yet).
// - Delivered late: 'entregado' with deliveredOn > due date (shown, not counted as late).
// - A plan that does not cover the deliverable's template month (invalid plan) gives no due month:
//   the deliverable is then never late.
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { monthEndDate } from './planLayout.ts';
import type { MonthPlan } from './engagement.ts';
import { DELIVERABLES, deliverableCodeSchema, deliverableLabel } from './template.ts';
import type { DeliverableCode } from './template.ts';

export const DELIVERABLE_STATUSES = [
  { code: 'pendiente', label: 'Pendiente' },
  { code: 'en-elaboracion', label: 'En elaboración' },
  { code: 'entregado', label: 'Entregado' },
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number]['code'];

export const deliverableStateSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('pendiente') }),
    z.object({ status: z.literal('en-elaboracion') }),
    z.object({ status: z.literal('entregado'), deliveredOn: isoDateSchema }),
  ],
  { message: 'Elija el estado del entregable' },
);
export type DeliverableState = z.infer<typeof deliverableStateSchema>;

/** States by deliverable code; a missing code is 'pendiente'. */
export const deliverableStatesSchema = z.partialRecord(deliverableCodeSchema, deliverableStateSchema);
export type DeliverableStates = z.infer<typeof deliverableStatesSchema>;

const PENDING: DeliverableState = { status: 'pendiente' };

export function deliverableState(states: DeliverableStates, code: DeliverableCode): DeliverableState {
  return states[code] ?? PENDING;
}

type PlanWindow = readonly Pick<MonthPlan, 'startDate' | 'templateMonths'>[];

/** The programme month (1..N) the deliverable is due in, or null if the plan does not cover its template month. */
export function deliverableDueMonth(plan: PlanWindow, code: DeliverableCode): number | null {
  const templateMonth = DELIVERABLES.find((d) => d.code === code)?.templateMonth;
  const i = plan.findIndex((m) => templateMonth !== undefined && m.templateMonths.includes(templateMonth));
  return i < 0 ? null : i + 1;
}

/** Last day the deliverable is due (inclusive), or null (see deliverableDueMonth). */
export function deliverableDueDate(plan: PlanWindow, code: DeliverableCode): string | null {
  const month = deliverableDueMonth(plan, code);
  return month === null ? null : monthEndDate(plan, month);
}

export interface DeliverableItem {
  code: DeliverableCode;
  label: string;
  dueMonth: number | null;
  dueDate: string | null;
  state: DeliverableState;
  late: boolean;
  deliveredLate: boolean;
}

export function deliverableItem(
  plan: PlanWindow,
  states: DeliverableStates,
  code: DeliverableCode,
  today: string,
): DeliverableItem {
  const label = deliverableLabel(code);
  const dueMonth = deliverableDueMonth(plan, code);
  const dueDate = deliverableDueDate(plan, code);
  const state = deliverableState(states, code);
  const late = dueDate !== null && state.status !== 'entregado' && today > dueDate;
  const deliveredLate = dueDate !== null && state.status === 'entregado' && state.deliveredOn > dueDate;
  return { code, label, dueMonth, dueDate, state, late, deliveredLate };
}

/** Every deliverable, in template order, with its due month, state and lateness. */
export function deliverableItems(plan: PlanWindow, states: DeliverableStates, today: string): DeliverableItem[] {
  return DELIVERABLES.map((d) => deliverableItem(plan, states, d.code, today));
}

/** The checklist per programme month: every month of the plan, with the deliverables due in it. */
export function deliverableChecklist(
  plan: readonly Pick<MonthPlan, 'month' | 'startDate' | 'templateMonths'>[],
  states: DeliverableStates,
  today: string,
): { month: number; items: DeliverableItem[] }[] {
  const items = deliverableItems(plan, states, today);
  return plan.map((m, i) => ({ month: m.month, items: items.filter((it) => it.dueMonth === i + 1) }));
}

export function lateDeliverables(plan: PlanWindow, states: DeliverableStates, today: string): DeliverableItem[] {
  return deliverableItems(plan, states, today).filter((d) => d.late);
}

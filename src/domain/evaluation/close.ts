// Close of the advisory (month 8): the sistematización of the evaluation (lessons learnt, good
// practices, recommendations) and the close summary: hours used against the contract
// (programme/hours.ts) and every deliverable delivered (programme/deliverables.ts).
//
// Rules, exactly:
// - CL-1 Hours: hoursSummary over the sessions up to `today` (later ones are scheduled, not used).
// - CL-2 Deliverables: every deliverable of the programme template, with its state; `allDelivered`
//   when each one is 'entregado'; `missing` lists the others in template order.
// - CL-3 readyToClose = allDelivered and no hours overrun (exactly the contracted hours is fine). An
//   overrun or a pending deliverable is reported, never hidden; closing anyway is the advisor's call.
// - CL-4 Closing is confirmed after seeing the hours, the deliverables and what closing means, and
//   happens once: from then on the sistematización is read-only (data layer: AsesoriaClosedError).
import { z } from 'zod';
import { isoDateSchema } from '../shared/localDates.ts';
import { pmeAreaSchema } from '../pme/model.ts';
import { deliverableItems, type DeliverableItem, type DeliverableStates } from '../programme/deliverables.ts';
import type { MonthPlan } from '../programme/engagement.ts';
import { hoursSummary, type TimedSession } from '../programme/hours.ts';
import type { DeliverableCode } from '../programme/template.ts';
import type { Minutes } from '../programme/units.ts';

const idSchema = z.string().min(1).max(64);

/** Limit of each text of the sistematización (the screen shows the counter, B-2). */
export const CLOSE_TEXT_MAX = 10_000;

const entrySchema = z.object({
  id: idSchema,
  text: z
    .string()
    .trim()
    .min(1, { message: 'Escriba el contenido' })
    .max(4000, { message: 'Use como máximo 4000 caracteres' }),
  /** The dimension (or área de resultados) it concerns, if any. */
  dimension: pmeAreaSchema.nullable(),
});

export const recommendationSchema = entrySchema.extend({
  /** Who it is addressed to, e.g. "Equipo directivo", "Sostenedor". */
  addressedTo: z.string().trim().max(200),
});

export const sistematizacionSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  year: z.number().int(),
  leccionesAprendidas: z.array(entrySchema),
  buenasPracticas: z.array(entrySchema),
  recomendaciones: z.array(recommendationSchema),
  /** Who took part in the sistematización (names or cargos). */
  participantes: z.array(z.string().trim().min(1).max(200)),
  date: isoDateSchema,
});

export interface CloseSummary {
  contractedMinutes: Minutes;
  usedMinutes: Minutes;
  leftMinutes: Minutes;
  overrun: boolean;
  overrunMinutes: Minutes;
  deliverables: DeliverableItem[];
  allDelivered: boolean;
  missing: DeliverableCode[];
  readyToClose: boolean;
}

export interface CloseInput {
  sessions: readonly TimedSession[];
  hoursContracted: number;
  plan: readonly Pick<MonthPlan, 'startDate' | 'templateMonths'>[];
  deliverables: DeliverableStates;
  /** ISO date. */
  today: string;
}

/** CL-1…CL-3. */
export function closeSummary(input: CloseInput): CloseSummary {
  const h = hoursSummary(input.sessions, input.hoursContracted, { today: input.today });
  const items = deliverableItems(input.plan, input.deliverables, input.today);
  const missing = items.filter((d) => d.state.status !== 'entregado').map((d) => d.code);
  return {
    contractedMinutes: h.contractedMinutes,
    usedMinutes: h.usedMinutes,
    leftMinutes: h.leftMinutes,
    overrun: h.overrun,
    overrunMinutes: h.overrunMinutes,
    deliverables: items,
    allDelivered: missing.length === 0,
    missing,
    readyToClose: missing.length === 0 && !h.overrun,
  };
}

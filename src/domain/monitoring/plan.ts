// Plan de monitoreo (issue 7, item 2): for each action and each goal's indicator, who monitors it
// (a cargo), how often, with which instrument and from which data source. The year's cortes are
// the cycles (cycles.ts).
//
// Rule MP-1 (when an entry is due): the frequency splits the school year into periods of 1, 2, 3
// or 6 months starting on `yearStart` (same day of month; the last period is cut at `yearEnd`).
// Each period has one check, due on its last day. An entry is due in a cycle when a check date
// falls within the cycle's dates (inclusive). For an action, only periods that overlap the
// action's own dates count. So a trimestral entry with March 1 – December 20 has checks on May 31,
// Aug 31, Nov 30 and Dec 20.
// Rule MP-2 (cargo): cargos are matched ignoring case, accents and repeated spaces.
import { z } from 'zod';
import { daysInMonth, isoDateOfDayNumber, isoDayNumber } from '../shared/localDates.ts';
import { isoDateSchema } from '../shared/localDates.ts';
import type { PmeAction, StrategicGoal } from '../pme/model.ts';
import { normalizeForSearch } from '../shared/text.ts';
import type { MonitoringCycle } from './cycles.ts';

const idSchema = z.string().min(1).max(64);

export const FREQUENCIES = [
  { code: 'mensual', label: 'Mensual', months: 1 },
  { code: 'bimestral', label: 'Bimestral', months: 2 },
  { code: 'trimestral', label: 'Trimestral', months: 3 },
  { code: 'semestral', label: 'Semestral', months: 6 },
] as const;
export type Frequency = (typeof FREQUENCIES)[number]['code'];
export const frequencySchema = z.enum(FREQUENCIES.map((f) => f.code) as [Frequency, ...Frequency[]], {
  message: 'Elija la frecuencia',
});

export const planTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), actionId: idSchema }),
  z.object({ kind: z.literal('indicator'), goalId: idSchema }),
]);
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const monitoringPlanEntrySchema = z.object({
  id: idSchema,
  target: planTargetSchema,
  /** Who monitors it: a cargo (e.g. "Jefe/a de UTP"), not a person's name. */
  cargo: z.string().trim().min(1, { message: 'Indique el cargo que monitorea' }).max(200),
  frequency: frequencySchema,
  /** Instrument id (its newest version is filled); null when none is used. */
  instrumentId: idSchema.nullable(),
  /** Fuente de información (e.g. "Libro de clases digital", "Actas de reunión"). */
  dataSource: z.string().trim().max(300),
});
export type MonitoringPlanEntry = z.infer<typeof monitoringPlanEntrySchema>;

export const monitoringPlanSchema = z
  .object({
    year: z.number().int(),
    yearStart: isoDateSchema,
    yearEnd: isoDateSchema,
    entries: z.array(monitoringPlanEntrySchema),
  })
  .superRefine((p, ctx) => {
    if (p.yearEnd < p.yearStart)
      ctx.addIssue({ code: 'custom', path: ['yearEnd'], message: 'El año escolar termina antes de empezar' });
    const keys = p.entries.map((e) => targetKey(e.target));
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({
        code: 'custom',
        path: ['entries'],
        message: 'Una acción o indicador tiene dos filas en el plan de monitoreo',
      });
  });
export type MonitoringPlan = z.infer<typeof monitoringPlanSchema>;

export function targetKey(t: PlanTarget): string {
  return t.kind === 'action' ? `action:${t.actionId}` : `indicator:${t.goalId}`;
}

export function frequencyMonths(f: Frequency): number {
  return FREQUENCIES.find((x) => x.code === f)!.months;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `iso` plus `months` months, the day clamped to the month's length ("2026-01-31" + 1 → "2026-02-28"). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const ny = y + Math.floor(m / 12);
  const nm = (((m % 12) + 12) % 12) + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(ny, nm));
  return `${pad(ny, 4)}-${pad(nm)}-${pad(d)}`;
}

/** The day before `iso`. */
export function dayBefore(iso: string): string {
  return isoDateOfDayNumber(isoDayNumber(iso) - 1);
}

export interface CheckPeriod {
  start: string;
  /** The check date: the period's last day (cut at yearEnd). */
  end: string;
}

/** MP-1: the periods of `frequency` over [yearStart, yearEnd]. */
export function checkPeriods(plan: Pick<MonitoringPlan, 'yearStart' | 'yearEnd'>, frequency: Frequency): CheckPeriod[] {
  const months = frequencyMonths(frequency);
  const out: CheckPeriod[] = [];
  for (let k = 0; out.length < 400; k++) {
    const start = addMonths(plan.yearStart, k * months);
    if (start > plan.yearEnd) break;
    const next = dayBefore(addMonths(plan.yearStart, (k + 1) * months));
    out.push({ start, end: next < plan.yearEnd ? next : plan.yearEnd });
  }
  return out;
}

type Window = { fechaInicio: string; fechaTermino: string };

/** MP-1: the check dates of an entry (for an action, only periods overlapping its dates). */
export function checkDates(
  plan: Pick<MonitoringPlan, 'yearStart' | 'yearEnd'>,
  frequency: Frequency,
  action?: Window,
): string[] {
  return checkPeriods(plan, frequency)
    .filter((p) => !action || (p.start <= action.fechaTermino && p.end >= action.fechaInicio))
    .map((p) => p.end);
}

/** MP-1: is the entry due in `cycle`? `action` is the entry's action (undefined for an indicator). */
export function isDueInCycle(
  plan: Pick<MonitoringPlan, 'yearStart' | 'yearEnd'>,
  entry: Pick<MonitoringPlanEntry, 'frequency'>,
  cycle: Pick<MonitoringCycle, 'start' | 'end'>,
  action?: Window,
): boolean {
  return checkDates(plan, entry.frequency, action).some((d) => d >= cycle.start && d <= cycle.end);
}

/** MP-2. */
export function sameCargo(a: string, b: string): boolean {
  return normalizeForSearch(a) === normalizeForSearch(b);
}

/** The distinct cargos of the plan, in first-seen order (as first written). */
export function planCargos(plan: Pick<MonitoringPlan, 'entries'>): string[] {
  const seen = new Map<string, string>();
  for (const e of plan.entries)
    if (!seen.has(normalizeForSearch(e.cargo))) seen.set(normalizeForSearch(e.cargo), e.cargo.trim());
  return [...seen.values()];
}

export interface DueItem {
  entry: MonitoringPlanEntry;
  /** The action's nombre or the indicator's name; '' when the target no longer exists. */
  title: string;
  /** Ids of what is already recorded for it in the cycle (records for actions, measurements for indicators). */
  doneIds: string[];
  done: boolean;
}

export interface DueInput {
  plan: MonitoringPlan;
  actions: readonly PmeAction[];
  goals: readonly StrategicGoal[];
  cycle: Pick<MonitoringCycle, 'id' | 'start' | 'end'>;
  records: readonly { id: string; actionId: string; cycleId: string }[];
  measurements: readonly { id: string; goalId: string; cycleId: string }[];
}

/**
 * What `cargo` has to monitor in `cycle` (MP-1, MP-2), in the plan's order, each marked done when
 * the cycle already holds a record (action) or a measurement (indicator) of it, by anyone.
 * Entries whose action or goal was deleted from the PME are left out.
 */
export function dueFor(input: DueInput, cargo: string): DueItem[] {
  const { plan, cycle } = input;
  const actions = new Map(input.actions.map((a) => [a.id, a]));
  const goals = new Map(input.goals.map((g) => [g.id, g]));
  const out: DueItem[] = [];
  for (const entry of plan.entries) {
    if (!sameCargo(entry.cargo, cargo)) continue;
    if (entry.target.kind === 'action') {
      const action = actions.get(entry.target.actionId);
      if (!action || !isDueInCycle(plan, entry, cycle, action)) continue;
      const doneIds = input.records.filter((r) => r.cycleId === cycle.id && r.actionId === action.id).map((r) => r.id);
      out.push({ entry, title: action.nombre, doneIds, done: doneIds.length > 0 });
    } else {
      const goal = goals.get(entry.target.goalId);
      if (!goal || !isDueInCycle(plan, entry, cycle)) continue;
      const doneIds = input.measurements.filter((m) => m.cycleId === cycle.id && m.goalId === goal.id).map((m) => m.id);
      out.push({ entry, title: goal.indicator.name, doneIds, done: doneIds.length > 0 });
    }
  }
  return out;
}

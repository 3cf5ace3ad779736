// The plan de monitoreo: the year's dates and one entry per action or indicator (cargo, frequency…).
import * as Y from 'yjs';
import { z } from 'zod';
import { schoolYearSchema } from '../../../domain/shared/schoolYear.ts';
import {
  frequencySchema,
  targetKey,
  type MonitoringPlan,
  type MonitoringPlanEntry,
  type PlanTarget,
} from '../../../domain/monitoring/plan.ts';
import { entriesOf, plainOf, yearsOf } from './roots.ts';

export type PlanEntryFields = Partial<Pick<MonitoringPlanEntry, 'cargo' | 'frequency' | 'instrumentId' | 'dataSource'>>;

const entrySchema = z.object({
  id: z.string().min(1),
  target: z.any(),
  cargo: z.string().catch(''),
  frequency: frequencySchema.catch('mensual'),
  instrumentId: z.string().nullable().catch(null),
  dataSource: z.string().catch(''),
});
const yearSchema = z.object({ yearStart: z.string(), yearEnd: z.string() });

export function readPlans(doc: Y.Doc, invalid: string[]): MonitoringPlan[] {
  const entriesByYear = new Map<number, MonitoringPlanEntry[]>();
  for (const [key, v] of entriesOf(doc).entries()) {
    const raw = plainOf(v) as Record<string, unknown>;
    const [yearText] = key.split('|');
    const id = raw.targetId;
    const target = raw.targetKind === 'action' ? { kind: 'action', actionId: id } : { kind: 'indicator', goalId: id };
    const entry = entrySchema.safeParse({ ...raw, target });
    if (!entry.success || typeof raw.targetId !== 'string') {
      invalid.push(`plan:${key}`);
      continue;
    }
    const year = Number(yearText);
    entriesByYear.set(year, [...(entriesByYear.get(year) ?? []), entry.data as MonitoringPlanEntry]);
  }
  const plans: MonitoringPlan[] = [];
  for (const [year, v] of yearsOf(doc).entries()) {
    const p = yearSchema.safeParse(v);
    const entries = (entriesByYear.get(Number(year)) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    if (p.success) plans.push({ year: Number(year), ...p.data, entries });
    else invalid.push(`year:${year}`);
  }
  return plans.sort((a, b) => a.year - b.year);
}

/** Throws, writing nothing, when the year's dates are not a school year (B-1). */
export function setPlanYear(doc: Y.Doc, year: number, yearStart: string, yearEnd: string, origin: unknown): void {
  schoolYearSchema.parse({ start: yearStart, end: yearEnd });
  doc.transact(() => yearsOf(doc).set(String(year), { yearStart, yearEnd }), origin);
}

export function putPlanEntry(
  doc: Y.Doc,
  year: number,
  target: PlanTarget,
  fields: PlanEntryFields,
  origin: unknown,
): void {
  const key = `${year}|${targetKey(target)}`;
  doc.transact(() => {
    let entry = entriesOf(doc).get(key);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      entriesOf(doc).set(key, entry);
      const e = entry as Y.Map<unknown>;
      e.set('id', targetKey(target));
      e.set('targetKind', target.kind);
      e.set('targetId', target.kind === 'action' ? target.actionId : target.goalId);
    }
    const e = entry as Y.Map<unknown>;
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && e.get(k) !== v) e.set(k, v);
  }, origin);
}

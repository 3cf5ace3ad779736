// Versions of the PME (issue 4, item 5): Borrador (month 3) and Versión Final (month 5) are frozen,
// dated copies of the working plan, kept forever in the school's history.
//
// Rules, exactly:
// - VF-1 Versión Final is refused while `validateForFinalVersion` lists problems (every area with an
//   objective, every objective with a meta and an estrategia, at least one acción, every acción valid).
// - VF-2 A version whose plan is identical in content (canonical JSON of the plan) to the latest
//   version of the same kind is refused ('identical-to-latest'): a double tap makes one version. A
//   *changed* plan may be frozen again; the new one is numbered ("PME Versión Final (2)") and the
//   earlier ones are kept. An Acta de Verificación cites the version it was prepared on
//   (`pmeVersionId`), not whichever is latest when it is printed.
import { z } from 'zod';
import { canonicalJson } from '../evaluation/canonicalJson.ts';
import { formatCalendarDate } from '../shared/localDates.ts';
import { draftPlanSchema } from './draft.ts';
import { PME_AREAS, type PmePlan } from './model.ts';
import { validateForFinalVersion, type PlanProblem } from './actionRules.ts';

export const VERSION_KINDS = [
  { code: 'borrador', label: 'Borrador PME' },
  { code: 'final', label: 'PME Versión Final' },
] as const;
export type VersionKind = (typeof VERSION_KINDS)[number]['code'];
export const versionKindSchema = z.enum(['borrador', 'final']);

export const pmeVersionSchema = z.object({
  id: z.string().min(1),
  kind: versionKindSchema,
  /** ISO timestamp. */
  createdAt: z.string().min(1),
  createdBy: z.string().catch(''),
  note: z.string().max(500).catch(''),
  plan: draftPlanSchema,
});
export type PmeVersion = z.infer<typeof pmeVersionSchema>;

export function versionLabel(kind: VersionKind): string {
  return VERSION_KINDS.find((k) => k.code === kind)!.label;
}

/** "Borrador PME (2)" when there is more than one of a kind: numbered in creation order. */
export function versionTitles(versions: readonly Pick<PmeVersion, 'id' | 'kind' | 'createdAt'>[]): Map<string, string> {
  const sorted = [...versions].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
  const counts = new Map<VersionKind, number>();
  for (const v of sorted) counts.set(v.kind, (counts.get(v.kind) ?? 0) + 1);
  const seen = new Map<VersionKind, number>();
  const titles = new Map<string, string>();
  for (const v of sorted) {
    const n = (seen.get(v.kind) ?? 0) + 1;
    seen.set(v.kind, n);
    titles.set(v.id, (counts.get(v.kind) ?? 0) > 1 ? `${versionLabel(v.kind)} (${n})` : versionLabel(v.kind));
  }
  return titles;
}

/** What blocks freezing the plan as `kind`: nothing for a Borrador; the plan's validation for Versión Final (VF-1). */
export function problemsToMark(kind: VersionKind, plan: PmePlan): PlanProblem[] {
  return kind === 'final' ? validateForFinalVersion(plan) : [];
}

/** VF-2: the same plan content, whatever order its keys were read or stored in. */
export function samePlanContent(a: PmePlan, b: PmePlan): boolean {
  const norm = (p: PmePlan) => canonicalJson(JSON.parse(JSON.stringify(draftPlanSchema.parse(p))));
  return norm(a) === norm(b);
}

/** The latest version of `kind` (creation order), or null. */
export function latestOf<V extends Pick<PmeVersion, 'id' | 'kind' | 'createdAt'>>(
  versions: readonly V[],
  kind: VersionKind,
): V | null {
  const sorted = versions
    .filter((v) => v.kind === kind)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return sorted.at(-1) ?? null;
}

export type MarkRefusal = 'has-problems' | 'identical-to-latest';

export const MARK_REFUSAL_MESSAGES: Record<MarkRefusal, string> = {
  'has-problems': 'El plan tiene problemas que impiden marcar la Versión Final.',
  'identical-to-latest':
    'El plan no ha cambiado desde la última versión de este tipo: ya está guardada y no se crea otra igual.',
};

/** VF-1 and VF-2: why `plan` may not be frozen as `kind` now, or null when it may. */
export function markRefusal(kind: VersionKind, plan: PmePlan, versions: readonly PmeVersion[]): MarkRefusal | null {
  if (problemsToMark(kind, plan).length > 0) return 'has-problems';
  const latest = latestOf(versions, kind);
  if (latest && samePlanContent(latest.plan, plan)) return 'identical-to-latest';
  return null;
}

export interface PlanCounts {
  /** Areas (4 dimensions + área de resultados) with at least one objective, out of `areaTotal`. */
  areasWithObjective: number;
  areaTotal: number;
  objectives: number;
  goals: number;
  strategies: number;
  actions: number;
}

/** What a version freezes, counted for the confirmation. */
export function planCounts(plan: Pick<PmePlan, 'objectives' | 'goals' | 'strategies' | 'actions'>): PlanCounts {
  return {
    areasWithObjective: PME_AREAS.filter((a) => plan.objectives.some((o) => o.dimension === a.code)).length,
    areaTotal: PME_AREAS.length,
    objectives: plan.objectives.length,
    goals: plan.goals.length,
    strategies: plan.strategies.length,
    actions: plan.actions.length,
  };
}

/**
 * VF-2: how an acta names the version it was prepared on ("PME Versión Final (2), 20-06-2026"), or
 * null when it has none or the version is unknown here. Never the latest version instead.
 */
export function versionCitation(versions: readonly PmeVersion[], id: string | null): string | null {
  const v = id ? versions.find((x) => x.id === id) : undefined;
  return v ? `${versionTitles(versions).get(v.id)}, ${formatCalendarDate(v.createdAt)}` : null;
}

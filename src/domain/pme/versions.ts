// Versions of the PME (issue 4, item 5): Borrador (month 3) and Versión Final (month 5) are frozen,
// dated copies of the working plan, kept forever in the school's history.
import { z } from 'zod';
import { draftPlanSchema } from './draft.ts';
import type { PmePlan } from './model.ts';
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
  const sorted = [...versions].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
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

/** What blocks freezing the plan as `kind`: nothing for a Borrador; the plan's validation for Versión Final. */
export function problemsToMark(kind: VersionKind, plan: PmePlan): PlanProblem[] {
  return kind === 'final' ? validateForFinalVersion(plan) : [];
}

// PEI–planes articulation (docs/domain.md §4): the PEI's identity, the six plans the law requires, and a
// matrix rating how each plan serves each sello. `articulationGaps` lists what the diagnosis should
// report: missing plans, sellos no plan serves, plans that serve no sello, cells not yet rated.
import { z } from 'zod';

export const NORMATIVE_PLANS = [
  { code: 'convivencia', label: 'Plan de Gestión de la Convivencia Escolar', law: 'Ley 20.536' },
  { code: 'formacion-ciudadana', label: 'Plan de Formación Ciudadana', law: 'Ley 20.911' },
  { code: 'sexualidad', label: 'Plan de Sexualidad, Afectividad y Género', law: 'Ley 20.418' },
  { code: 'inclusion', label: 'Plan de Apoyo a la Inclusión', law: 'Ley 20.845' },
  { code: 'desarrollo-docente', label: 'Plan Local de Desarrollo Profesional Docente', law: 'Ley 20.903' },
  // The PISE is set by a Mineduc resolution, not a law; its abbreviation belongs in the label only.
  { code: 'pise', label: 'Plan Integral de Seguridad Escolar (PISE)', law: 'Res. Exenta 2515/2018' },
] as const;
export type NormativePlanCode = (typeof NORMATIVE_PLANS)[number]['code'];
export const normativePlanCodeSchema = z.enum(
  NORMATIVE_PLANS.map((p) => p.code) as [NormativePlanCode, ...NormativePlanCode[]],
);

export const selloSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1, { message: 'Escriba el sello' }).max(300),
});

/** Limits of the PEI's long texts and of a plan's objectives (the screens show them, B-2). */
export const PEI_TEXT_MAX = { vision: 3000, mision: 3000, perfilEgreso: 5000 } as const;
export const PLAN_OBJECTIVES_MAX = 5000;

export const peiSchema = z.object({
  vision: z.string().max(PEI_TEXT_MAX.vision),
  mision: z.string().max(PEI_TEXT_MAX.mision),
  sellos: z.array(selloSchema).max(12, { message: 'Registre como máximo 12 sellos' }),
  perfilEgreso: z.string().max(PEI_TEXT_MAX.perfilEgreso),
});
export type Pei = z.infer<typeof peiSchema>;

export const planRecordSchema = z.object({
  code: normativePlanCodeSchema,
  present: z.boolean(),
  /** Any whole year as stored; the bound (1990 … current year + 10) is `yearError` in bounds.ts (B-1). */
  year: z.number().int().nullable(),
  objectives: z.string().max(PLAN_OBJECTIVES_MAX),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;

/** How much a plan serves a sello. */
export const ARTICULATION_LEVELS = [
  { value: 0, label: 'No aporta' },
  { value: 1, label: 'Aporte débil' },
  { value: 2, label: 'Aporte parcial' },
  { value: 3, label: 'Aporte fuerte' },
] as const;
export type ArticulationLevel = 0 | 1 | 2 | 3;
export const articulationLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
/** A plan serves a sello when rated at least "Aporte parcial". */
export const SERVES_THRESHOLD = 2;

export type ArticulationMatrix = Record<string, ArticulationLevel | undefined>;
export const matrixKey = (selloId: string, plan: NormativePlanCode) => `${selloId}|${plan}`;

export type ArticulationGap =
  | { kind: 'plan-missing'; plan: NormativePlanCode }
  | { kind: 'sello-unserved'; selloId: string }
  | { kind: 'plan-unlinked'; plan: NormativePlanCode }
  | { kind: 'unrated'; selloId: string; plan: NormativePlanCode };

export function articulationGaps(pei: Pei, plans: PlanRecord[], matrix: ArticulationMatrix): ArticulationGap[] {
  const present = new Set(plans.filter((p) => p.present).map((p) => p.code));
  const gaps: ArticulationGap[] = [];
  for (const plan of NORMATIVE_PLANS) if (!present.has(plan.code)) gaps.push({ kind: 'plan-missing', plan: plan.code });
  const presentPlans = NORMATIVE_PLANS.filter((p) => present.has(p.code));
  for (const sello of pei.sellos) {
    const served = presentPlans.some((p) => (matrix[matrixKey(sello.id, p.code)] ?? 0) >= SERVES_THRESHOLD);
    if (!served) gaps.push({ kind: 'sello-unserved', selloId: sello.id });
  }
  if (pei.sellos.length > 0) {
    for (const plan of presentPlans) {
      const linked = pei.sellos.some((s) => (matrix[matrixKey(s.id, plan.code)] ?? 0) >= SERVES_THRESHOLD);
      if (!linked) gaps.push({ kind: 'plan-unlinked', plan: plan.code });
    }
  }
  for (const sello of pei.sellos) {
    for (const plan of presentPlans) {
      if (matrix[matrixKey(sello.id, plan.code)] === undefined)
        gaps.push({ kind: 'unrated', selloId: sello.id, plan: plan.code });
    }
  }
  return gaps;
}

export function describeGap(gap: ArticulationGap, pei: Pei): string {
  const planLabel = (code: NormativePlanCode) => NORMATIVE_PLANS.find((p) => p.code === code)?.label ?? code;
  const selloText = (id: string) => pei.sellos.find((s) => s.id === id)?.text ?? id;
  switch (gap.kind) {
    case 'plan-missing':
      return `El establecimiento no cuenta con ${planLabel(gap.plan)}.`;
    case 'sello-unserved':
      return `Ningún plan aporta de manera suficiente al sello «${selloText(gap.selloId)}».`;
    case 'plan-unlinked':
      return `${planLabel(gap.plan)} no se articula con ningún sello del PEI.`;
    case 'unrated':
      return `Falta evaluar cómo ${planLabel(gap.plan)} aporta al sello «${selloText(gap.selloId)}».`;
    default: {
      const never: never = gap;
      return never;
    }
  }
}

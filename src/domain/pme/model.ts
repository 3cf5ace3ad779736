// The PME's model (issue 4; docs/domain.md §6): the strategic phase (4-year cycle, visión, sellos, and per
// dimension of the MGE and the área de resultados: objetivos, metas, estrategias) and the annual
// phase (acciones with every field of docs/domain.md §6, financing by source in pesos).
// Entities are flat lists linked by id (objectiveId, strategyId) so that each one can live as its
// own keyed entry in the Yjs document.
//
// Decisions:
// - Acciones belong to a dimension of the MGE (área de procesos) only: the área de resultados has no
//   subdimensions, and an action needs at least one subdimension of its own dimension.
// - The schema accepts an unfinished action (blank responsable, no medios de verificación): the
//   working plan may hold drafts. Those are problems of `actionRules.ts`, blocking Versión Final.
//   Shape errors (bad dates, subdimension of another dimension, negative amounts) are rejected here.
// - Meta targets carry their year; a null value means "no target that year" (SMART input shape).
import { z } from 'zod';
import { DIMENSIONS, SUBDIMENSIONS, subdimensionCodeSchema } from '../mge/modelo.ts';
import type { DimensionCode } from '../mge/modelo.ts';
import { normativePlanCodeSchema, selloSchema } from '../diagnosis/peiPlanes.ts';
import { isoDateSchema } from '../shared/localDates.ts';
import { schoolYearSchema } from '../shared/schoolYear.ts';
import { pesosSchema, storedPesosSchema } from '../shared/money.ts';
import { indicatorValueError } from '../bounds.ts';

export const CYCLE_YEARS = 4;

export const cycleSchema = z.object({
  startYear: z
    .number()
    .int()
    .min(2000, { message: 'Año de inicio no válido' })
    .max(2100, { message: 'Año de inicio no válido' }),
  years: z.literal(CYCLE_YEARS),
});
export type PmeCycle = z.infer<typeof cycleSchema>;

/** The years of the cycle: startYear … startYear + 3. */
export function cycleYears(cycle: PmeCycle): number[] {
  return Array.from({ length: cycle.years }, (_, i) => cycle.startYear + i);
}

/** Where PME objectives are written: the four dimensions of the MGE and the área de resultados. */
export const PME_AREAS = [...DIMENSIONS, { code: 'RES', label: 'Área de resultados' }] as const;
export type PmeAreaCode = (typeof PME_AREAS)[number]['code'];
export const PME_AREA_CODES = PME_AREAS.map((a) => a.code) as [PmeAreaCode, ...PmeAreaCode[]];
export const pmeAreaSchema = z.enum(PME_AREA_CODES, { message: 'Elija una dimensión o el área de resultados' });
export const dimensionSchema = z.enum(DIMENSIONS.map((d) => d.code) as [DimensionCode, ...DimensionCode[]], {
  message: 'Elija una dimensión del Modelo de Gestión Escolar',
});

const idSchema = z.string().min(1);
const text = (message: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message })
    .max(max, { message: `Use como máximo ${max} caracteres` });

// ——— Fase estratégica ———

export const objectiveSchema = z.object({
  id: idSchema,
  dimension: pmeAreaSchema,
  text: text('Escriba el objetivo estratégico', 1000),
  /** Ids of prioritised problems of the diagnosis this objective answers. */
  priorityIds: z.array(idSchema),
});
export type StrategicObjective = z.infer<typeof objectiveSchema>;

export const INDICATOR_UNITS = ['%', 'puntos', 'número', 'promedio'] as const;
export type IndicatorUnitCode = (typeof INDICATOR_UNITS)[number];

export const indicatorSchema = z
  .object({
    name: text('Escriba el nombre del indicador', 300),
    unit: z.enum(INDICATOR_UNITS, { message: 'Elija la unidad del indicador' }),
    min: z.number().nullable(),
    max: z.number().nullable(),
  })
  .refine((i) => i.min === null || i.max === null || i.min <= i.max, {
    path: ['max'],
    message: 'El máximo del indicador es menor que el mínimo',
  });

export const baselineSchema = z.object({
  value: z.number().nullable(),
  year: z.number().int().nullable(),
  /** Where the baseline comes from (e.g. "SIMCE 2024", "Diagnóstico institucional"). */
  source: z.string().trim().max(300),
});

export const targetSchema = z.object({ year: z.number().int(), value: z.number().nullable() });

export const goalSchema = z
  .object({
    id: idSchema,
    objectiveId: idSchema,
    text: text('Escriba la meta estratégica', 1000),
    indicator: indicatorSchema,
    baseline: baselineSchema,
    targets: z.array(targetSchema).refine((ts) => new Set(ts.map((t) => t.year)).size === ts.length, {
      message: 'Hay dos metas para el mismo año',
    }),
  })
  .superRefine((g, ctx) => {
    // B-1: the baseline and each year's target lie within the indicator's range (an error, not a warning);
    // not checked while the range itself is wrong (its own message says so).
    if (g.indicator.min !== null && g.indicator.max !== null && g.indicator.min > g.indicator.max) return;
    const baseline = indicatorValueError(g.indicator, g.baseline.value);
    if (baseline) ctx.addIssue({ code: 'custom', path: ['baseline', 'value'], message: baseline });
    g.targets.forEach((t, i) => {
      const message = indicatorValueError(g.indicator, t.value);
      if (message)
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: `Meta ${t.year}: ${message}` });
    });
  });
export type StrategicGoal = z.infer<typeof goalSchema>;

export const strategySchema = z.object({
  id: idSchema,
  objectiveId: idSchema,
  text: text('Escriba la estrategia', 1000),
});
export type Strategy = z.infer<typeof strategySchema>;

// ——— Fase anual ———

export const FUNDING_SOURCES = [
  { code: 'sep', label: 'SEP' },
  { code: 'pie', label: 'PIE' },
  { code: 'general', label: 'Subvención General' },
  { code: 'mantenimiento', label: 'Mantenimiento' },
  { code: 'faep', label: 'FAEP / otros fondos' },
  { code: 'sostenedor', label: 'Aporte del sostenedor' },
  { code: 'otro', label: 'Otro' },
] as const;
export type FundingSourceCode = (typeof FUNDING_SOURCES)[number]['code'];
export const FUNDING_SOURCE_CODES = FUNDING_SOURCES.map((f) => f.code) as [FundingSourceCode, ...FundingSourceCode[]];

/** One amount per source, every source present (0 when the source does not finance the action). */
export const fundingSchema = z.object({
  sep: pesosSchema,
  pie: pesosSchema,
  general: pesosSchema,
  mantenimiento: pesosSchema,
  faep: pesosSchema,
  sostenedor: pesosSchema,
  otro: pesosSchema,
});
export type Funding = z.infer<typeof fundingSchema>;
/** Funding as read back from frozen data (no PESOS_MAX: see storedPesosSchema). */
export const storedFundingSchema = z.object(
  Object.fromEntries(FUNDING_SOURCE_CODES.map((c) => [c, storedPesosSchema])) as Record<
    FundingSourceCode,
    typeof storedPesosSchema
  >,
);

export function emptyFunding(): Funding {
  return fundingSchema.parse({ sep: 0, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 });
}

export const SUBDIMENSION_OUTSIDE_DIMENSION_MESSAGE =
  'Hay subdimensiones que no pertenecen a la dimensión de la acción';

export const actionSchema = z
  .object({
    id: idSchema,
    strategyId: idSchema,
    /** The year of the annual plan this action belongs to. */
    year: z.number().int(),
    nombre: text('Escriba el nombre de la acción', 300),
    descripcion: z.string().trim().max(4000, { message: 'Use como máximo 4000 caracteres' }),
    dimension: dimensionSchema,
    subdimensiones: z
      .array(subdimensionCodeSchema, { message: 'Elija al menos una subdimensión' })
      .min(1, { message: 'Elija al menos una subdimensión' }),
    fechaInicio: isoDateSchema,
    fechaTermino: isoDateSchema,
    /** A cargo, not a person's name (e.g. "Jefe/a de UTP"). Blank allowed in drafts. */
    responsable: z.string().trim().max(200),
    recursos: z.string().trim().max(4000),
    /** Evidence list; at least one is required for Versión Final (actionRules.ts). */
    mediosVerificacion: z.array(z.string().trim().min(1, { message: 'El medio de verificación está vacío' }).max(500)),
    usoTIC: z.boolean(),
    asesoriaATE: z.boolean(),
    planesNormativos: z.array(normativePlanCodeSchema),
    programaAsociado: z.string().trim().max(300),
    financiamiento: fundingSchema,
  })
  .superRefine((a, ctx) => {
    const outside = a.subdimensiones.some((s) => SUBDIMENSIONS.find((x) => x.code === s)?.dimension !== a.dimension);
    if (outside)
      ctx.addIssue({ code: 'custom', path: ['subdimensiones'], message: SUBDIMENSION_OUTSIDE_DIMENSION_MESSAGE });
  });
export type PmeAction = z.infer<typeof actionSchema>;

/** Per year of the annual phase: the school year's dates and the declared SEP budget (null: not yet). */
export const annualSettingsSchema = z.object({
  year: z.number().int(),
  schoolYear: schoolYearSchema,
  declaredSep: pesosSchema.nullable(),
});
export type AnnualSettings = z.infer<typeof annualSettingsSchema>;

export const pmePlanSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  cycle: cycleSchema,
  /** Taken from the PEI, editable. */
  vision: z.string().trim().max(2000),
  sellos: z.array(selloSchema),
  objectives: z.array(objectiveSchema),
  goals: z.array(goalSchema),
  strategies: z.array(strategySchema),
  actions: z.array(actionSchema),
  annual: z.array(annualSettingsSchema),
});
export type PmePlan = z.infer<typeof pmePlanSchema>;

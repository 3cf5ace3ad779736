// The working plan as it is stored: the same shape as `PmePlan`, but lenient, because a plan being
// written holds drafts (an objective still blank, an action without dates). Each field falls back to
// a neutral value when what was stored is not valid, so one bad field never hides a whole entry.
// The strict schemas of model.ts are what forms and Versión Final check against.
import { z } from 'zod';
import { subdimensionCodeSchema } from '../mge/modelo.ts';
import { normativePlanCodeSchema } from '../diagnosis/peiPlanes.ts';
import { INDICATOR_UNITS, dimensionSchema, pmeAreaSchema, CYCLE_YEARS } from './model.ts';
import type {
  PmeAction,
  PmePlan,
  StrategicGoal,
  StrategicObjective,
  Strategy,
  Funding,
  AnnualSettings,
} from './model.ts';
import { schoolYearShapeSchema } from '../shared/schoolYear.ts';
import { pesos } from '../shared/money.ts';

const str = (max: number) => z.string().max(max).catch('');
const num = z.number().finite().nullable().catch(null);
const int = z.number().int().nullable().catch(null);
const amount = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .catch(0)
  .transform((n) => pesos(n));

export const draftObjectiveSchema = z.object({
  id: z.string().min(1),
  dimension: pmeAreaSchema.catch('LID'),
  text: str(1000),
  priorityIds: z.array(z.string().min(1)).catch([]),
});

export const draftGoalSchema = z.object({
  id: z.string().min(1),
  objectiveId: z.string().catch(''),
  text: str(1000),
  indicator: z.object({
    name: str(300),
    unit: z.enum(INDICATOR_UNITS).catch('%'),
    min: num,
    max: num,
  }),
  baseline: z.object({ value: num, year: int, source: str(300) }),
  targets: z.array(z.object({ year: z.number().int(), value: num })).catch([]),
});

export const draftStrategySchema = z.object({
  id: z.string().min(1),
  objectiveId: z.string().catch(''),
  text: str(1000),
});

export const draftFundingSchema = z.object({
  sep: amount,
  pie: amount,
  general: amount,
  mantenimiento: amount,
  faep: amount,
  sostenedor: amount,
  otro: amount,
});

export const draftActionSchema = z.object({
  id: z.string().min(1),
  strategyId: z.string().catch(''),
  year: z.number().int(),
  nombre: str(300),
  descripcion: str(4000),
  dimension: dimensionSchema.catch('LID'),
  subdimensiones: z.array(subdimensionCodeSchema).catch([]),
  fechaInicio: str(10),
  fechaTermino: str(10),
  responsable: str(200),
  recursos: str(4000),
  mediosVerificacion: z.array(z.string().max(500)).catch([]),
  usoTIC: z.boolean().catch(false),
  asesoriaATE: z.boolean().catch(false),
  planesNormativos: z.array(normativePlanCodeSchema).catch([]),
  programaAsociado: str(300),
  financiamiento: draftFundingSchema,
});

export const draftAnnualSchema = z.object({
  year: z.number().int(),
  schoolYear: schoolYearShapeSchema,
  declaredSep: z
    .number()
    .int()
    .min(0)
    .nullable()
    .catch(null)
    .transform((n) => (n === null ? null : pesos(n))),
});

export const draftPlanSchema = z.object({
  id: z.string().min(1),
  schoolId: z.string().min(1),
  cycle: z.object({ startYear: z.number().int().min(2000).max(2100), years: z.literal(CYCLE_YEARS) }),
  vision: str(2000),
  sellos: z.array(z.object({ id: z.string().min(1), text: z.string().max(300) })).catch([]),
  objectives: z.array(draftObjectiveSchema),
  goals: z.array(draftGoalSchema),
  strategies: z.array(draftStrategySchema),
  actions: z.array(draftActionSchema),
  annual: z.array(draftAnnualSchema),
});

// The drafts have exactly the plan's types: a draft is a plan whose strings may still be blank.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof draftObjectiveSchema>, StrategicObjective>,
  Same<z.infer<typeof draftGoalSchema>, StrategicGoal>,
  Same<z.infer<typeof draftStrategySchema>, Strategy>,
  Same<z.infer<typeof draftFundingSchema>, Funding>,
  Same<z.infer<typeof draftActionSchema>, PmeAction>,
  Same<z.infer<typeof draftAnnualSchema>, AnnualSettings>,
  Same<z.infer<typeof draftPlanSchema>, PmePlan>,
] = [true, true, true, true, true, true, true];
void sameShapes;

// One deterministic reading of a plan, shared by the PME document and the action export:
// objectives in area order (the four MGE dimensions, then the área de resultados) keeping the plan's
// order inside an area, numbered 1…n; goals and strategies numbered per objective ("2.1", "2.2");
// a year's actions in dimension order, then by start date, name and id. Goals, strategies and
// actions whose parent is missing (possible after a concurrent delete) are kept where they can be.
import { DIMENSION_CODES, SUBDIMENSIONS } from '../../mge/modelo.ts';
import { NORMATIVE_PLANS } from '../../diagnosis/peiPlanes.ts';
import { PME_AREA_CODES } from '../model.ts';
import type { PmeAction, PmeAreaCode, PmePlan, StrategicGoal, StrategicObjective, Strategy } from '../model.ts';

export interface NumberedGoal {
  number: string;
  goal: StrategicGoal;
}

export interface NumberedStrategy {
  number: string;
  strategy: Strategy;
}

export interface NumberedObjective {
  number: string;
  objective: StrategicObjective;
  goals: NumberedGoal[];
  strategies: NumberedStrategy[];
}

export interface PlanIndex {
  /** In area order, numbered "1"…"n". */
  objectives: NumberedObjective[];
  objectiveOfStrategy(strategyId: string): StrategicObjective | undefined;
  strategy(strategyId: string): Strategy | undefined;
}

export function indexPlan(plan: PmePlan): PlanIndex {
  const areaRank = (code: PmeAreaCode) => PME_AREA_CODES.indexOf(code);
  const ordered = plan.objectives
    .map((objective, i) => ({ objective, i }))
    .sort((a, b) => areaRank(a.objective.dimension) - areaRank(b.objective.dimension) || a.i - b.i)
    .map((x) => x.objective);
  const objectives = ordered.map((objective, i): NumberedObjective => {
    const number = String(i + 1);
    return {
      number,
      objective,
      goals: plan.goals
        .filter((g) => g.objectiveId === objective.id)
        .map((goal, j) => ({ number: `${number}.${j + 1}`, goal })),
      strategies: plan.strategies
        .filter((s) => s.objectiveId === objective.id)
        .map((strategy, j) => ({ number: `${number}.${j + 1}`, strategy })),
    };
  });
  const objectiveById = new Map(plan.objectives.map((o) => [o.id, o]));
  const strategyById = new Map(plan.strategies.map((s) => [s.id, s]));
  return {
    objectives,
    strategy: (id) => strategyById.get(id),
    objectiveOfStrategy: (id) => {
      const s = strategyById.get(id);
      return s ? objectiveById.get(s.objectiveId) : undefined;
    },
  };
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

/** The actions of the annual plan `year`, in dimension order, then start date, name, id. */
export function actionsOfYear(plan: PmePlan, year: number): PmeAction[] {
  const rank = (a: PmeAction) => DIMENSION_CODES.indexOf(a.dimension);
  return plan.actions
    .filter((a) => a.year === year)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.fechaInicio < b.fechaInicio ? -1 : a.fechaInicio > b.fechaInicio ? 1 : 0) ||
        collator.compare(a.nombre, b.nombre) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Labels of subdimension codes, in the model's order, joined with "; ". */
export function subdimensionLabels(codes: readonly string[]): string {
  return SUBDIMENSIONS.filter((s) => codes.includes(s.code))
    .map((s) => s.label)
    .join('; ');
}

/** Labels of normative plans, in the model's order, joined with "; ". */
export function normativePlanLabels(codes: readonly string[]): string {
  return NORMATIVE_PLANS.filter((p) => codes.includes(p.code))
    .map((p) => p.label)
    .join('; ');
}

/** Evidence items, trimmed, blanks dropped, joined with "; ". */
export function joinMeans(items: readonly string[]): string {
  return items
    .map((m) => m.trim())
    .filter((m) => m !== '')
    .join('; ');
}

export const yesNo = (b: boolean): string => (b ? 'Sí' : 'No');

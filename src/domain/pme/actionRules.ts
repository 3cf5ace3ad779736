// Rules of an action against its school year, and the validation that Versión Final requires
// (issue 4, items 3 and 5). Pure: they work on plain data, including data merged by sync that
// never went through the form's schema (so the subdimension rule is repeated here).
//
// Dates are ISO "aaaa-mm-dd", compared as strings. Boundaries: an action may start on the first
// day and end on the last day of the school year, and may start and end on the same day.
// Winter break: an action may span it, start or end in it; only an action lying entirely inside
// the winter break is 'outside-school-year' (with its own message).
import { SUBDIMENSIONS } from '../mge/modelo.ts';
import { INVALID_DATE_MESSAGE, formatIsoDate, isIsoDate } from '../shared/localDates.ts';
import { defaultSchoolYear } from '../shared/schoolYear.ts';
import type { SchoolYear } from '../shared/schoolYear.ts';
import { SUBDIMENSION_OUTSIDE_DIMENSION_MESSAGE } from './model.ts';
import { PME_AREAS } from './model.ts';
import type { PmeAction, PmeAreaCode, PmePlan } from './model.ts';

export type { SchoolYear } from '../shared/schoolYear.ts';

export type ActionProblemCode =
  | 'invalid-date'
  | 'end-before-start'
  | 'outside-school-year'
  | 'no-responsible'
  | 'no-means-of-verification'
  | 'subdimension-outside-dimension';

export const ACTION_MESSAGES: Record<ActionProblemCode, string> = {
  'invalid-date': INVALID_DATE_MESSAGE,
  'end-before-start': 'La fecha de término es anterior a la de inicio',
  'outside-school-year': 'La acción queda fuera del año escolar',
  'no-responsible': 'La acción no tiene responsable',
  'no-means-of-verification': 'La acción no tiene medios de verificación',
  'subdimension-outside-dimension': SUBDIMENSION_OUTSIDE_DIMENSION_MESSAGE,
};

export interface ActionProblem {
  code: ActionProblemCode;
  /** The action's field the problem is about. */
  field: keyof PmeAction;
  message: string;
}

type CheckedAction = Pick<
  PmeAction,
  'dimension' | 'subdimensiones' | 'fechaInicio' | 'fechaTermino' | 'responsable' | 'mediosVerificacion'
>;

function outsideMessage(date: string, sy: SchoolYear): string {
  return `${ACTION_MESSAGES['outside-school-year']}: el ${formatIsoDate(date)} no está entre el ${formatIsoDate(sy.start)} y el ${formatIsoDate(sy.end)}`;
}

/** Every problem of one action, in a fixed order (dates, responsable, medios, subdimensiones). */
export function validateAction(action: CheckedAction, schoolYear: SchoolYear): ActionProblem[] {
  const problems: ActionProblem[] = [];
  const add = (code: ActionProblemCode, field: keyof PmeAction, message = ACTION_MESSAGES[code]) =>
    problems.push({ code, field, message });
  const { fechaInicio: start, fechaTermino: end } = action;
  const startOk = isIsoDate(start);
  const endOk = isIsoDate(end);
  if (!startOk) add('invalid-date', 'fechaInicio', `${ACTION_MESSAGES['invalid-date']}: fecha de inicio`);
  if (!endOk) add('invalid-date', 'fechaTermino', `${ACTION_MESSAGES['invalid-date']}: fecha de término`);
  if (startOk && endOk && end < start) add('end-before-start', 'fechaTermino');
  if (startOk && (start < schoolYear.start || start > schoolYear.end)) {
    add('outside-school-year', 'fechaInicio', outsideMessage(start, schoolYear));
  }
  if (endOk && (end < schoolYear.start || end > schoolYear.end)) {
    add('outside-school-year', 'fechaTermino', outsideMessage(end, schoolYear));
  }
  const wb = schoolYear.winterBreak;
  if (wb && startOk && endOk && start >= wb.start && end <= wb.end && start <= end) {
    add(
      'outside-school-year',
      'fechaInicio',
      `${ACTION_MESSAGES['outside-school-year']}: cae completa en las vacaciones de invierno`,
    );
  }
  if (action.responsable.trim() === '') add('no-responsible', 'responsable');
  if (!action.mediosVerificacion.some((m) => m.trim() !== '')) add('no-means-of-verification', 'mediosVerificacion');
  const outside = action.subdimensiones.some(
    (s) => SUBDIMENSIONS.find((x) => x.code === s)?.dimension !== action.dimension,
  );
  if (outside) add('subdimension-outside-dimension', 'subdimensiones');
  else if (action.subdimensiones.length === 0)
    add('subdimension-outside-dimension', 'subdimensiones', 'Elija al menos una subdimensión');
  return problems;
}

/** The school year of `year` in the plan, or the default (March 1 – December 20). */
export function schoolYearOf(plan: Pick<PmePlan, 'annual'>, year: number): SchoolYear {
  return plan.annual.find((a) => a.year === year)?.schoolYear ?? defaultSchoolYear(year);
}

export type PlanProblemCode =
  'area-without-objective' | 'objective-without-goal' | 'objective-without-strategy' | 'no-actions' | ActionProblemCode;

export interface PlanProblem {
  code: PlanProblemCode;
  area?: PmeAreaCode;
  objectiveId?: string;
  actionId?: string;
  field?: keyof PmeAction;
  /** Spanish, names the objective or action concerned. */
  message: string;
}

const quote = (s: string, max = 60) => `«${s.length > max ? `${s.slice(0, max - 1)}…` : s}»`;

/** "La dimensión Liderazgo" / "El área de resultados": the subject of a sentence about an area. */
function areaSubject(area: (typeof PME_AREAS)[number]): string {
  return area.code === 'RES' ? 'El área de resultados' : `La dimensión ${area.label}`;
}

/**
 * Every problem that blocks marking the plan as Versión Final (VF-1): each area (the four dimensions
 * of the MGE and the área de resultados) has at least one objective; every objective has at least
 * one meta and one estrategia; the plan has at least one acción; and every action passes
 * `validateAction` against the school year of its own year. Areas first (in MGE order), then
 * objectives (in plan order), then actions (in plan order).
 */
export function validateForFinalVersion(
  plan: Pick<PmePlan, 'objectives' | 'goals' | 'strategies' | 'actions' | 'annual'>,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const area of PME_AREAS) {
    if (!plan.objectives.some((o) => o.dimension === area.code)) {
      problems.push({
        code: 'area-without-objective',
        area: area.code,
        message: `${areaSubject(area)} no tiene objetivos estratégicos`,
      });
    }
  }
  const withGoal = new Set(plan.goals.map((g) => g.objectiveId));
  const withStrategy = new Set(plan.strategies.map((s) => s.objectiveId));
  for (const o of plan.objectives) {
    if (!withGoal.has(o.id)) {
      problems.push({
        code: 'objective-without-goal',
        objectiveId: o.id,
        message: `El objetivo ${quote(o.text)} no tiene metas estratégicas`,
      });
    }
    if (!withStrategy.has(o.id)) {
      problems.push({
        code: 'objective-without-strategy',
        objectiveId: o.id,
        message: `El objetivo ${quote(o.text)} no tiene estrategias`,
      });
    }
  }
  if (plan.actions.length === 0) problems.push({ code: 'no-actions', message: 'El plan no tiene acciones' });
  for (const a of plan.actions) {
    for (const p of validateAction(a, schoolYearOf(plan, a.year))) {
      problems.push({
        code: p.code,
        actionId: a.id,
        field: p.field,
        message: `Acción ${quote(a.nombre)}: ${p.message}`,
      });
    }
  }
  return problems;
}

// SMART help for the PME's objetivos estratégicos and metas (issue 4, item 2; docs/domain.md §6).
// Pure, explicit rules that ADVISE (they never block saving). Each miss carries a closed code and a
// fixed Spanish message (SMART_MESSAGES). Input types are declared here, structurally, so any
// plain object with these fields (e.g. the PME model's) can be checked.
//
// Text normalisation (every text rule): lower case, no diacritics (NFD + drop combining marks, so
// "Mejorár" → "mejorar", "años" → "anos"), whitespace collapsed — `normalizeForSearch` in text.ts.
// A "word" is a maximal run of letters/digits (Unicode) in the normalised text.
//
// RULES, exactly:
// Específico (objective and goal)
//   too-short   the text has fewer than MIN_WORDS (6) words.
//   vague-verb  the text contains, as a whole word, a verb of VAGUE_VERBS (mejorar, fortalecer,
//               potenciar, promover, favorecer, optimizar, fomentar, impulsar, consolidar,
//               propiciar, incentivar, desarrollar) AND contains no digit (0-9) AND contains no
//               word of NAMED_SUBJECTS (estudiantes, alumnos, docentes, profesores, apoderados,
//               familias, asistentes, cursos, niveles, asignaturas, and their singulars).
// Medible
//   objective:  no-goal             it has no metas.
//               goal-no-indicator   at least one of its metas has no indicator name (blank).
//   goal:       no-indicator        no indicator, or its name is blank.
//               no-baseline         no baseline, or its value is null.
//               no-target           no target has a non-null value.
// Alcanzable
//   objective:  absolute-target     the text states a percentage ≥ 100 ("100%", "100 %", "100 por ciento").
//   goal:       target-above-max    some non-null target value > indicator max.
//               target-below-min    some non-null target value < indicator min.
//                 (for unit '%' a missing min/max defaults to 0/100; other units have no default)
//               unrealistic-jump    baseline value and indicator known, and for some non-null
//                 target |target − baseline| / years > JUMP_THRESHOLD_PER_YEAR[unit], where
//                 years = target.year − baselineYear (at least 1), baselineYear = baseline.year or,
//                 if null, cycle.startYear − 1. Thresholds: '%' 15 percentage points per year,
//                 'puntos' 10 points per year (SIMCE scale); 'número' and 'promedio' have none.
//                 Exactly the threshold is fine.
// Relevante
//   objective:  no-priority-link    priorityIds is empty.
//               no-dimension        dimension is blank / missing.
//   goal:       no-priority-link    linkedPriorityIds is empty.
// con Tiempo
//   objective:  no-deadline         the text has no TIME EXPRESSION.
//   goal:       no-deadline         no non-null target has a year inside the cycle
//                                   [startYear, startYear + years − 1] AND the text has no TIME EXPRESSION.
//               target-outside-cycle  some non-null target has a year outside the cycle.
// TIME EXPRESSION (normalised text): a year 1900–2099 as a whole word (covers "al 2029");
//   or "en N anos|meses|semestres" with N digits or uno..diez / un;
//   or "(termino|final|fin|cierre) del (ciclo|pme|periodo|plan)"; or "durante el (ciclo|periodo|pme)".
import { normalizeForSearch } from '../shared/text.ts';

export const SMART_CRITERIA = [
  { key: 'especifico', label: 'Específico' },
  { key: 'medible', label: 'Medible' },
  { key: 'alcanzable', label: 'Alcanzable' },
  { key: 'relevante', label: 'Relevante' },
  { key: 'temporal', label: 'con Tiempo' },
] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number]['key'];

/** Minimum number of words for a text to count as specific. */
export const MIN_WORDS = 6;

export type IndicatorUnit = '%' | 'puntos' | 'número' | 'promedio';

/** Largest plausible change per year between baseline and target; null = no rule for that unit. */
export const JUMP_THRESHOLD_PER_YEAR: Readonly<Record<IndicatorUnit, number | null>> = {
  '%': 15, // percentage points per year
  puntos: 10, // SIMCE points per year
  número: null,
  promedio: null,
};

/** Vague verbs (normalised, infinitive), see rule vague-verb. */
export const VAGUE_VERBS: readonly string[] = [
  'mejorar',
  'fortalecer',
  'potenciar',
  'promover',
  'favorecer',
  'optimizar',
  'fomentar',
  'impulsar',
  'consolidar',
  'propiciar',
  'incentivar',
  'desarrollar',
];

/** Named groups/subjects (normalised) that make a vague verb concrete, see rule vague-verb. */
export const NAMED_SUBJECTS: readonly string[] = [
  'estudiante',
  'estudiantes',
  'alumno',
  'alumnos',
  'alumna',
  'alumnas',
  'docente',
  'docentes',
  'profesor',
  'profesora',
  'profesores',
  'profesoras',
  'apoderado',
  'apoderados',
  'familia',
  'familias',
  'asistente',
  'asistentes',
  'curso',
  'cursos',
  'nivel',
  'niveles',
  'asignatura',
  'asignaturas',
];

export const SMART_MESSAGES = {
  'too-short': `es demasiado breve para ser específico (menos de ${MIN_WORDS} palabras)`,
  'vague-verb': 'usa un verbo vago (mejorar, fortalecer, potenciar…) sin decir qué, a quiénes ni cuánto',
  'no-goal': 'no tiene metas asociadas',
  'goal-no-indicator': 'alguna de sus metas no tiene indicador asociado',
  'no-indicator': 'no tiene indicador asociado',
  'no-baseline': 'no tiene línea base',
  'no-target': 'no define meta para ningún año',
  'absolute-target': 'promete el 100 % o más; revise si es alcanzable',
  'target-above-max': 'la meta supera el máximo posible del indicador',
  'target-below-min': 'la meta está bajo el mínimo posible del indicador',
  'unrealistic-jump': 'la meta exige un avance anual mayor al razonable respecto de la línea base',
  'no-priority-link': 'no se vincula a ninguna prioridad del diagnóstico',
  'no-dimension': 'no indica la dimensión o el área de resultados',
  'no-deadline': 'no indica plazo',
  'target-outside-cycle': 'fija una meta para un año fuera del ciclo del PME',
} as const;
export type SmartReasonCode = keyof typeof SMART_MESSAGES;

export interface SmartReason {
  code: SmartReasonCode;
  message: string;
}
export interface SmartCriterionResult {
  criterion: SmartCriterion;
  label: string;
  ok: boolean;
  reasons: SmartReason[];
}
export interface SmartResult {
  /** True when all five criteria are met. */
  ok: boolean;
  /** One entry per criterion, in SMART_CRITERIA order. */
  criteria: SmartCriterionResult[];
}

export interface SmartCycle {
  startYear: number;
  years: number;
}
export interface SmartObjectiveInput {
  text: string;
  /** MGE dimension code (mge/modelo.ts) or the área de resultados; any non-blank string counts. */
  dimension?: string | null;
  priorityIds: readonly string[];
  metas: readonly { indicatorName?: string | null }[];
  cycle: SmartCycle;
}
export interface SmartIndicator {
  name: string;
  unit: IndicatorUnit;
  min?: number | null;
  max?: number | null;
}
export interface SmartGoalInput {
  text: string;
  indicator?: SmartIndicator | null;
  baseline?: { value: number | null; year: number | null } | null;
  targets: readonly { year: number; value: number | null }[];
  cycle: SmartCycle;
  linkedPriorityIds: readonly string[];
}

const EPSILON = 1e-9;

function words(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function reason(code: SmartReasonCode): SmartReason {
  return { code, message: SMART_MESSAGES[code] };
}

function specificReasons(text: string): SmartReason[] {
  const norm = normalizeForSearch(text);
  const ws = words(norm);
  const out: SmartReason[] = [];
  if (ws.length < MIN_WORDS) out.push(reason('too-short'));
  const hasVague = ws.some((w) => VAGUE_VERBS.includes(w));
  const hasDigit = /[0-9]/.test(norm);
  const hasSubject = ws.some((w) => NAMED_SUBJECTS.includes(w));
  if (hasVague && !hasDigit && !hasSubject) out.push(reason('vague-verb'));
  return out;
}

const SPELLED = '(?:[0-9]+|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)';
const TIME_PATTERNS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:19|20)[0-9]{2}(?![\p{L}\p{N}])/u,
  new RegExp(`(?<![\\p{L}\\p{N}])en ${SPELLED} (?:anos?|mes|meses|semestres?)(?![\\p{L}\\p{N}])`, 'u'),
  /(?<![\p{L}\p{N}])(?:termino|final|fin|cierre) del (?:ciclo|pme|periodo|plan)(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])durante el (?:ciclo|periodo|pme)(?![\p{L}\p{N}])/u,
];

/** True when the text contains a TIME EXPRESSION (see header). */
export function mentionsDeadline(text: string): boolean {
  const norm = normalizeForSearch(text);
  return TIME_PATTERNS.some((re) => re.test(norm));
}

function isBlank(s: string | null | undefined): boolean {
  return s === undefined || s === null || s.trim() === '';
}

function inCycle(year: number, cycle: SmartCycle): boolean {
  return year >= cycle.startYear && year <= cycle.startYear + cycle.years - 1;
}

function assemble(byCriterion: Record<SmartCriterion, SmartReason[]>): SmartResult {
  const criteria = SMART_CRITERIA.map(({ key, label }) => {
    const reasons = byCriterion[key];
    return { criterion: key, label, ok: reasons.length === 0, reasons };
  });
  return { ok: criteria.every((c) => c.ok), criteria };
}

export function checkObjectiveSmart(input: SmartObjectiveInput): SmartResult {
  const medible: SmartReason[] = [];
  if (input.metas.length === 0) medible.push(reason('no-goal'));
  else if (input.metas.some((m) => isBlank(m.indicatorName))) medible.push(reason('goal-no-indicator'));

  const alcanzable: SmartReason[] = [];
  const norm = normalizeForSearch(input.text);
  const percents = [...norm.matchAll(/([0-9]+(?:[.,][0-9]+)?)\s*(?:%|por ciento)/g)].map((m) =>
    Number((m[1] ?? '').replace(',', '.')),
  );
  if (percents.some((p) => p >= 100)) alcanzable.push(reason('absolute-target'));

  const relevante: SmartReason[] = [];
  if (input.priorityIds.length === 0) relevante.push(reason('no-priority-link'));
  if (isBlank(input.dimension)) relevante.push(reason('no-dimension'));

  const temporal: SmartReason[] = [];
  if (!mentionsDeadline(input.text)) temporal.push(reason('no-deadline'));

  return assemble({ especifico: specificReasons(input.text), medible, alcanzable, relevante, temporal });
}

export function checkGoalSmart(input: SmartGoalInput): SmartResult {
  const indicator = input.indicator && !isBlank(input.indicator.name) ? input.indicator : null;
  const baselineValue = input.baseline?.value ?? null;
  const targets = input.targets.filter(
    (t): t is { year: number; value: number } => t.value !== null && Number.isFinite(t.value),
  );

  const medible: SmartReason[] = [];
  if (!indicator) medible.push(reason('no-indicator'));
  if (baselineValue === null) medible.push(reason('no-baseline'));
  if (targets.length === 0) medible.push(reason('no-target'));

  const alcanzable: SmartReason[] = [];
  if (input.indicator) {
    const { unit } = input.indicator;
    const max = input.indicator.max ?? (unit === '%' ? 100 : null);
    const min = input.indicator.min ?? (unit === '%' ? 0 : null);
    if (max !== null && targets.some((t) => t.value > max + EPSILON)) alcanzable.push(reason('target-above-max'));
    if (min !== null && targets.some((t) => t.value < min - EPSILON)) alcanzable.push(reason('target-below-min'));
    const threshold = JUMP_THRESHOLD_PER_YEAR[unit];
    if (threshold !== null && baselineValue !== null) {
      const baseYear = input.baseline?.year ?? input.cycle.startYear - 1;
      const tooFast = targets.some((t) => {
        const years = Math.max(1, t.year - baseYear);
        return Math.abs(t.value - baselineValue) / years > threshold + EPSILON;
      });
      if (tooFast) alcanzable.push(reason('unrealistic-jump'));
    }
  }

  const relevante: SmartReason[] = [];
  if (input.linkedPriorityIds.length === 0) relevante.push(reason('no-priority-link'));

  const temporal: SmartReason[] = [];
  const anyInCycle = targets.some((t) => inCycle(t.year, input.cycle));
  if (!anyInCycle && !mentionsDeadline(input.text)) temporal.push(reason('no-deadline'));
  if (targets.some((t) => !inCycle(t.year, input.cycle))) temporal.push(reason('target-outside-cycle'));

  return assemble({ especifico: specificReasons(input.text), medible, alcanzable, relevante, temporal });
}

// Sections of the Informe de Evaluación about impact and what comes next: the participatory scores
// before (diagnosis) and after (evaluation) per dimension and stakeholder group, the school's results
// series, the decisions of the year, the evaluación proyectiva (the team's edited lists, or the
// proposal made from the decisions when the team has not edited it) and the sistematización.
import { STAKEHOLDER_GROUPS } from '../../diagnosis/model.ts';
import type { DiagnosisAggregate } from '../../diagnosis/aggregation.ts';
import { formatCalendarDate } from '../../shared/localDates.ts';
import type { PmePlan } from '../../pme/model.ts';
import { currentDecisions, decisionKindLabel, DECISION_SCOPES, type Decision } from '../decisions.ts';
import { categoryLabel, type GoalAchievement } from '../goals.ts';
import type { ComparedGroups, ParticipatoryImpact, ResultsSeries } from '../impact.ts';
import { projectiveEvaluation, type ProjectiveItem } from '../projective.ts';
import { NO_VALUE, PERCENT_AXIS, SCALE_AXIS, goalValue, num, signed, type PairChart } from './reportFormat.ts';

export const IMPACT_DIMENSION_HEADERS = [
  'Dimensión',
  'Informe Diagnóstico (todos los estamentos)',
  'Diagnóstico (estamentos comparados)',
  'Evaluación (estamentos comparados)',
  'Variación',
  'Respuestas a ítems (antes / después)',
] as const;
export const IMPACT_GROUP_HEADERS = ['Dimensión', 'Estamento', 'Diagnóstico', 'Evaluación', 'Variación'] as const;
export const RESULTS_HEADERS = ['Indicador', 'Primer dato', 'Último dato', 'Variación', 'Tendencia'] as const;
export const DECISION_HEADERS = [
  'Ámbito',
  'Acción o estrategia',
  'Decisión',
  'Fundamento en la evidencia',
  'Ajuste o propuesta',
] as const;

export interface ImpactSection {
  /** Why the comparison is missing, when it is. */
  note: string | null;
  /** IM-2 in words: which groups are compared and which answered one side only. */
  groupsNote: string | null;
  chart: PairChart | null;
  dimensions: string[][];
  groups: string[][];
  results: string[][];
  resultsChart: PairChart | null;
}

export interface TextList {
  title: string;
  items: string[];
}

export interface ProjectiveSection {
  forYear: number;
  /** "Propuesta elaborada por el equipo" or "Propuesta a partir de las decisiones (sin editar por el equipo)". */
  source: string;
  lists: TextList[];
}

export interface SistematizacionSection {
  date: string;
  /** Who closed the advisory. */
  closedBy: string;
  lists: TextList[];
}

function trend(s: ResultsSeries): string {
  if (s.delta === null) return 'Un solo dato';
  if (s.delta === 0) return 'Sin cambio';
  return s.delta > 0 !== s.lowerIsBetter ? 'Mejora' : 'Empeora';
}

const point = (p: { year: number; value: number } | null, unit: string) =>
  p ? `${goalValue(p.value, unit)} (${p.year})` : NO_VALUE;

const groupList = (codes: readonly string[]) =>
  codes.map((c) => STAKEHOLDER_GROUPS.find((g) => g.code === c)?.label ?? c).join(', ');

/** IM-2 said plainly, on the screen and in the document. */
export function comparedGroupsNote(g: ComparedGroups): string {
  const parts = [
    g.compared.length > 0
      ? `Se comparan los estamentos que respondieron el diagnóstico y la evaluación: ${groupList(g.compared)}.`
      : 'Ningún estamento respondió el diagnóstico y la evaluación: no hay comparación posible entre ambos.',
  ];
  if (g.onlyDiagnosis.length > 0)
    parts.push(`Solo respondieron el diagnóstico (fuera de la comparación): ${groupList(g.onlyDiagnosis)}.`);
  if (g.onlyEvaluation.length > 0)
    parts.push(`Solo respondieron la evaluación (fuera de la comparación): ${groupList(g.onlyEvaluation)}.`);
  return parts.join(' ');
}

/** The results' table rows and, for the percentages that changed, their before/after chart. */
function resultsPart(series: readonly ResultsSeries[]): Pick<ImpactSection, 'results' | 'resultsChart'> {
  const results = series.map((s) => [
    s.label,
    point(s.first, s.unit),
    point(s.last, s.unit),
    signed(s.delta),
    trend(s),
  ]);
  const percentSeries = series.filter((s) => s.unit === '%' && s.delta !== null);
  if (percentSeries.length === 0) return { results, resultsChart: null };
  const resultsChart: PairChart = {
    title: 'Eficiencia interna: primer y último año registrados',
    names: ['Primer año', 'Último año'],
    axis: PERCENT_AXIS,
    rows: percentSeries.map((s) => ({
      label: s.label,
      before: s.first?.value ?? null,
      after: s.last?.value ?? null,
      caption: `de ${num(s.first?.value ?? null)} a ${num(s.last?.value ?? null)}`,
    })),
  };
  return { results, resultsChart };
}

/** The participatory comparison: per dimension, per stakeholder group, and its chart. */
function participatoryPart(impact: ParticipatoryImpact): Pick<ImpactSection, 'dimensions' | 'groups' | 'chart'> {
  const dimensions = impact.dimensions.map((r) => [
    r.label,
    num(r.diagnosisAll),
    num(r.overall.before),
    num(r.overall.after),
    signed(r.overall.delta),
    `${r.overall.nBefore} / ${r.overall.nAfter}`,
  ]);
  const groups = impact.dimensions.flatMap((r) =>
    STAKEHOLDER_GROUPS.filter((g) => r.groups[g.code].before !== null || r.groups[g.code].after !== null).map((g) => {
      const c = r.groups[g.code];
      return [r.label, g.label, num(c.before), num(c.after), signed(c.delta)];
    }),
  );
  const chart: PairChart = {
    title: 'Promedio por dimensión (escala 1 a 4), estamentos comparados: diagnóstico y evaluación',
    names: ['Diagnóstico', 'Evaluación'],
    axis: SCALE_AXIS,
    rows: impact.dimensions.map((r) => ({
      label: r.label,
      before: r.overall.before,
      after: r.overall.after,
      caption: `de ${num(r.overall.before)} a ${num(r.overall.after)}`,
    })),
  };
  return { dimensions, groups, chart };
}

export function impactSection(
  impact: ParticipatoryImpact | null,
  diagnosis: DiagnosisAggregate | null,
  evaluation: DiagnosisAggregate | null,
  series: readonly ResultsSeries[],
): ImpactSection {
  const results = resultsPart(series);
  if (!impact || !diagnosis || !evaluation) {
    const note = !diagnosis
      ? 'No hay respuestas del diagnóstico participativo con las que comparar.'
      : 'La evaluación participativa aún no tiene respuestas: la comparación con el diagnóstico no se puede hacer.';
    return { note, groupsNote: null, chart: null, dimensions: [], groups: [], ...results };
  }
  return { note: null, groupsNote: comparedGroupsNote(impact.groups), ...participatoryPart(impact), ...results };
}

export function decisionRows(
  decisions: readonly Decision[],
  year: number,
  plan: Pick<PmePlan, 'actions' | 'strategies'>,
): string[][] {
  const label = (d: Decision) =>
    (d.scope === 'accion'
      ? plan.actions.find((a) => a.id === d.targetId)?.nombre
      : plan.strategies.find((s) => s.id === d.targetId)?.text) ?? d.targetId;
  return currentDecisions(decisions.filter((d) => d.year === year)).map((d) => [
    DECISION_SCOPES.find((s) => s.code === d.scope)?.label ?? d.scope,
    label(d),
    decisionKindLabel(d.kind),
    d.rationale,
    d.proposal || NO_VALUE,
  ]);
}

const LIST_TITLES = { keep: 'Se mantiene', change: 'Se modifica', add: 'Se incorpora', drop: 'Se elimina' } as const;

export function projectiveSection(
  year: number,
  items: readonly ProjectiveItem[],
  decisions: readonly Decision[],
  plan: Pick<PmePlan, 'actions' | 'strategies' | 'goals'>,
  achievements: readonly GoalAchievement[],
): ProjectiveSection {
  const keys = ['keep', 'change', 'add', 'drop'] as const;
  if (items.length > 0) {
    return {
      forYear: year + 1,
      source: 'Propuesta elaborada por el equipo del establecimiento.',
      lists: keys.map((k) => ({ title: LIST_TITLES[k], items: items.filter((i) => i.list === k).map((i) => i.text) })),
    };
  }
  const p = projectiveEvaluation(year, decisions, plan, achievements);
  const entry = (e: (typeof p.keep)[number]) => (e.proposal ? `${e.label}: ${e.proposal}` : e.label);
  return {
    forYear: p.forYear,
    source: 'Propuesta preparada a partir de las decisiones y del logro de metas; el equipo aún no la ha editado.',
    lists: [
      { title: LIST_TITLES.keep, items: p.keep.map(entry) },
      { title: LIST_TITLES.change, items: p.change.map(entry) },
      {
        title: LIST_TITLES.add,
        items: p.add.map(
          (a) => `Meta «${a.label}» (${categoryLabel(a.category).toLowerCase()}): definir acciones que la aborden.`,
        ),
      },
      { title: LIST_TITLES.drop, items: p.drop.map(entry) },
    ],
  };
}

/** The sistematización as the team writes it at the close: one free text per list (a line, an entry). */
export interface SistematizacionTexts {
  lecciones: string;
  buenasPracticas: string;
  recomendaciones: string;
  /** ISO date-time the advisory was closed, null while open. */
  closedAt: string | null;
  closedBy: string | null;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');

export function sistematizacionSection(s: SistematizacionTexts | null): SistematizacionSection | null {
  if (!s || [s.lecciones, s.buenasPracticas, s.recomendaciones].every((t) => t.trim() === '')) return null;
  return {
    date: s.closedAt ? formatCalendarDate(s.closedAt) : 'Asesoría aún no cerrada',
    closedBy: s.closedBy ?? NO_VALUE,
    lists: [
      { title: 'Lecciones aprendidas', items: lines(s.lecciones) },
      { title: 'Buenas prácticas', items: lines(s.buenasPracticas) },
      { title: 'Recomendaciones', items: lines(s.recomendaciones) },
    ],
  };
}

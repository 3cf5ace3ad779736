// Content of the *Informe de Evaluación del PME* (issue 8; month 7–8 of the programme): a pure
// function from the year's plan, monitoring, decisions, participatory evaluation, results data and
// sistematización to plain strings, tables and chart data — cumplimiento de acciones (per dimension,
// estrategia and budget), logro de metas against the year's targets with their categories, each
// estrategia and the acercamiento to each objetivo, impact (diagnosis vs evaluation; results
// series), the decisions, the evaluación proyectiva and the sistematización. Figures come from the
// evaluation domain (compliance.ts CU-*, goals.ts LM-*, objectives.ts OB-*, impact.ts IM-*); here
// they are only formatted (es-CL). A renderer lays it out.
import { formatIsoDate } from '../../shared/localDates.ts';
import { formatCalendarDate } from '../../shared/localDates.ts';
import { PME_AREAS } from '../../pme/model.ts';
import { formatPesos } from '../../shared/money.ts';
import { schoolIdentification, type SchoolIdentity } from '../../schools/schoolIdentification.ts';
import { ACTION_OUTCOMES, type ComplianceGroup, type ComplianceReport } from '../compliance.ts';
import { GOAL_CATEGORIES, categoryLabel, type GoalAchievement, type GoalCategory } from '../goals.ts';
import { evaluationFigures, evaluationInputs, type EvaluationFigures, type EvaluationSources } from '../figures.ts';
import type { ResultsData } from '../impact.ts';
import type { ProjectiveItem } from '../projective.ts';
import {
  decisionRows,
  impactSection,
  projectiveSection,
  sistematizacionSection,
  type ImpactSection,
  type ProjectiveSection,
  type SistematizacionSection,
  type SistematizacionTexts,
} from './evaluationImpact.ts';
import { NO_VALUE, goalValue, pct, type StackChart } from './reportFormat.ts';

export const EVALUATION_REPORT_TITLE = 'Informe de Evaluación del PME';
export const COMPLIANCE_HEADERS = [
  'Dimensión',
  'Acciones',
  'Cumplidas',
  'Parcialmente',
  'No realizadas',
  'Cumplimiento medio',
] as const;
export const STRATEGY_HEADERS = [
  'Estrategia',
  'Acciones',
  '% cumplidas',
  'Cumplimiento medio',
  'Acercamiento al objetivo',
] as const;
export const BUDGET_HEADERS = ['Dimensión', 'Planificado', 'Ejecutado', '% ejecutado'] as const;
export const ACTION_HEADERS = ['N°', 'Acción', 'Dimensión', 'Resultado', '% de avance'] as const;
export const GOAL_HEADERS = [
  'Meta e indicador',
  'Línea base',
  'Meta',
  'Valor final',
  '% de la distancia',
  'Categoría',
] as const;
export const OBJECTIVE_HEADERS = [
  'Objetivo estratégico',
  'Dimensión',
  'Metas con datos',
  'Acercamiento',
  'Categoría',
] as const;

/** The figures' sources (figures.ts, the same the Análisis screen uses) and the document's own data. */
export interface EvaluationReportInput extends Omit<EvaluationSources, 'results'> {
  school: SchoolIdentity;
  advisor: string;
  /** ISO date the report is made. */
  date: string;
  results: ResultsData | null;
  /** The team's evaluación proyectiva; empty → proposed from the decisions. */
  projective: readonly ProjectiveItem[];
  /** The close's texts (lecciones, buenas prácticas, recomendaciones); null or blank → not yet written. */
  sistematizacion: SistematizacionTexts | null;
}

export interface CategorisedRow {
  cells: string[];
  category: GoalCategory;
}

/** The figures as the screen and the document print them (R-8): formatted once, here. */
export interface EvaluationSections {
  summary: [string, string][];
  compliance: {
    chart: StackChart;
    byDimension: string[][];
    total: string[];
    byStrategy: string[][];
    budget: string[][];
    actions: string[][];
  };
  goals: { counts: [string, string][]; rows: CategorisedRow[]; chart: StackChart; note: string };
  objectives: CategorisedRow[];
  impact: ImpactSection;
}

export interface EvaluationReport extends EvaluationSections {
  title: string;
  subtitle: string;
  school: string;
  identification: [string, string][];
  decisions: string[][];
  projective: ProjectiveSection;
  sistematizacion: SistematizacionSection | null;
  footer: string;
}

const areaLabel = (code: string) => PME_AREAS.find((a) => a.code === code)?.label ?? code;

function groupRow(g: ComplianceGroup): string[] {
  const cell = (n: number, p: number | null) => (g.actions === 0 ? NO_VALUE : `${n} (${pct(p, 0)})`);
  return [
    g.label,
    String(g.actions),
    cell(g.counts.cumplida, g.percents.cumplida),
    cell(g.counts.parcial, g.percents.parcial),
    cell(g.counts['no-realizada'], g.percents['no-realizada']),
    pct(g.meanProgress),
  ];
}

function complianceSection(f: EvaluationFigures, approach: Map<string, string>): EvaluationSections['compliance'] {
  const c: ComplianceReport = f.compliance;
  const nombre = new Map(f.inputs.pme.actions.map((a) => [a.id, a.nombre]));
  const budget = (g: ComplianceGroup) => [
    g.label,
    formatPesos(g.planned),
    formatPesos(g.executed),
    pct(g.executedPercent),
  ];
  return {
    chart: {
      title: 'Resultado de las acciones por dimensión',
      segments: ACTION_OUTCOMES.map((o) => o.label),
      rows: c.byDimension
        .filter((g) => g.actions > 0)
        .map((g) => ({
          label: g.label,
          parts: ACTION_OUTCOMES.map((o) => g.percents[o.code] ?? 0),
          caption: `${g.counts.cumplida} de ${g.actions}`,
        })),
    },
    byDimension: c.byDimension.map(groupRow),
    total: groupRow(c.total),
    byStrategy: f.strategies
      .filter((s) => s.actions > 0)
      .map((s) => [
        s.text,
        String(s.actions),
        pct(s.cumplidaPercent),
        pct(s.meanCompliance),
        approach.get(s.objectiveId) ?? NO_VALUE,
      ]),
    budget: [...c.byDimension.filter((g) => g.actions > 0), c.total].map(budget),
    actions: c.actions.map((a, i) => [
      String(i + 1),
      nombre.get(a.actionId) ?? a.nombre,
      areaLabel(a.dimension),
      ACTION_OUTCOMES.find((o) => o.code === a.outcome)?.label ?? a.outcome,
      pct(a.progress, 0),
    ]),
  };
}

const MISSING_TEXT = {
  'sin-medicion': 'sin medición',
  'sin-linea-base': 'sin línea base',
  'sin-meta': 'sin meta para el año',
} as const;

/** "Meta 2027: 22,0 %" — the year and the target every goal figure refers to (EV-2). */
export function targetText(g: Pick<GoalAchievement, 'target' | 'unit'>): string {
  return g.target ? `Meta ${g.target.year}: ${goalValue(g.target.value, g.unit)}` : NO_VALUE;
}

function goalRow(g: GoalAchievement, text: string): CategorisedRow {
  const distance = g.maintain
    ? 'Mantener'
    : g.distancePercent === null
      ? NO_VALUE
      : `${pct(g.distancePercent)}${g.wrongWay ? ' (retrocede)' : ''}`;
  return {
    cells: [
      `${text}\nIndicador: ${g.name}`,
      g.baseline === null
        ? NO_VALUE
        : `${goalValue(g.baseline, g.unit)}${g.baselineYear === null ? '' : ` (${g.baselineYear})`}`,
      targetText(g),
      g.final ? `${goalValue(g.final.value, g.unit)} (${formatIsoDate(g.final.date)})` : NO_VALUE,
      distance,
      g.missing ? `${categoryLabel(g.category)}: ${MISSING_TEXT[g.missing]}` : categoryLabel(g.category),
    ],
    category: g.category,
  };
}

function goalsSection(f: EvaluationFigures): EvaluationSections['goals'] {
  const { achievements } = f;
  const { pme: plan, year } = f.inputs;
  const text = new Map(plan.goals.map((g) => [g.id, g.text]));
  return {
    counts: GOAL_CATEGORIES.map((c) => [c.label, String(achievements.filter((g) => g.category === c.code).length)]),
    rows: achievements.map((g) => goalRow(g, text.get(g.goalId) ?? g.name)),
    chart: {
      title: 'Distancia recorrida hacia la meta (línea base = 0%, meta = 100%)',
      segments: ['Recorrido'],
      rows: achievements
        .filter((g) => g.coveredPercent !== null)
        .map((g) => ({
          label: g.name,
          parts: [g.coveredPercent ?? 0],
          caption: `${targetText(g)} · ${categoryLabel(g.category)}`,
        })),
    },
    note: `Cada meta se compara con su meta para ${year}, con la última medición del indicador hasta el ${formatIsoDate(f.inputs.goals.until)}. Logrado: se recorre el ${pct(100, 0)} de la distancia entre la línea base y la meta; parcialmente logrado: al menos el ${pct(50, 0)}; no logrado: menos del ${pct(50, 0)} o retrocede.`,
  };
}

/** The figures formatted for the screen and the document alike (R-8). */
export function evaluationSections(f: EvaluationFigures): EvaluationSections {
  const { achievements, objectives } = f;
  const approach = new Map(
    objectives.map((o) => [
      o.objectiveId,
      o.meanCoveredPercent === null ? NO_VALUE : `${pct(o.meanCoveredPercent)} · ${categoryLabel(o.category)}`,
    ]),
  );
  const t = f.compliance.total;
  const withData = achievements.filter((g) => g.category !== 'sin-datos').length;
  return {
    summary: [
      ['Acciones del plan anual', String(t.actions)],
      ['Acciones cumplidas', `${t.counts.cumplida} de ${t.actions} (${pct(t.percents.cumplida)})`],
      ['Cumplimiento medio de las acciones', pct(t.meanProgress)],
      [
        `Metas logradas (metas ${f.inputs.year})`,
        `${achievements.filter((g) => g.category === 'logrado').length} de ${withData} con datos (${achievements.length} metas)`,
      ],
      [
        'Ejecución presupuestaria',
        `${formatPesos(t.executed)} de ${formatPesos(t.planned)} (${pct(t.executedPercent)})`,
      ],
    ],
    compliance: complianceSection(f, approach),
    goals: goalsSection(f),
    objectives: objectives.map((o) => ({
      cells: [
        o.text,
        areaLabel(o.dimension),
        `${o.goalsWithData} de ${o.goalIds.length}`,
        pct(o.meanCoveredPercent),
        categoryLabel(o.category),
      ],
      category: o.category,
    })),
    impact: impactSection(f.impact, f.inputs.diagnosis, f.inputs.evaluation, f.series),
  };
}

export function buildEvaluationReport(input: EvaluationReportInput): EvaluationReport {
  const f = evaluationFigures(evaluationInputs(input));
  const { pme, year } = f.inputs;
  const school = input.school.name.trim();
  const date = formatCalendarDate(input.date);
  return {
    title: EVALUATION_REPORT_TITLE,
    subtitle: `Plan anual ${year} · Ciclo ${pme.cycle.startYear}–${pme.cycle.startYear + pme.cycle.years - 1}`,
    school,
    identification: [
      ...schoolIdentification(input.school),
      ['Asesor/a', input.advisor.trim() || NO_VALUE],
      ['Fecha', date],
    ],
    ...evaluationSections(f),
    decisions: decisionRows(input.decisions, year, pme),
    projective: projectiveSection(year, input.projective, input.decisions, pme, f.achievements),
    sistematizacion: sistematizacionSection(input.sistematizacion),
    footer: `${EVALUATION_REPORT_TITLE} ${year} · ${school}`,
  };
}

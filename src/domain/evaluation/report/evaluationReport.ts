// Content of the *Informe de Evaluación del PME* (issue 8; month 7–8 of the programme): a pure
// function from the year's plan, monitoring, decisions, participatory evaluation, results data and
// sistematización to plain strings, tables and chart data — cumplimiento de acciones (per dimension,
// estrategia and budget), logro de metas against the year's targets with their categories, each
// estrategia and the acercamiento to each objetivo, impact (diagnosis vs evaluation; results
// series), the decisions, the evaluación proyectiva and the sistematización. Figures come from the
// evaluation domain (compliance.ts CU-*, goals.ts LM-*, objectives.ts OB-*, impact.ts IM-*); here
// they are only formatted (es-CL). A renderer lays it out.
import type { DiagnosisAggregate } from '../../diagnosis/aggregation.ts';
import { formatIsoDate } from '../../pme/calendar.ts';
import { PME_AREAS, type PmePlan } from '../../pme/model.ts';
import { formatPesos } from '../../pme/money.ts';
import { actionsOfYear } from '../../pme/report/planIndex.ts';
import type { MonitoringCycle } from '../../monitoring/cycles.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../../monitoring/records.ts';
import { ACTION_OUTCOMES, complianceReport, type ComplianceGroup, type ComplianceReport } from '../compliance.ts';
import type { Decision } from '../decisions.ts';
import { GOAL_CATEGORIES, categoryLabel, goalAchievements, type GoalAchievement, type GoalCategory } from '../goals.ts';
import { objectiveEvaluations, strategyEvaluations } from '../objectives.ts';
import type { ResultsData } from '../impact.ts';
import type { ProjectiveItem } from '../projective.ts';
import { decisionRows, impactSection, projectiveSection, sistematizacionSection, type ImpactSection, type ProjectiveSection, type SistematizacionSection, type SistematizacionTexts } from './evaluationImpact.ts';
import { NO_VALUE, num, pct, type StackChart } from './reportFormat.ts';
import { formatPercent } from '../../numberFormat.ts';

export const EVALUATION_REPORT_TITLE = 'Informe de Evaluación del PME';
export const COMPLIANCE_HEADERS = ['Dimensión', 'Acciones', 'Cumplidas', 'Parcialmente', 'No realizadas', 'Cumplimiento medio'] as const;
export const STRATEGY_HEADERS = ['Estrategia', 'Acciones', '% cumplidas', 'Cumplimiento medio', 'Acercamiento al objetivo'] as const;
export const BUDGET_HEADERS = ['Dimensión', 'Planificado', 'Ejecutado', '% ejecutado'] as const;
export const ACTION_HEADERS = ['N°', 'Acción', 'Dimensión', 'Resultado', '% de avance'] as const;
export const GOAL_HEADERS = ['Meta e indicador', 'Línea base', 'Meta', 'Valor final', '% de la distancia', 'Categoría'] as const;
export const OBJECTIVE_HEADERS = ['Objetivo estratégico', 'Dimensión', 'Metas con datos', 'Acercamiento', 'Categoría'] as const;

export interface EvaluationReportInput {
  school: { name: string; rbd: string | number; dv: string; comuna: string; dependencia?: string };
  advisor: string;
  /** ISO date the report is made. */
  date: string;
  /** The annual plan evaluated. */
  year: number;
  pme: PmePlan;
  /** The cortes of the year. */
  cycles: readonly MonitoringCycle[];
  /** Effective records (closed cortes from their snapshots). */
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
  decisions: readonly Decision[];
  /** Participatory aggregates: the diagnosis' and the evaluation's (null when without responses). */
  diagnosis: DiagnosisAggregate | null;
  evaluation: DiagnosisAggregate | null;
  results: ResultsData;
  /** The team's evaluación proyectiva; empty → proposed from the decisions. */
  projective: readonly ProjectiveItem[];
  /** The close's texts (lecciones, buenas prácticas, recomendaciones); null or blank → not yet written. */
  sistematizacion: SistematizacionTexts | null;
}

export interface CategorisedRow {
  cells: string[];
  category: GoalCategory;
}

export interface EvaluationReport {
  title: string;
  subtitle: string;
  school: string;
  identification: [string, string][];
  summary: [string, string][];
  compliance: { chart: StackChart; byDimension: string[][]; total: string[]; byStrategy: string[][]; budget: string[][]; actions: string[][] };
  goals: { counts: [string, string][]; rows: CategorisedRow[]; chart: StackChart; note: string };
  objectives: CategorisedRow[];
  impact: ImpactSection;
  decisions: string[][];
  projective: ProjectiveSection;
  sistematizacion: SistematizacionSection | null;
  footer: string;
}

const areaLabel = (code: string) => PME_AREAS.find((a) => a.code === code)?.label ?? code;

function groupRow(g: ComplianceGroup): string[] {
  const cell = (n: number, p: number | null) => (g.actions === 0 ? NO_VALUE : `${n} (${pct(p, 0)})`);
  return [g.label, String(g.actions), cell(g.counts.cumplida, g.percents.cumplida), cell(g.counts.parcial, g.percents.parcial), cell(g.counts['no-realizada'], g.percents['no-realizada']), pct(g.meanProgress)];
}

function complianceSection(c: ComplianceReport, input: EvaluationReportInput, approach: Map<string, string>): EvaluationReport['compliance'] {
  const nombre = new Map(input.pme.actions.map((a) => [a.id, a.nombre]));
  const budget = (g: ComplianceGroup) => [g.label, formatPesos(g.planned), formatPesos(g.executed), pct(g.executedPercent)];
  return {
    chart: {
      title: 'Resultado de las acciones por dimensión',
      segments: ACTION_OUTCOMES.map((o) => o.label),
      rows: c.byDimension.filter((g) => g.actions > 0).map((g) => ({ label: g.label, parts: ACTION_OUTCOMES.map((o) => g.percents[o.code] ?? 0), caption: `${g.counts.cumplida} de ${g.actions}` })),
    },
    byDimension: c.byDimension.map(groupRow),
    total: groupRow(c.total),
    byStrategy: strategyEvaluations(input.pme, c.actions, [])
      .filter((s) => s.actions > 0)
      .map((s) => [s.text, String(s.actions), pct(s.cumplidaPercent), pct(s.meanCompliance), approach.get(s.objectiveId) ?? NO_VALUE]),
    budget: [...c.byDimension.filter((g) => g.actions > 0), c.total].map(budget),
    actions: c.actions.map((a, i) => [String(i + 1), nombre.get(a.actionId) ?? a.nombre, areaLabel(a.dimension), ACTION_OUTCOMES.find((o) => o.code === a.outcome)?.label ?? a.outcome, formatPercent(a.progress, 0)]),
  };
}

const MISSING_TEXT = { 'sin-medicion': 'sin medición', 'sin-linea-base': 'sin línea base', 'sin-meta': 'sin meta para el año' } as const;

function goalRow(g: GoalAchievement, text: string): CategorisedRow {
  const u = g.unit === '%' ? '%' : '';
  const distance = g.maintain ? 'Mantener' : g.distancePercent === null ? NO_VALUE : `${pct(g.distancePercent)}${g.wrongWay ? ' (retrocede)' : ''}`;
  return {
    cells: [
      `${text}\nIndicador: ${g.name}`,
      g.baseline === null ? NO_VALUE : `${num(g.baseline)}${u}`,
      g.target ? `${num(g.target.value)}${u} (${g.target.year})` : NO_VALUE,
      g.final ? `${num(g.final.value)}${u} (${formatIsoDate(g.final.date)})` : NO_VALUE,
      distance,
      g.missing ? `${categoryLabel(g.category)}: ${MISSING_TEXT[g.missing]}` : categoryLabel(g.category),
    ],
    category: g.category,
  };
}

function goalsSection(achievements: readonly GoalAchievement[], plan: PmePlan, year: number): EvaluationReport['goals'] {
  const text = new Map(plan.goals.map((g) => [g.id, g.text]));
  return {
    counts: GOAL_CATEGORIES.map((c) => [c.label, String(achievements.filter((g) => g.category === c.code).length)]),
    rows: achievements.map((g) => goalRow(g, text.get(g.goalId) ?? g.name)),
    chart: {
      title: 'Distancia recorrida hacia la meta (línea base = 0%, meta = 100%)',
      segments: ['Recorrido'],
      rows: achievements.filter((g) => g.coveredPercent !== null).map((g) => ({ label: g.name, parts: [g.coveredPercent ?? 0], caption: categoryLabel(g.category) })),
    },
    note: `Cada meta se compara con su meta para ${year}, con la última medición del indicador hasta el 31-12-${year}. Logrado: se recorre el 100% de la distancia entre la línea base y la meta; parcialmente logrado: al menos el 50%; no logrado: menos del 50% o retrocede.`,
  };
}

export function buildEvaluationReport(input: EvaluationReportInput): EvaluationReport {
  const { pme, year } = input;
  const compliance = complianceReport({ actions: actionsOfYear(pme, year), strategies: pme.strategies, records: input.records, cycles: input.cycles });
  const achievements = goalAchievements(pme, input.measurements, { targetYear: year, until: `${year}-12-31` });
  const objectives = objectiveEvaluations(pme, achievements);
  const approach = new Map(objectives.map((o) => [o.objectiveId, o.meanCoveredPercent === null ? NO_VALUE : `${pct(o.meanCoveredPercent)} · ${categoryLabel(o.category)}`]));
  const t = compliance.total;
  const withData = achievements.filter((g) => g.category !== 'sin-datos').length;
  const school = input.school.name.trim();
  const rbd = `${String(input.school.rbd).trim()}-${input.school.dv.trim()}`;
  const date = formatIsoDate(input.date.slice(0, 10));
  return {
    title: EVALUATION_REPORT_TITLE,
    subtitle: `Plan anual ${year} · Ciclo ${pme.cycle.startYear}–${pme.cycle.startYear + pme.cycle.years - 1}`,
    school,
    identification: [
      ['Establecimiento', school],
      ['RBD', rbd],
      ['Comuna', input.school.comuna || NO_VALUE],
      ['Dependencia', input.school.dependencia || NO_VALUE],
      ['Asesor/a', input.advisor.trim() || NO_VALUE],
      ['Fecha', date],
    ],
    summary: [
      ['Acciones del plan anual', String(t.actions)],
      ['Acciones cumplidas', `${t.counts.cumplida} de ${t.actions} (${pct(t.percents.cumplida)})`],
      ['Cumplimiento medio de las acciones', pct(t.meanProgress)],
      ['Metas logradas', `${achievements.filter((g) => g.category === 'logrado').length} de ${withData} con datos (${achievements.length} metas)`],
      ['Ejecución presupuestaria', `${formatPesos(t.executed)} de ${formatPesos(t.planned)} (${pct(t.executedPercent)})`],
    ],
    compliance: complianceSection(compliance, input, approach),
    goals: goalsSection(achievements, pme, year),
    objectives: objectives.map((o) => ({
      cells: [o.text, areaLabel(o.dimension), `${o.goalsWithData} de ${o.goalIds.length}`, pct(o.meanCoveredPercent), categoryLabel(o.category)],
      category: o.category,
    })),
    impact: impactSection(input.diagnosis, input.evaluation, input.results),
    decisions: decisionRows(input.decisions, year, pme),
    projective: projectiveSection(year, input.projective, input.decisions, pme, achievements),
    sistematizacion: sistematizacionSection(input.sistematizacion),
    footer: `${EVALUATION_REPORT_TITLE} ${year} · ${school}`,
  };
}

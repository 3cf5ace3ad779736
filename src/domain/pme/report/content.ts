// Content of the PME document (issue 4, outputs; docs/domain.md §6): a pure function from a plan, its
// school and a version (Borrador PME, PME Versión Final, or the working plan) to plain strings and
// tables: cover, visión and sellos, per area its objectives with metas and estrategias, the year's
// actions grouped by dimension, and the budget with the SEP check. Everything is formatted here
// (es-CL: "$ 1.250.000", dd-mm-aaaa, decimal comma); the renderer only lays it out.
import { DIMENSIONS } from '../../mge/modelo.ts';
import type { DimensionCode } from '../../mge/modelo.ts';
import { formatNumber, formatReportDate } from '../../diagnosis/report/content.ts';
import { actionTotal } from '../budget.ts';
import { formatIsoDate } from '../../shared/localDates.ts';
import { FUNDING_SOURCES, PME_AREAS, cycleYears } from '../model.ts';
import type { PmeAction, PmeAreaCode, PmePlan, StrategicGoal } from '../model.ts';
import { formatPesos } from '../../shared/money.ts';
import { NO_VALUE, budgetContent, type PmeReportBudget } from './budgetContent.ts';
import {
  rbdText,
  schoolIdentification,
  type IdentificationRows,
  type SchoolIdentity,
} from '../../schools/schoolIdentification.ts';
import { actionsOfYear, indexPlan, joinMeans, normativePlanLabels, subdimensionLabels, yesNo } from './planIndex.ts';
import type { NumberedObjective } from './planIndex.ts';

export const PME_REPORT_TITLE = 'Plan de Mejoramiento Educativo (PME)';
export { pmeBudgetContent, type PmeReportBudget, type PmeReportTable } from './budgetContent.ts';

export type PmeReportSchool = SchoolIdentity;

export interface PmeReportVersion {
  /** e.g. "Borrador PME", "PME Versión Final", "Plan de trabajo (no versionado)". */
  label: string;
  /** ISO date, or an instant (shown as its local calendar date, D-1). */
  date: string;
}

export interface PmeReportInput {
  school: PmeReportSchool;
  plan: PmePlan;
  version: PmeReportVersion;
  /** The year of the annual plan shown (actions and budget). */
  year: number;
}

export interface PmeReportCover {
  title: string;
  /** "Ciclo 2026–2029 · Plan anual 2026". */
  subtitle: string;
  school: string;
  /** "7423-3". */
  rbd: string;
  /** The school's identification rows (IDN-1). */
  identification: IdentificationRows;
  /** "2026–2029". */
  cycle: string;
  cycleYears: number[];
  year: number;
  versionLabel: string;
  /** dd-mm-aaaa. */
  versionDate: string;
}

export interface PmeReportGoal {
  /** "2.1": objective 2, its first goal. */
  number: string;
  text: string;
  indicator: string;
  unit: string;
  baselineValue: string;
  baselineYear: string;
  baselineSource: string;
  /** "248 (2024) · SIMCE 2024". */
  baseline: string;
  /** One per cycle year, aligned with `cover.cycleYears`; "—" where there is no target. */
  targets: string[];
}

export interface PmeReportObjective {
  number: string;
  text: string;
  goals: PmeReportGoal[];
  strategies: { number: string; text: string }[];
}

export interface PmeReportArea {
  code: PmeAreaCode;
  label: string;
  objectives: PmeReportObjective[];
}

export interface PmeReportActionGroup {
  dimension: DimensionCode;
  label: string;
  /** Cells in the order of `PmeReportActions.headers`. */
  rows: string[][];
  /** Per row, the action's other fields in one line (uso de TIC, asesoría ATE, planes, programa). */
  details: string[];
  subtotal: string;
}

export interface PmeReportActions {
  year: number;
  headers: string[];
  /** Only dimensions that have actions, in the model's order. */
  groups: PmeReportActionGroup[];
  count: number;
  total: string;
}

export interface PmeReport {
  title: string;
  cover: PmeReportCover;
  /** "PME Versión Final · 15-07-2026": printed on every page. */
  footer: string;
  identity: { vision: string; sellos: string[] };
  areas: PmeReportArea[];
  actions: PmeReportActions;
  budget: PmeReportBudget;
}

/** Every field of an action the screens show; the amounts per source in one cell, one line each. */
export const ACTION_HEADERS = [
  'N°',
  'Acción',
  'Descripción',
  'Subdimensiones',
  'Inicio',
  'Término',
  'Responsable',
  'Recursos',
  'Medios de verificación',
  'Financiamiento por fuente',
  'Total',
];

/** An indicator value: integer as is, otherwise up to two decimals with a decimal comma. */
export function formatIndicatorValue(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return NO_VALUE;
  for (const decimals of [0, 1]) {
    if (Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) < 1e-9) return formatNumber(n, decimals);
  }
  return formatNumber(n, 2);
}

const orDash = (s: string): string => (s.trim() === '' ? NO_VALUE : s.trim());

function goalContent(number: string, goal: StrategicGoal, years: readonly number[]): PmeReportGoal {
  const { baseline } = goal;
  const baselineValue = formatIndicatorValue(baseline.value);
  const baselineYear = baseline.year === null ? '' : String(baseline.year);
  const baselineSource = baseline.source.trim();
  const composed = [
    baselineValue,
    baselineYear ? ` (${baselineYear})` : '',
    baselineSource ? ` · ${baselineSource}` : '',
  ].join('');
  return {
    number,
    text: goal.text,
    indicator: goal.indicator.name,
    unit: goal.indicator.unit,
    baselineValue,
    baselineYear: baselineYear || NO_VALUE,
    baselineSource: baselineSource || NO_VALUE,
    baseline: composed,
    targets: years.map((y) => formatIndicatorValue(goal.targets.find((t) => t.year === y)?.value ?? null)),
  };
}

function objectiveContent(o: NumberedObjective, years: readonly number[]): PmeReportObjective {
  return {
    number: o.number,
    text: o.objective.text,
    goals: o.goals.map((g) => goalContent(g.number, g.goal, years)),
    strategies: o.strategies.map((s) => ({ number: s.number, text: s.strategy.text })),
  };
}

/** "SEP: $ 1.250.000\nPIE: $ 350.000": the sources that finance the action, in FUNDING_SOURCES order. */
export function fundingLines(a: Pick<PmeAction, 'financiamiento'>): string {
  const lines = FUNDING_SOURCES.filter((f) => a.financiamiento[f.code] > 0).map(
    (f) => `${f.label}: ${formatPesos(a.financiamiento[f.code])}`,
  );
  return lines.length === 0 ? NO_VALUE : lines.join('\n');
}

function actionRow(a: PmeAction, n: number): string[] {
  return [
    String(n),
    orDash(a.nombre),
    orDash(a.descripcion),
    orDash(subdimensionLabels(a.subdimensiones)),
    a.fechaInicio ? formatIsoDate(a.fechaInicio) : NO_VALUE,
    a.fechaTermino ? formatIsoDate(a.fechaTermino) : NO_VALUE,
    orDash(a.responsable),
    orDash(a.recursos),
    orDash(joinMeans(a.mediosVerificacion)),
    fundingLines(a),
    formatPesos(actionTotal(a)),
  ];
}

function actionDetails(a: PmeAction): string {
  return [
    `Uso de TIC: ${yesNo(a.usoTIC)}`,
    `Asesoría técnica ATE: ${yesNo(a.asesoriaATE)}`,
    `Planes normativos: ${orDash(normativePlanLabels(a.planesNormativos))}`,
    `Programa asociado: ${orDash(a.programaAsociado)}`,
  ].join(' · ');
}

function actionsContent(actions: readonly PmeAction[], year: number): PmeReportActions {
  let n = 0;
  const groups: PmeReportActionGroup[] = [];
  for (const dim of DIMENSIONS) {
    const own = actions.filter((a) => a.dimension === dim.code);
    if (own.length === 0) continue;
    groups.push({
      dimension: dim.code,
      label: dim.label,
      rows: own.map((a) => actionRow(a, ++n)),
      details: own.map(actionDetails),
      subtotal: formatPesos(own.reduce((s, a) => s + actionTotal(a), 0)),
    });
  }
  const total = formatPesos(actions.reduce((s, a) => s + actionTotal(a), 0));
  return { year, headers: ACTION_HEADERS, groups, count: actions.length, total };
}

/**
 * The body of the document for a plan (working or frozen) and a year: what the PDF and the version
 * screen both show.
 */
export type PmePlanContent = Pick<PmeReport, 'identity' | 'areas' | 'actions' | 'budget'>;

/** "Sin objetivos…": printed for an area with no objective, on paper and on screen. */
export const NO_OBJECTIVES = 'Sin objetivos estratégicos registrados para esta área.';

export function pmePlanContent(plan: PmePlan, year: number): PmePlanContent {
  const years = cycleYears(plan.cycle);
  const index = indexPlan(plan);
  const areas = PME_AREAS.map((area): PmeReportArea => ({
    code: area.code,
    label: area.label,
    objectives: index.objectives
      .filter((o) => o.objective.dimension === area.code)
      .map((o) => objectiveContent(o, years)),
  }));
  const actions = actionsOfYear(plan, year);
  return {
    identity: { vision: plan.vision.trim(), sellos: plan.sellos.map((s) => s.text.trim()).filter((s) => s !== '') },
    areas,
    actions: actionsContent(actions, year),
    budget: budgetContent(plan, actions, year),
  };
}

export function buildPmeReport({ school, plan, version, year }: PmeReportInput): PmeReport {
  const years = cycleYears(plan.cycle);
  const cycle = `${years[0]}–${years[years.length - 1]}`;
  const versionDate = formatReportDate(version.date);
  const cover: PmeReportCover = {
    title: PME_REPORT_TITLE,
    subtitle: `Ciclo ${cycle} · Plan anual ${year}`,
    school: school.name.trim(),
    rbd: rbdText(school),
    identification: schoolIdentification(school),
    cycle,
    cycleYears: years,
    year,
    versionLabel: version.label,
    versionDate,
  };
  const footer = `${version.label} · ${versionDate}`;
  return { title: PME_REPORT_TITLE, cover, footer, ...pmePlanContent(plan, year) };
}

// Content of the PME document (issue 4, outputs; domain.md §6): a pure function from a plan, its
// school and a version (Borrador PME, PME Versión Final, or the working plan) to plain strings and
// tables: cover, visión and sellos, per area its objectives with metas and estrategias, the year's
// actions grouped by dimension, and the budget with the SEP check. Everything is formatted here
// (es-CL: "$ 1.250.000", dd-mm-aaaa, decimal comma); the renderer only lays it out.
import { DIMENSIONS } from '../../mge/modelo.ts';
import type { DimensionCode } from '../../mge/modelo.ts';
import { formatNumber, formatReportDate } from '../../diagnosis/report/content.ts';
import { actionTotal, budgetSummary, checkSepBudget } from '../budget.ts';
import { formatIsoDate } from '../calendar.ts';
import { FUNDING_SOURCES, PME_AREAS, cycleYears } from '../model.ts';
import type { PmeAction, PmeAreaCode, PmePlan, StrategicGoal } from '../model.ts';
import { formatPesos } from '../money.ts';
import { actionsOfYear, indexPlan, joinMeans, subdimensionLabels } from './planIndex.ts';
import type { NumberedObjective } from './planIndex.ts';
import { formatPercent } from '../../numberFormat.ts';

export const PME_REPORT_TITLE = 'Plan de Mejoramiento Educativo (PME)';
export const NO_VALUE = '—';

export interface PmeReportSchool {
  name: string;
  rbd: string | number;
  dv: string;
  comuna: string;
  dependencia?: string;
}

export interface PmeReportVersion {
  /** e.g. "Borrador PME", "PME Versión Final", "Plan de trabajo (no versionado)". */
  label: string;
  /** ISO date (or date-time; the date part is used as written). */
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
  comuna: string;
  dependencia: string | null;
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

export interface PmeReportTable {
  headers: string[];
  rows: string[][];
}

export interface PmeReportBudget {
  year: number;
  /** Fuente, Monto, % del total; every source, then "Total". */
  bySource: PmeReportTable;
  /** Dimensión, Monto, % del total; every dimension, then "Total". */
  byDimension: PmeReportTable;
  total: string;
  sep: {
    /** Formatted declared SEP budget; null when the year has none. */
    declared: string | null;
    actions: string;
    exceeded: boolean;
    /** The Spanish warning of budget.ts when exceeded, else null. */
    warning: string | null;
    /** One sentence for the document in every case. */
    message: string;
  };
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

export const ACTION_HEADERS = ['N°', 'Acción', 'Subdimensiones', 'Inicio', 'Término', 'Responsable', 'Medios de verificación', 'Total'];

/** An indicator value: integer as is, otherwise up to two decimals with a decimal comma. */
export function formatIndicatorValue(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return NO_VALUE;
  for (const decimals of [0, 1]) {
    if (Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) < 1e-9) return formatNumber(n, decimals);
  }
  return formatNumber(n, 2);
}

const share = (part: number, total: number): string => (total > 0 ? formatPercent((part / total) * 100, 1) : NO_VALUE);
const orDash = (s: string): string => (s.trim() === '' ? NO_VALUE : s.trim());

function goalContent(number: string, goal: StrategicGoal, years: readonly number[]): PmeReportGoal {
  const { baseline } = goal;
  const baselineValue = formatIndicatorValue(baseline.value);
  const baselineYear = baseline.year === null ? '' : String(baseline.year);
  const baselineSource = baseline.source.trim();
  const composed = [baselineValue, baselineYear ? ` (${baselineYear})` : '', baselineSource ? ` · ${baselineSource}` : ''].join('');
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

function actionRow(a: PmeAction, n: number): string[] {
  return [
    String(n),
    a.nombre,
    subdimensionLabels(a.subdimensiones),
    formatIsoDate(a.fechaInicio),
    formatIsoDate(a.fechaTermino),
    orDash(a.responsable),
    orDash(joinMeans(a.mediosVerificacion)),
    formatPesos(actionTotal(a)),
  ];
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
      subtotal: formatPesos(own.reduce((s, a) => s + actionTotal(a), 0)),
    });
  }
  return { year, headers: ACTION_HEADERS, groups, count: actions.length, total: formatPesos(actions.reduce((s, a) => s + actionTotal(a), 0)) };
}

function budgetContent(plan: PmePlan, actions: readonly PmeAction[], year: number): PmeReportBudget {
  const summary = budgetSummary(actions);
  const total = formatPesos(summary.total);
  const bySource: PmeReportTable = {
    headers: ['Fuente de financiamiento', 'Monto', '% del total'],
    rows: [
      ...FUNDING_SOURCES.map((f) => [f.label, formatPesos(summary.bySource[f.code]), share(summary.bySource[f.code], summary.total)]),
      ['Total', total, share(summary.total, summary.total)],
    ],
  };
  const byDimension: PmeReportTable = {
    headers: ['Dimensión', 'Monto', '% del total'],
    rows: [
      ...DIMENSIONS.map((d) => [d.label, formatPesos(summary.byDimension[d.code]), share(summary.byDimension[d.code], summary.total)]),
      ['Total', total, share(summary.total, summary.total)],
    ],
  };
  const declared = plan.annual.find((a) => a.year === year)?.declaredSep ?? null;
  const sepTotal = formatPesos(summary.bySource.sep);
  if (declared === null) {
    return {
      year,
      bySource,
      byDimension,
      total,
      sep: {
        declared: null,
        actions: sepTotal,
        exceeded: false,
        warning: null,
        message: `No se ha declarado el presupuesto SEP para ${year}; el total SEP de las acciones es ${sepTotal}.`,
      },
    };
  }
  const check = checkSepBudget(actions, declared);
  const message =
    check.warning ??
    `El total SEP de las acciones (${sepTotal}) está dentro del presupuesto SEP declarado para el año (${formatPesos(declared)}).`;
  return {
    year,
    bySource,
    byDimension,
    total,
    sep: { declared: formatPesos(declared), actions: sepTotal, exceeded: check.exceeded, warning: check.warning, message },
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
    rbd: `${String(school.rbd).trim()}-${school.dv.trim()}`,
    comuna: school.comuna,
    dependencia: school.dependencia?.trim() || null,
    cycle,
    cycleYears: years,
    year,
    versionLabel: version.label,
    versionDate,
  };
  const index = indexPlan(plan);
  const areas = PME_AREAS.map(
    (area): PmeReportArea => ({
      code: area.code,
      label: area.label,
      objectives: index.objectives.filter((o) => o.objective.dimension === area.code).map((o) => objectiveContent(o, years)),
    }),
  );
  const actions = actionsOfYear(plan, year);
  return {
    title: PME_REPORT_TITLE,
    cover,
    footer: `${version.label} · ${versionDate}`,
    identity: { vision: plan.vision.trim(), sellos: plan.sellos.map((s) => s.text.trim()).filter((s) => s !== '') },
    areas,
    actions: actionsContent(actions, year),
    budget: budgetContent(plan, actions, year),
  };
}

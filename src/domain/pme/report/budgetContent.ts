// The budget part of the PME document: the year's amounts per source and per dimension with their
// share of the total, and the SEP check against the declared budget. The annual tab shows the same.
import { DIMENSIONS } from '../../mge/modelo.ts';
import { budgetSummary, checkSepBudget } from '../budget.ts';
import { FUNDING_SOURCES } from '../model.ts';
import type { PmeAction, PmePlan } from '../model.ts';
import { formatPesos } from '../../shared/money.ts';
import { formatPercent } from '../../shared/numbers.ts';
import { actionsOfYear } from './planIndex.ts';

/** What a cell without a value prints. */
export const NO_VALUE = '—';

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

const share = (part: number, total: number): string => (total > 0 ? formatPercent((part / total) * 100) : NO_VALUE);

/** Amount and share per entry, then the total: the by-source and by-dimension tables. */
function shareTable(
  first: string,
  entries: readonly { label: string; amount: number }[],
  total: number,
): PmeReportTable {
  const row = (label: string, amount: number) => [label, formatPesos(amount), share(amount, total)];
  return {
    headers: [first, 'Monto', '% del total'],
    rows: [...entries.map((e) => row(e.label, e.amount)), row('Total', total)],
  };
}

/** The SEP check; with no declared budget, only the actions' SEP total. */
function sepCheck(actions: readonly PmeAction[], declared: number | null, sepTotal: number, year: number) {
  const actionsSep = formatPesos(sepTotal);
  if (declared === null) {
    const message = `No se ha declarado el presupuesto SEP para ${year}; el total SEP de las acciones es ${actionsSep}.`;
    return { declared: null, actions: actionsSep, exceeded: false, warning: null, message };
  }
  const check = checkSepBudget(actions, declared);
  const message =
    check.warning ??
    `El total SEP de las acciones (${actionsSep}) está dentro del presupuesto SEP declarado para el año ` +
      `(${formatPesos(declared)}).`;
  const { exceeded, warning } = check;
  return { declared: formatPesos(declared), actions: actionsSep, exceeded, warning, message };
}

export function budgetContent(plan: PmePlan, actions: readonly PmeAction[], year: number): PmeReportBudget {
  const summary = budgetSummary(actions);
  const sources = FUNDING_SOURCES.map((f) => ({ label: f.label, amount: summary.bySource[f.code] }));
  const dimensions = DIMENSIONS.map((d) => ({ label: d.label, amount: summary.byDimension[d.code] }));
  const declared = plan.annual.find((a) => a.year === year)?.declaredSep ?? null;
  return {
    year,
    bySource: shareTable('Fuente de financiamiento', sources, summary.total),
    byDimension: shareTable('Dimensión', dimensions, summary.total),
    total: formatPesos(summary.total),
    sep: sepCheck(actions, declared, summary.bySource.sep, year),
  };
}

/** The budget of the annual plan `year` (tables and SEP check), as the annual tab and the document show it. */
export function pmeBudgetContent(plan: PmePlan, year: number): PmeReportBudget {
  return budgetContent(plan, actionsOfYear(plan, year), year);
}

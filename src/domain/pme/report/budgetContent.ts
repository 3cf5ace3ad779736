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

export function budgetContent(plan: PmePlan, actions: readonly PmeAction[], year: number): PmeReportBudget {
  const summary = budgetSummary(actions);
  const total = formatPesos(summary.total);
  const row = (label: string, amount: number) => [label, formatPesos(amount), share(amount, summary.total)];
  const bySource: PmeReportTable = {
    headers: ['Fuente de financiamiento', 'Monto', '% del total'],
    rows: [
      ...FUNDING_SOURCES.map((f) => row(f.label, summary.bySource[f.code])),
      ['Total', total, share(summary.total, summary.total)],
    ],
  };
  const byDimension: PmeReportTable = {
    headers: ['Dimensión', 'Monto', '% del total'],
    rows: [
      ...DIMENSIONS.map((d) => row(d.label, summary.byDimension[d.code])),
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
    `El total SEP de las acciones (${sepTotal}) está dentro del presupuesto SEP declarado para el año ` +
      `(${formatPesos(declared)}).`;
  return {
    year,
    bySource,
    byDimension,
    total,
    sep: {
      declared: formatPesos(declared),
      actions: sepTotal,
      exceeded: check.exceeded,
      warning: check.warning,
      message,
    },
  };
}

/** The budget of the annual plan `year` (tables and SEP check), as the annual tab and the document show it. */
export function pmeBudgetContent(plan: PmePlan, year: number): PmeReportBudget {
  return budgetContent(plan, actionsOfYear(plan, year), year);
}

// Budget of the annual plan (issue 4, item 3): totals per funding source, per dimension and overall,
// and the SEP total checked against the school's declared SEP budget for the year.
// Amounts are estimates (monto estimado), integer pesos. Callers pass the actions of one year.
import { DIMENSIONS } from '../mge/modelo.ts';
import type { DimensionCode } from '../mge/modelo.ts';
import { FUNDING_SOURCES } from './model.ts';
import type { Funding, FundingSourceCode, PmeAction } from './model.ts';
import { formatPesos, pesos } from '../shared/money.ts';
import type { Pesos } from '../shared/money.ts';

type Fundable = Pick<PmeAction, 'financiamiento'>;

/** Total of one action over every source (the ESTIM_TOTAL of Mineduc's open data). */
export function actionTotal(action: Fundable): Pesos {
  return pesos(FUNDING_SOURCES.reduce((sum, f) => sum + action.financiamiento[f.code], 0));
}

/** Per source, every source present (0 when none). */
export function totalsBySource(actions: readonly Fundable[]): Record<FundingSourceCode, Pesos> {
  const out = Object.fromEntries(FUNDING_SOURCES.map((f) => [f.code, 0])) as Record<FundingSourceCode, number>;
  for (const a of actions) for (const f of FUNDING_SOURCES) out[f.code] += a.financiamiento[f.code];
  return Object.fromEntries(FUNDING_SOURCES.map((f) => [f.code, pesos(out[f.code])])) as Funding;
}

/** Per dimension of the MGE (every dimension present), each the sum of its actions' totals. */
export function totalsByDimension(
  actions: readonly Pick<PmeAction, 'financiamiento' | 'dimension'>[],
): Record<DimensionCode, Pesos> {
  const out = Object.fromEntries(DIMENSIONS.map((d) => [d.code, 0])) as Record<DimensionCode, number>;
  for (const a of actions) out[a.dimension] += actionTotal(a);
  return Object.fromEntries(DIMENSIONS.map((d) => [d.code, pesos(out[d.code])])) as Record<DimensionCode, Pesos>;
}

export function grandTotal(actions: readonly Fundable[]): Pesos {
  return pesos(actions.reduce((sum, a) => sum + actionTotal(a), 0));
}

export interface BudgetSummary {
  bySource: Record<FundingSourceCode, Pesos>;
  byDimension: Record<DimensionCode, Pesos>;
  total: Pesos;
}

export function budgetSummary(actions: readonly Pick<PmeAction, 'financiamiento' | 'dimension'>[]): BudgetSummary {
  return { bySource: totalsBySource(actions), byDimension: totalsByDimension(actions), total: grandTotal(actions) };
}

export interface SepCheck {
  /** SEP total of the actions. */
  total: Pesos;
  declared: Pesos;
  /** total > declared (spending exactly the declared budget is fine). */
  exceeded: boolean;
  /** total − declared when exceeded, else 0. */
  excess: Pesos;
  /** Spanish warning when exceeded, else null. */
  warning: string | null;
}

export function sepWarning(total: number, declared: number): string {
  return (
    `El total SEP de las acciones (${formatPesos(total)}) supera el presupuesto SEP declarado para el año ` +
    `(${formatPesos(declared)}) en ${formatPesos(total - declared)}.`
  );
}

export function checkSepBudget(actions: readonly Fundable[], declaredSep: number): SepCheck {
  const total = totalsBySource(actions).sep;
  const declared = pesos(declaredSep);
  const exceeded = total > declared;
  return {
    total,
    declared,
    exceeded,
    excess: pesos(exceeded ? total - declared : 0),
    warning: exceeded ? sepWarning(total, declared) : null,
  };
}

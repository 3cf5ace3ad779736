// Domain bounds of what people type (rule B-1, docs/spec/records.md): one place per bound, each with
// the Spanish message shown under the field. Screens and the data layer validate against these, so
// a value out of bounds stays in its field with the message and is never written.
// Values already stored out of bounds are read back as they are (never dropped) and shown with the
// same message (`…Error` functions below), so the person can correct them.
import { z } from 'zod';
import { formatPesos } from './shared/money.ts';
import { formatPercent } from './shared/numbers.ts';
import { formatIsoDate } from './shared/localDates.ts';

/** "5000" → "5.000" (es-CL thousands), by hand like formatPesos so no locale data is needed. */
export const formatCount = (n: number) => formatPesos(n).replace('$ ', '');

// ——— people ———

/**
 * Counts of people (a group's size, participants): the largest Chilean schools enrol about 4.000
 * students, so 5.000 people in one estamento is beyond any real school and catches a slipped key.
 */
export const PEOPLE_MAX = 5000;
export const PEOPLE_MESSAGE = `Ingrese un número entero entre 0 y ${formatCount(PEOPLE_MAX)}`;
export const peopleCountSchema = z
  .number({ message: PEOPLE_MESSAGE })
  .int({ message: PEOPLE_MESSAGE })
  .min(0, { message: PEOPLE_MESSAGE })
  .max(PEOPLE_MAX, { message: PEOPLE_MESSAGE });

// ——— percentages ———

/** Rounding of figures given with one decimal (e.g. 50,5 + 49,6) is tolerated up to this much. */
export const PERCENT_SUM_TOLERANCE = 0.5;

const decimal = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/**
 * Aprobación and reprobación of one year are shares of the same enrolment: together at most 100 %.
 * (Retiro is not a field of the eficiencia interna we keep; it is what is left.) Null when they fit
 * or one of them is unknown.
 */
export function passFailSumError(year: number, aprobacion: number | null, reprobacion: number | null): string | null {
  if (aprobacion === null || reprobacion === null) return null;
  const sum = aprobacion + reprobacion;
  if (sum <= 100 + PERCENT_SUM_TOLERANCE) return null;
  const p = (n: number) => formatPercent(n, 1, true);
  return `En ${year}, aprobación (${p(aprobacion)}) y reprobación (${p(reprobacion)}) suman ${p(sum)}: no pueden superar ${p(100)}`;
}

// ——— years ———

/** No PME, PEI plan or baseline the app handles predates the SEP law's first years. */
export const YEAR_MIN = 1990;
/** Plans look ahead a 4-year cycle at most; ten years leaves room and still catches 3000. */
export const YEARS_AHEAD = 10;

export const yearWindow = (currentYear: number) => ({ min: YEAR_MIN, max: currentYear + YEARS_AHEAD });
export const yearMessage = (currentYear: number) => `Ingrese un año entre ${YEAR_MIN} y ${yearWindow(currentYear).max}`;

/** A year within 1990 … current year + 10; the current year is passed in (the domain has no clock). */
export function yearSchema(currentYear: number) {
  const { min, max } = yearWindow(currentYear);
  const message = yearMessage(currentYear);
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message });
}

export function yearError(year: number | null, currentYear: number): string | null {
  return year === null || yearSchema(currentYear).safeParse(year).success ? null : yearMessage(currentYear);
}

// ——— money ———

// ——— indicators ———

export interface IndicatorBounds {
  unit: string;
  min: number | null;
  max: number | null;
}

/** The indicator's possible range: its min and max; a '%' indicator is 0–100 where they are blank. */
export function indicatorRange(i: IndicatorBounds): { min: number | null; max: number | null } {
  return { min: i.min ?? (i.unit === '%' ? 0 : null), max: i.max ?? (i.unit === '%' ? 100 : null) };
}

/** A meta, baseline or reading of the indicator outside its range is an error (not a warning). */
export function indicatorValueError(i: IndicatorBounds, value: number | null): string | null {
  if (value === null) return null;
  const { min, max } = indicatorRange(i);
  if ((min === null || value >= min) && (max === null || value <= max)) return null;
  const unit = i.unit === '%' ? ' %' : '';
  if (min !== null && max !== null)
    return `Ingrese un valor entre ${decimal(min)} y ${decimal(max)}${unit} (rango del indicador)`;
  if (min !== null) return `Ingrese un valor de al menos ${decimal(min)}${unit} (mínimo del indicador)`;
  return `Ingrese un valor de como máximo ${decimal(max!)}${unit} (máximo del indicador)`;
}

/**
 * FT-1: a reading is dated inside its corte. A typo of the year (2062 for 2026) would otherwise become
 * the corte's latest reading and decide the dashboard's "valor del corte" and the target it is held to.
 */
export function readingDateError(date: string, corte: { start: string; end: string }): string | null {
  if (date >= corte.start && date <= corte.end) return null;
  return `La fecha debe estar dentro del corte (${formatIsoDate(corte.start)} a ${formatIsoDate(corte.end)})`;
}

// ——— long texts ———

/** The counter under a long text appears from this share of its limit (80 %). */
export const TEXT_COUNTER_FROM = 0.8;

export function textCounter(length: number, max: number): { visible: boolean; label: string; full: boolean } {
  return {
    visible: length >= max * TEXT_COUNTER_FROM,
    label: `${formatCount(length)} / ${formatCount(max)}`,
    full: length >= max,
  };
}

/** B-2: what to say when a paste does not fit (the field keeps what fits); null when it fits. */
export function pasteOverflowNotice(
  currentLength: number,
  selectedLength: number,
  pastedLength: number,
  max: number,
): string | null {
  const room = Math.max(0, max - (currentLength - selectedLength));
  if (pastedLength <= room) return null;
  return `Se pegaron ${formatCount(room)} de ${formatCount(pastedLength)} caracteres: el máximo es ${formatCount(max)}`;
}

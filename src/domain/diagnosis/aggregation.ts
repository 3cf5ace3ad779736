// Aggregation of the participatory instruments (docs/domain.md §5): participation per stakeholder
// group and the 4-level scale averaged per subdimension and dimension of the MGE (§3).
//
// Rules, exactly as implemented:
// - Duplicates: responses sharing an id are one response (replicas merged twice never double
//   count). Of the copies, the one kept is the completed one, then the one with more answers
//   (scale + open), then the first in input order. `duplicates` counts the copies dropped.
// - Items are resolved with the response's own instrumentId AND instrumentVersion: a response to
//   v1 is scored with v1's items even if v2 moved an item to another subdimension. Scale answers to
//   an item that is not a scale item of that version, open answers to an item that is not an open
//   item of that version, every answer of a response whose instrument version is unknown, and
//   values outside 1–4/'ns' are ignored and counted in `ignoredAnswers` (scale and open together).
// - The group is the response's own `group`.
// - A response participates when it has at least one recognised answer (a scale answer, 'ns'
//   included, or a non-blank open answer). Only participating responses add to `missing`.
// - Cell (subdimension × group): mean = sum / n over the answers 1–4 only (null when n = 0);
//   notKnown = count of 'ns'; missing = scale items of the response's version in that
//   subdimension that the response left unanswered.
// - Dimension × group: the same counts over the dimension's three subdimensions, mean = mean of all
//   valid answers of the group in the dimension (each answer weighs the same).
// - Overall (per subdimension, per dimension): `mean` = mean of all valid answers of every group
//   (each answer weighs the same); `groupBalancedMean` = mean of the group means (each group weighs
//   the same; groups without valid answers are left out; null when no group has any).
// - Participation: rate = responses / population, null when the population is missing, not a
//   finite number ≥ 0, or 0. Totals: responses of every group; population = sum of the known
//   populations (null when none); rate = responses of the groups with a population > 0 divided by
//   the sum of those populations (null when that sum is 0).
// - Nothing is rounded; rounding is for display. The result is plain data (JSON-serialisable).
import { DIMENSIONS, SUBDIMENSIONS, type DimensionCode, type SubdimensionCode } from '../mge/modelo.ts';
import type { Instrument, Response, StakeholderGroup } from './model.ts';
import { GROUP_CODES, addInto, newAcc, tallyResponses, type Acc } from './aggregationTally.ts';

export interface CellStats {
  /** Mean of the answers 1–4; null when there are none. Not rounded. */
  mean: number | null;
  /** Valid answers (1–4). */
  n: number;
  /** 'ns' answers ("No sé / No aplica"). */
  notKnown: number;
  /** Scale items of the response's instrument version left unanswered. */
  missing: number;
}

export interface OverallStats extends CellStats {
  /** Mean of the group means: each group with valid answers weighs the same. */
  groupBalancedMean: number | null;
  /** Groups with at least one valid answer. */
  groupsWithAnswers: number;
}

export interface GroupParticipation {
  responses: number;
  population: number | null;
  rate: number | null;
}

export interface DiagnosisAggregate {
  participation: {
    groups: Record<StakeholderGroup, GroupParticipation>;
    total: GroupParticipation;
  };
  /** cells[subdimension][group]. */
  cells: Record<SubdimensionCode, Record<StakeholderGroup, CellStats>>;
  subdimensions: Record<SubdimensionCode, OverallStats>;
  /** dimensionCells[dimension][group]. */
  dimensionCells: Record<DimensionCode, Record<StakeholderGroup, CellStats>>;
  dimensions: Record<DimensionCode, OverallStats>;
  ignoredAnswers: number;
  /** Copies dropped because another response had the same id. */
  duplicates: number;
}

const toCell = (a: Acc): CellStats => ({
  mean: a.n > 0 ? a.sum / a.n : null,
  n: a.n,
  notKnown: a.notKnown,
  missing: a.missing,
});

function overall(perGroup: readonly Acc[]): OverallStats {
  const total = newAcc();
  let meanSum = 0;
  let groupsWithAnswers = 0;
  for (const a of perGroup) {
    addInto(total, a);
    if (a.n > 0) {
      meanSum += a.sum / a.n;
      groupsWithAnswers++;
    }
  }
  return {
    ...toCell(total),
    groupBalancedMean: groupsWithAnswers > 0 ? meanSum / groupsWithAnswers : null,
    groupsWithAnswers,
  };
}

const rowOf = (perGroup: readonly Acc[]) =>
  Object.fromEntries(GROUP_CODES.map((code, gi) => [code, toCell(perGroup[gi] ?? newAcc())])) as Record<
    StakeholderGroup,
    CellStats
  >;

/** The tally's subdimension cells, and the same counts summed per dimension. */
function rollUp(
  tallied: readonly Acc[],
): Pick<DiagnosisAggregate, 'cells' | 'subdimensions' | 'dimensionCells' | 'dimensions'> {
  const G = GROUP_CODES.length;
  const cells = {} as DiagnosisAggregate['cells'];
  const subdimensions = {} as DiagnosisAggregate['subdimensions'];
  const dimAcc = new Map<DimensionCode, Acc[]>(DIMENSIONS.map((d) => [d.code, Array.from({ length: G }, newAcc)]));
  SUBDIMENSIONS.forEach((s, si) => {
    const perGroup = GROUP_CODES.map((_, gi) => tallied[si * G + gi] ?? newAcc());
    const dim = dimAcc.get(s.dimension) ?? [];
    perGroup.forEach((a, gi) => {
      const d = dim[gi];
      if (d !== undefined) addInto(d, a);
    });
    cells[s.code] = rowOf(perGroup);
    subdimensions[s.code] = overall(perGroup);
  });
  const dimensionCells = {} as DiagnosisAggregate['dimensionCells'];
  const dimensions = {} as DiagnosisAggregate['dimensions'];
  for (const d of DIMENSIONS) {
    const perGroup = dimAcc.get(d.code) ?? [];
    dimensionCells[d.code] = rowOf(perGroup);
    dimensions[d.code] = overall(perGroup);
  }
  return { cells, subdimensions, dimensionCells, dimensions };
}

function validPopulation(p: number | undefined): number | null {
  return typeof p === 'number' && Number.isFinite(p) && p >= 0 ? p : null;
}

function participationOf(
  participants: readonly number[],
  population: Partial<Record<StakeholderGroup, number>>,
): DiagnosisAggregate['participation'] {
  const groups = {} as Record<StakeholderGroup, GroupParticipation>;
  let totalResponses = 0;
  let knownPopulation: number | null = null;
  let ratedResponses = 0;
  let ratedPopulation = 0;
  GROUP_CODES.forEach((code, gi) => {
    const count = participants[gi] ?? 0;
    const pop = validPopulation(population[code]);
    groups[code] = { responses: count, population: pop, rate: pop !== null && pop > 0 ? count / pop : null };
    totalResponses += count;
    if (pop !== null) knownPopulation = (knownPopulation ?? 0) + pop;
    if (pop !== null && pop > 0) {
      ratedResponses += count;
      ratedPopulation += pop;
    }
  });
  const total: GroupParticipation = {
    responses: totalResponses,
    population: knownPopulation,
    rate: ratedPopulation > 0 ? ratedResponses / ratedPopulation : null,
  };
  return { groups, total };
}

export function aggregateDiagnosis(
  instruments: readonly Instrument[],
  responses: readonly Response[],
  population: Partial<Record<StakeholderGroup, number>>,
): DiagnosisAggregate {
  const tally = tallyResponses(instruments, responses);
  return {
    participation: participationOf(tally.participants, population),
    ...rollUp(tally.cells),
    ignoredAnswers: tally.ignoredAnswers,
    duplicates: tally.duplicates,
  };
}

/**
 * The one diagnosis average: the mean of the valid answers of `groups` (every group when not
 * given) in a row of cells, each answer weighing the same. With every group it is the `mean` of
 * the dimension or subdimension; the screen, the Informe Diagnóstico and the evaluation's impact
 * all read their averages through it.
 */
export function pooledMean(
  cells: Record<StakeholderGroup, CellStats>,
  groups: readonly StakeholderGroup[] = GROUP_CODES,
): { mean: number | null; n: number } {
  let sum = 0;
  let n = 0;
  for (const g of groups) {
    const c = cells[g];
    if (c.mean === null || c.n === 0) continue;
    // Answers are the integers 1–4, so a cell's sum is an integer: rounding recovers it exactly and
    // the result is bit for bit the `mean` aggregateDiagnosis computes over the same answers.
    sum += Math.round(c.mean * c.n);
    n += c.n;
  }
  return { mean: n > 0 ? sum / n : null, n };
}

export const dimensionMean = (
  agg: DiagnosisAggregate,
  dimension: DimensionCode,
  groups?: readonly StakeholderGroup[],
) => pooledMean(agg.dimensionCells[dimension], groups);
export const subdimensionMean = (
  agg: DiagnosisAggregate,
  subdimension: SubdimensionCode,
  groups?: readonly StakeholderGroup[],
) => pooledMean(agg.cells[subdimension], groups);

/** The groups with at least one participating response. */
export const answeringGroups = (agg: DiagnosisAggregate): StakeholderGroup[] =>
  GROUP_CODES.filter((g) => agg.participation.groups[g].responses > 0);

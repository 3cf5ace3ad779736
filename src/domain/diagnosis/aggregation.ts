// Aggregation of the participatory instruments (domain.md §5): participation per stakeholder
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
import { STAKEHOLDER_GROUPS, instrumentKey } from './model.ts';
import type { Instrument, Item, Response, StakeholderGroup } from './model.ts';

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

interface Acc {
  sum: number;
  n: number;
  notKnown: number;
  missing: number;
}

const GROUP_CODES: readonly StakeholderGroup[] = STAKEHOLDER_GROUPS.map((g) => g.code);
const GROUP_INDEX = new Map<string, number>(GROUP_CODES.map((g, i) => [g, i]));
const SUB_INDEX = new Map<string, number>(SUBDIMENSIONS.map((s, i) => [s.code, i]));

const newAcc = (): Acc => ({ sum: 0, n: 0, notKnown: 0, missing: 0 });
const toCell = (a: Acc): CellStats => ({
  mean: a.n > 0 ? a.sum / a.n : null,
  n: a.n,
  notKnown: a.notKnown,
  missing: a.missing,
});

function answerCount(r: Response): number {
  return Object.keys(r.answers).length + Object.keys(r.openAnswers).length;
}

/** Keeps one copy per response id (see the header for which one). */
function dedupe(responses: readonly Response[]): { kept: Response[]; duplicates: number } {
  const byId = new Map<string, Response>();
  let duplicates = 0;
  for (const r of responses) {
    const prev = byId.get(r.id);
    if (prev === undefined) {
      byId.set(r.id, r);
      continue;
    }
    duplicates++;
    const prevDone = prev.completedAt !== null;
    const curDone = r.completedAt !== null;
    if ((curDone && !prevDone) || (curDone === prevDone && answerCount(r) > answerCount(prev))) byId.set(r.id, r);
  }
  return { kept: [...byId.values()], duplicates };
}

function overall(perGroup: readonly Acc[]): OverallStats {
  const total = newAcc();
  let meanSum = 0;
  let groupsWithAnswers = 0;
  for (const a of perGroup) {
    total.sum += a.sum;
    total.n += a.n;
    total.notKnown += a.notKnown;
    total.missing += a.missing;
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

function validPopulation(p: number | undefined): number | null {
  return typeof p === 'number' && Number.isFinite(p) && p >= 0 ? p : null;
}

// eslint-disable-next-line max-lines-per-function -- steps share the grouped answers
export function aggregateDiagnosis(
  instruments: readonly Instrument[],
  responses: readonly Response[],
  population: Partial<Record<StakeholderGroup, number>>,
): DiagnosisAggregate {
  // Index: "id@version" → itemId → item (the first instrument with a key wins).
  const index = new Map<string, { items: Map<string, Item>; scale: { id: string; sub: number }[] }>();
  for (const ins of instruments) {
    const key = instrumentKey(ins.id, ins.version);
    if (index.has(key)) continue;
    const items = new Map<string, Item>();
    const scale: { id: string; sub: number }[] = [];
    for (const item of ins.items) {
      if (items.has(item.id)) continue;
      items.set(item.id, item);
      const sub = item.kind === 'scale' ? SUB_INDEX.get(item.subdimension) : undefined;
      if (sub !== undefined) scale.push({ id: item.id, sub });
    }
    index.set(key, { items, scale });
  }

  const G = GROUP_CODES.length;
  // acc[sub * G + group]
  const acc: Acc[] = Array.from({ length: SUBDIMENSIONS.length * G }, newAcc);
  const participants = new Array<number>(G).fill(0);
  let ignoredAnswers = 0;
  const { kept, duplicates } = dedupe(responses);

  for (const r of kept) {
    const answers = Object.entries(r.answers);
    const opens = Object.entries(r.openAnswers);
    const g = GROUP_INDEX.get(r.group);
    const ins = index.get(instrumentKey(r.instrumentId, r.instrumentVersion));
    if (g === undefined || ins === undefined) {
      ignoredAnswers += answers.length + opens.length;
      continue;
    }
    let recognised = 0;
    const pending: Acc[] = []; // cells touched, applied only if the response participates
    const pendingValues: (number | 'ns')[] = [];
    for (const [itemId, value] of answers) {
      const item = ins.items.get(itemId);
      const sub = item?.kind === 'scale' ? SUB_INDEX.get(item.subdimension) : undefined;
      const cell = sub === undefined ? undefined : acc[sub * G + g];
      if (cell === undefined || !(value === 'ns' || value === 1 || value === 2 || value === 3 || value === 4)) {
        ignoredAnswers++;
        continue;
      }
      recognised++;
      pending.push(cell);
      pendingValues.push(value);
    }
    for (const [itemId, text] of opens) {
      if (ins.items.get(itemId)?.kind !== 'open' || typeof text !== 'string') {
        ignoredAnswers++;
        continue;
      }
      if (text.trim() !== '') recognised++;
    }
    if (recognised === 0) continue;
    participants[g] = (participants[g] ?? 0) + 1;
    pending.forEach((cell, i) => {
      const v = pendingValues[i];
      if (v === 'ns') cell.notKnown++;
      else if (v !== undefined) {
        cell.sum += v;
        cell.n++;
      }
    });
    for (const { id, sub } of ins.scale) {
      const cell = acc[sub * G + g];
      if (cell !== undefined && !Object.hasOwn(r.answers, id)) cell.missing++;
    }
  }

  const cells = {} as DiagnosisAggregate['cells'];
  const subdimensions = {} as DiagnosisAggregate['subdimensions'];
  const dimAcc = new Map<DimensionCode, Acc[]>(DIMENSIONS.map((d) => [d.code, Array.from({ length: G }, newAcc)]));
  SUBDIMENSIONS.forEach((s, si) => {
    const perGroup = GROUP_CODES.map((_, gi) => acc[si * G + gi] ?? newAcc());
    const row = {} as Record<StakeholderGroup, CellStats>;
    const dim = dimAcc.get(s.dimension) ?? [];
    perGroup.forEach((a, gi) => {
      row[GROUP_CODES[gi] as StakeholderGroup] = toCell(a);
      const d = dim[gi];
      if (d !== undefined) {
        d.sum += a.sum;
        d.n += a.n;
        d.notKnown += a.notKnown;
        d.missing += a.missing;
      }
    });
    cells[s.code] = row;
    subdimensions[s.code] = overall(perGroup);
  });

  const dimensionCells = {} as DiagnosisAggregate['dimensionCells'];
  const dimensions = {} as DiagnosisAggregate['dimensions'];
  for (const d of DIMENSIONS) {
    const perGroup = dimAcc.get(d.code) ?? [];
    const row = {} as Record<StakeholderGroup, CellStats>;
    perGroup.forEach((a, gi) => (row[GROUP_CODES[gi] as StakeholderGroup] = toCell(a)));
    dimensionCells[d.code] = row;
    dimensions[d.code] = overall(perGroup);
  }

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

  return {
    participation: { groups, total },
    cells,
    subdimensions,
    dimensionCells,
    dimensions,
    ignoredAnswers,
    duplicates,
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

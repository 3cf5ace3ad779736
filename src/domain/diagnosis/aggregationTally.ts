// The first step of aggregateDiagnosis (rules in aggregation.ts's header): one pass over the de-duplicated
// responses that adds every recognised scale answer to its subdimension × group cell, counts the
// participants per group and the answers ignored. Cells are flat: `cells[sub * GROUP_CODES.length + group]`.
import { SUBDIMENSIONS } from '../mge/modelo.ts';
import { STAKEHOLDER_GROUPS, instrumentKey } from './model.ts';
import type { Instrument, Item, Response, StakeholderGroup } from './model.ts';

export interface Acc {
  sum: number;
  n: number;
  notKnown: number;
  missing: number;
}

export const GROUP_CODES: readonly StakeholderGroup[] = STAKEHOLDER_GROUPS.map((g) => g.code);
const G = GROUP_CODES.length;
const GROUP_INDEX = new Map<string, number>(GROUP_CODES.map((g, i) => [g, i]));
const SUB_INDEX = new Map<string, number>(SUBDIMENSIONS.map((s, i) => [s.code, i]));

export const newAcc = (): Acc => ({ sum: 0, n: 0, notKnown: 0, missing: 0 });

export function addInto(target: Acc, a: Acc): void {
  target.sum += a.sum;
  target.n += a.n;
  target.notKnown += a.notKnown;
  target.missing += a.missing;
}

function answerCount(r: Response): number {
  return Object.keys(r.answers).length + Object.keys(r.openAnswers).length;
}

/** Keeps one copy per response id (see aggregation.ts's header for which one). */
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

interface IndexedInstrument {
  items: Map<string, Item>;
  /** Its scale items with their subdimension's index. */
  scale: { id: string; sub: number }[];
}

/** "id@version" → its items (the first instrument with a key wins; the first item with an id wins). */
function indexInstruments(instruments: readonly Instrument[]): Map<string, IndexedInstrument> {
  const index = new Map<string, IndexedInstrument>();
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
  return index;
}

const isScaleValue = (v: unknown): v is number | 'ns' => v === 'ns' || v === 1 || v === 2 || v === 3 || v === 4;

/** One response's recognised answers; nothing is applied yet (it may not participate). */
function readResponse(r: Response, ins: IndexedInstrument) {
  const scale: { sub: number; value: number | 'ns' }[] = [];
  let ignored = 0;
  let openRecognised = 0;
  for (const [itemId, value] of Object.entries(r.answers)) {
    const item = ins.items.get(itemId);
    const sub = item?.kind === 'scale' ? SUB_INDEX.get(item.subdimension) : undefined;
    if (sub === undefined || !isScaleValue(value)) ignored++;
    else scale.push({ sub, value });
  }
  for (const [itemId, text] of Object.entries(r.openAnswers)) {
    if (ins.items.get(itemId)?.kind !== 'open' || typeof text !== 'string') ignored++;
    else if (text.trim() !== '') openRecognised++;
  }
  return { scale, ignored, participates: scale.length + openRecognised > 0 };
}

/** Adds a participating response of group `g` to the cells: its answers and the scale items it left blank. */
function applyResponse(
  cells: Acc[],
  g: number,
  r: Response,
  ins: IndexedInstrument,
  scale: ReturnType<typeof readResponse>['scale'],
) {
  for (const { sub, value } of scale) {
    const cell = cells[sub * G + g];
    if (cell === undefined) continue;
    if (value === 'ns') cell.notKnown++;
    else {
      cell.sum += value;
      cell.n++;
    }
  }
  for (const { id, sub } of ins.scale) {
    const cell = cells[sub * G + g];
    if (cell !== undefined && !Object.hasOwn(r.answers, id)) cell.missing++;
  }
}

export interface Tally {
  cells: Acc[];
  participants: number[];
  ignoredAnswers: number;
  duplicates: number;
}

export function tallyResponses(instruments: readonly Instrument[], responses: readonly Response[]): Tally {
  const index = indexInstruments(instruments);
  const cells: Acc[] = Array.from({ length: SUBDIMENSIONS.length * G }, newAcc);
  const participants = new Array<number>(G).fill(0);
  let ignoredAnswers = 0;
  const { kept, duplicates } = dedupe(responses);
  for (const r of kept) {
    const g = GROUP_INDEX.get(r.group);
    const ins = index.get(instrumentKey(r.instrumentId, r.instrumentVersion));
    if (g === undefined || ins === undefined) {
      ignoredAnswers += answerCount(r);
      continue;
    }
    const read = readResponse(r, ins);
    ignoredAnswers += read.ignored;
    if (!read.participates) continue;
    participants[g] = (participants[g] ?? 0) + 1;
    applyResponse(cells, g, r, ins, read.scale);
  }
  return { cells, participants, ignoredAnswers, duplicates };
}

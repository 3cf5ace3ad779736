// Finds an item by instrument id, version and item id, over every version kept, so aggregation
// and reports read each answer with the wording (and subdimension) it was answered with.
//
// Rules: all versions of all instruments are indexed; when the same instrument version appears
// twice in the input, the first one wins; within a version, the first item with an id wins.
// Unknown instrument, version or item → undefined. The index is built once; later changes to the
// input arrays do not affect it.
import { instrumentKey } from './model.ts';
import type { Instrument, Item } from './model.ts';

export type ItemLookup = (instrumentId: string, version: number, itemId: string) => Item | undefined;

export function buildItemIndex(instruments: readonly Instrument[]): ItemLookup {
  const byVersion = new Map<string, Map<string, Item>>();
  for (const instr of instruments) {
    const key = instrumentKey(instr.id, instr.version);
    if (byVersion.has(key)) continue;
    const items = new Map<string, Item>();
    for (const item of instr.items) if (!items.has(item.id)) items.set(item.id, item);
    byVersion.set(key, items);
  }
  return (instrumentId, version, itemId) => byVersion.get(instrumentKey(instrumentId, version))?.get(itemId);
}

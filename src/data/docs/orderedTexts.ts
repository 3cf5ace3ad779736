// A list of short texts kept in one Y.Map: id → { text, order }. Adding appends after the highest
// order, so two people adding at once both keep their entry; reading sorts by order, then id, the
// same on every device. Entries that fail the schema (e.g. blank or too long) are left out on read.
// Used for the sellos of the PEI (diagnosis) and of the PME's fase estratégica.
import type * as Y from 'yjs';
import { z } from 'zod';

const storedTextSchema = z.object({ text: z.string().min(1).max(300), order: z.number() });

export interface OrderedText {
  id: string;
  text: string;
}

export function readOrderedTexts(list: Y.Map<unknown>): OrderedText[] {
  return [...list.entries()]
    .flatMap(([id, v]) => {
      const stored = storedTextSchema.safeParse(v).data;
      return stored ? [{ id, order: stored.order, text: stored.text }] : [];
    })
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map(({ id, text }) => ({ id, text }));
}

/** Appends a trimmed text after the last one; call inside the caller's transaction. */
export function appendOrderedText(list: Y.Map<unknown>, id: string, text: string): void {
  const orders = [...list.values()].map((v) => storedTextSchema.safeParse(v).data?.order ?? 0);
  list.set(id, { text: text.trim(), order: Math.max(0, ...orders) + 1 });
}

// The deliverables checklist: states set by hand, and the dates the app first produced each one.
import type * as Y from 'yjs';
import {
  deliverableStateSchema,
  DELIVERABLE_CODES,
  type DeliverableCode,
  type DeliverableState,
  type DeliverableStates,
} from '../../../domain/programme/index.ts';
import { isoDateSchema } from '../../../domain/shared/localDates.ts';
import { deliverablesOf, producedOf } from './roots.ts';

const isCode = (code: string): code is DeliverableCode => (DELIVERABLE_CODES as readonly string[]).includes(code);

export interface DeliverablesRead {
  deliverables: DeliverableStates;
  /** When the app first produced each deliverable (a PDF made on the device). */
  produced: Partial<Record<DeliverableCode, string>>;
}

export function readDeliverables(doc: Y.Doc, invalid: string[] = []): DeliverablesRead {
  const deliverables: DeliverableStates = {};
  for (const [code, v] of deliverablesOf(doc).entries()) {
    const parsed = deliverableStateSchema.safeParse(v);
    if (parsed.success && isCode(code)) deliverables[code] = parsed.data;
    else invalid.push(`deliverable:${code}`);
  }
  const produced: Partial<Record<DeliverableCode, string>> = {};
  for (const [code, on] of producedOf(doc).entries()) {
    if (isCode(code) && isoDateSchema.safeParse(on).success) produced[code] = on as string;
  }
  return { deliverables, produced };
}

export function setDeliverableState(doc: Y.Doc, code: DeliverableCode, state: DeliverableState, origin: unknown): void {
  const parsed = deliverableStateSchema.parse(state);
  doc.transact(() => deliverablesOf(doc).set(code, parsed), origin);
}

/** Clears the state set by hand: the checklist follows the app's documents again. */
export function clearDeliverableState(doc: Y.Doc, code: DeliverableCode, origin: unknown): void {
  doc.transact(() => deliverablesOf(doc).delete(code), origin);
}

/**
 * Records that the app produced a deliverable on `on` (local date); the earliest date is kept
 * (two devices producing it at once: either one).
 */
export function recordProduced(doc: Y.Doc, code: DeliverableCode, on: string, origin: unknown): void {
  const date = isoDateSchema.parse(on);
  const prev = producedOf(doc).get(code);
  if (typeof prev === 'string' && prev <= date) return;
  doc.transact(() => producedOf(doc).set(code, date), origin);
}

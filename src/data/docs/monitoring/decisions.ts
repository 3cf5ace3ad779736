// The decisions a school takes from a corte's data (FT-4), printed in its Informe de Monitoreo: one
// top-level Y.Text per corte, `mon.decisions:<cycleId>`, so two devices typing them first offline
// meet in one text and get the create-merge of every text (S-19: one version kept, the other a
// conflict record), rather than two map entries of which one would win. Written after the corte
// closes too: the decisions are taken from its frozen figures.
import type * as Y from 'yjs';
import { NOTE_MAX } from '../../../domain/monitoring/records.ts';
import { applyTextChange } from '../../textDiff.ts';

export const decisionsOf = (doc: Y.Doc, cycleId: string) => doc.getText(`mon.decisions:${cycleId}`);

export const readDecisions = (doc: Y.Doc, cycleId: string): string => decisionsOf(doc, cycleId).toString();

/** Replaces the corte's decisions by `text` as the smallest splice; throws over NOTE_MAX, writing nothing. */
export function setDecisions(doc: Y.Doc, cycleId: string, text: string, origin: unknown): void {
  if (text.length > NOTE_MAX) throw new RangeError(`monitoring: decisions of ${cycleId} exceed ${NOTE_MAX} chars`);
  doc.transact(() => applyTextChange(decisionsOf(doc, cycleId), text), origin);
}

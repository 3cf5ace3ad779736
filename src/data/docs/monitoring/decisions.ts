// The decisions a school takes from a corte's data (FT-4), printed in its Informe de Monitoreo: one
// top-level Y.Text per corte, `mon.decisions:<cycleId>`. Top-level, not a Y.Text under a map key,
// because two devices creating the same map entry offline keep only one of them; two root texts of
// one name merge, so both devices' first words are kept. Written after the corte closes too: the
// decisions are taken from its frozen figures.
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

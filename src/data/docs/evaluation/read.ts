// The whole evaluation document as plain data, for readers outside the screens (the PME's proposals,
// the programme's evidence, the dossier): each root read by its own reader.
import type * as Y from 'yjs';
import type { Decision } from '../../../domain/evaluation/decisions.ts';
import type { ProjectiveItem } from '../../../domain/evaluation/projective.ts';
import type { SatisfactionResponse } from '../../../domain/evaluation/satisfaction.ts';
import { readActas, type ActaView } from './actas.ts';
import { readClose, readDecisions, readProjective, readSatisfaction, type CloseView } from './entries.ts';

export interface EvaluationView {
  decisions: Decision[];
  projective: ProjectiveItem[];
  close: CloseView;
  actas: ActaView[];
  /** The optional satisfaction survey of the school team (one entry per response, written once). */
  satisfaction: SatisfactionResponse[];
  invalid: string[];
}

export function readEvaluation(doc: Y.Doc): EvaluationView {
  const decisions = readDecisions(doc);
  const projective = readProjective(doc);
  const actas = readActas(doc);
  const satisfaction = readSatisfaction(doc);
  return {
    satisfaction: satisfaction.items,
    decisions: decisions.items,
    projective: projective.items,
    close: readClose(doc),
    actas: actas.actas,
    invalid: [...decisions.invalid, ...projective.invalid, ...actas.invalid, ...satisfaction.invalid],
  };
}

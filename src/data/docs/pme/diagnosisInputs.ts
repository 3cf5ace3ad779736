// What the PME takes from the school's diagnosis document: the problems selected as priorities, the
// PEI's visión and sellos, and the baselines its results data offer. Read through the diagnosis
// area's own functions.
import type * as Y from 'yjs';
import { baselineCandidates, type BaselineCandidate } from '../../../domain/pme/baselines.ts';
import { readPeiPlanes } from '../diagnosis/peiPlanes.ts';
import { readPrioritisation } from '../diagnosis/prioritisation.ts';
import { readEfficiency, readIdps, readSimce } from '../diagnosis/results.ts';

export interface DiagnosisInputs {
  /** Problems selected as priorities in the diagnosis. */
  priorities: { id: string; text: string }[];
  pei: { vision: string; sellos: { id: string; text: string }[] } | null;
  baselines: BaselineCandidate[];
}

export const NO_DIAGNOSIS_INPUTS: DiagnosisInputs = { priorities: [], pei: null, baselines: [] };

export function readDiagnosisInputs(doc: Y.Doc): DiagnosisInputs {
  const pr = readPrioritisation(doc);
  const { pei } = readPeiPlanes(doc);
  return {
    priorities: pr.problems.filter((p) => p.selected).map((p) => ({ id: p.id, text: p.text })),
    pei: { vision: pei.vision, sellos: pei.sellos },
    baselines: baselineCandidates({
      simce: readSimce(doc).items.map((i) => i.row),
      idps: readIdps(doc).items.map((i) => i.row),
      efficiency: readEfficiency(doc).items.map((i) => i.row),
    }),
  };
}

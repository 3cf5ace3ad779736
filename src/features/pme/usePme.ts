import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { readPme, type PmeView } from '../../data/pmeDoc.ts';
import { readPrioritisation } from '../../data/prioritisationDoc.ts';
import { readPeiPlanes } from '../../data/peiPlanesDoc.ts';
import { readEfficiency, readIdps, readSimce } from '../../data/resultsDataDoc.ts';
import { baselineCandidates, type BaselineCandidate } from '../../domain/pme/baselines.ts';
import { useDocView } from '../session/index.ts';
import { localYear } from '../../domain/calendar/localDates.ts';

/** The cycle a new plan starts with: the current year. The team changes it on the strategic tab. */
export const defaultCycleStart = () => localYear();

export function usePme(schoolId: SchoolId): { doc: Y.Doc | null; view: PmeView | null } {
  const read = useMemo(() => (doc: Y.Doc) => readPme(doc, schoolId, defaultCycleStart()), [schoolId]);
  return useDocView(schoolId, 'pme', read);
}

export interface DiagnosisInputs {
  /** Problems selected as priorities in the diagnosis. */
  priorities: { id: string; text: string }[];
  pei: { vision: string; sellos: { id: string; text: string }[] } | null;
  baselines: BaselineCandidate[];
}

const readInputs = (doc: Y.Doc): DiagnosisInputs => {
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
};

/** What the PME takes from the diagnosis document: priorities, the PEI's visión and sellos, baselines. */
export function useDiagnosisInputs(schoolId: SchoolId): DiagnosisInputs {
  const { view } = useDocView(schoolId, 'diagnosis', readInputs);
  return view ?? { priorities: [], pei: null, baselines: [] };
}


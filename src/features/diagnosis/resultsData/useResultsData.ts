import type * as Y from 'yjs';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../../../domain/results/schemas.ts';
import { readEfficiency, readIdps, readSimce } from '../../../data/resultsDataDoc.ts';
import { useDocView } from '../../session/index.ts';

export interface Keyed<T> {
  key: string;
  row: T;
}

export interface ResultsDataView {
  doc: Y.Doc | null;
  simce: Keyed<SimceResult>[];
  idps: Keyed<IdpsResult>[];
  efficiency: Keyed<EfficiencyYear>[];
}

function read(doc: Y.Doc): ResultsDataView {
  const simce = readSimce(doc);
  const idps = readIdps(doc);
  const efficiency = readEfficiency(doc);
  const problems = [...simce.problems, ...idps.problems, ...efficiency.problems];
  if (problems.length > 0) console.error(`Results data: ${problems.join('; ')}`);
  return { doc, simce: simce.items, idps: idps.items, efficiency: efficiency.items };
}

const EMPTY: Omit<ResultsDataView, 'doc'> = { simce: [], idps: [], efficiency: [] };

/** The school's results data (in its diagnosis document), re-read after every change. */
export function useResultsData(schoolId: SchoolId): ResultsDataView {
  const { doc, view } = useDocView(schoolId, 'diagnosis', read);
  return { ...(view ?? EMPTY), doc };
}

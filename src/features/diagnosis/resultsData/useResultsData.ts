import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docName, type SchoolId } from '../../../domain/wire/documentNames.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../../../domain/results/schemas.ts';
import { readEfficiency, readIdps, readSimce } from '../../../data/resultsDataDoc.ts';
import { useWorkspace } from '../../session/index.ts';

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

/** The school's results data (in its diagnosis document), re-read after every change. */
export function useResultsData(schoolId: SchoolId): ResultsDataView {
  const workspace = useWorkspace();
  const [view, setView] = useState<ResultsDataView>({ doc: null, simce: [], idps: [], efficiency: [] });
  useEffect(() => {
    let cancelled = false;
    let stop: (() => void) | undefined;
    void workspace.openDoc(docName(schoolId, 'diagnosis')).then((doc) => {
      if (cancelled) return;
      const update = () => setView(read(doc));
      update();
      doc.on('afterTransaction', update);
      stop = () => doc.off('afterTransaction', update);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [workspace, schoolId]);
  return view;
}

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docName, type SchoolId } from '../../domain/wire/documentNames.ts';
import type { Instrument, Response, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { readInstruments, readPopulation, readResponses } from '../../data/diagnosisDoc.ts';
import { useWorkspace } from '../session/index.ts';

export interface DiagnosisView {
  doc: Y.Doc | null;
  instruments: Instrument[];
  responses: Response[];
  population: Partial<Record<StakeholderGroup, number>>;
}

function read(doc: Y.Doc): DiagnosisView {
  const instruments = readInstruments(doc);
  const responses = readResponses(doc);
  const problems = [...instruments.problems, ...responses.problems];
  if (problems.length > 0) console.error(`Diagnosis document: ${problems.join('; ')}`);
  return { doc, instruments: instruments.items, responses: responses.items, population: readPopulation(doc) };
}

/** The school's diagnosis document, re-read after every change (local or from other tablets). */
export function useDiagnosisDoc(schoolId: SchoolId): DiagnosisView {
  const workspace = useWorkspace();
  const [view, setView] = useState<DiagnosisView>({ doc: null, instruments: [], responses: [], population: {} });
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

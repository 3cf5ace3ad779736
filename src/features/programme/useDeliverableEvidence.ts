// What the school's other documents say about the deliverables: PME versions frozen, cortes closed,
// actas signed; with the PDFs recorded in the programme document, the checklist's automatic states.
import { useMemo } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  deliverableEvidence,
  type DeliverableCode,
  type DeliverableEvidenceMap,
  type DeliverableFacts,
} from '../../domain/programme/index.ts';
import { readCortes, readPmeVersions, readSignedActas } from '../../data/docs/programme/index.ts';
import { useDocView } from '../session/index.ts';

type Produced = Partial<Record<DeliverableCode, string>>;

export function useDeliverableEvidence(schoolId: SchoolId, produced: Produced): DeliverableEvidenceMap {
  const versions = useDocView(schoolId, 'pme', readPmeVersions).view;
  const cortes = useDocView(schoolId, 'monitoring', readCortes).view;
  const actas = useDocView(schoolId, 'evaluation', readSignedActas).view;
  return useMemo(() => {
    const facts: DeliverableFacts = {
      produced,
      pmeVersions: versions ?? [],
      cortes: cortes ?? [],
      signedActas: actas ?? [],
    };
    return deliverableEvidence(facts);
  }, [produced, versions, cortes, actas]);
}

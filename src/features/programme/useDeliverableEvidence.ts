// What the school's other documents say about the deliverables: PME versions frozen, cortes closed,
// actas signed; with the PDFs recorded in the programme document, the checklist's automatic states.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { localIsoDate } from '../../domain/pme/calendar.ts';
import { isSigned } from '../../domain/evaluation/acta.ts';
import { deliverableEvidence, type DeliverableCode, type DeliverableEvidenceMap, type DeliverableFacts } from '../../domain/programme/index.ts';
import { readPme } from '../../data/pmeDoc.ts';
import { readMonitoring } from '../../data/monitoringDoc.ts';
import { readEvaluation } from '../../data/evaluationDoc.ts';
import { useDocView } from '../session/index.ts';

/** An ISO timestamp as the local calendar date it happened on. */
const localDay = (iso: string) => localIsoDate(new Date(iso));

const readVersions = (doc: Y.Doc) => readPme(doc, '', new Date().getFullYear()).versions.map((v) => ({ kind: v.kind, on: localDay(v.createdAt) }));
const readCortes = (doc: Y.Doc) => readMonitoring(doc).cycles.map((c) => ({ year: c.year, closedOn: c.closedAt ? localDay(c.closedAt) : null }));
const readSignedActas = (doc: Y.Doc) =>
  readEvaluation(doc)
    .actas.filter((a) => a.signed && isSigned(a.acta))
    .map((a) => ({ completedOn: localDay(a.acta.signatures.map((s) => s.signedAt).sort().at(-1)!) }));

export function useDeliverableEvidence(schoolId: SchoolId, produced: Partial<Record<DeliverableCode, string>>): DeliverableEvidenceMap {
  const versions = useDocView(schoolId, 'pme', readVersions).view;
  const cortes = useDocView(schoolId, 'monitoring', readCortes).view;
  const actas = useDocView(schoolId, 'evaluation', readSignedActas).view;
  return useMemo(() => {
    const facts: DeliverableFacts = { produced, pmeVersions: versions ?? [], cortes: cortes ?? [], signedActas: actas ?? [] };
    return deliverableEvidence(facts);
  }, [produced, versions, cortes, actas]);
}

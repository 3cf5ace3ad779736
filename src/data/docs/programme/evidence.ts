// What the school's other documents say about the deliverables (PME versions frozen, cortes closed,
// actas signed), read through those documents' own readers; the checklist's automatic states.
import type * as Y from 'yjs';
import { localIsoDate } from '../../../domain/shared/localDates.ts';
import { isSigned } from '../../../domain/evaluation/acta.ts';
import type { DeliverableFacts } from '../../../domain/programme/index.ts';
import { readPme } from '../pme/read.ts';
import { readMonitoring } from '../monitoring/read.ts';
import { readEvaluation } from '../evaluation/read.ts';

/** An ISO timestamp as the local calendar date it happened on. */
const localDay = (iso: string) => localIsoDate(new Date(iso));

export const readPmeVersions = (doc: Y.Doc): DeliverableFacts['pmeVersions'] =>
  readPme(doc, '', new Date().getFullYear()).versions.map((v) => ({ kind: v.kind, on: localDay(v.createdAt) }));

export const readCortes = (doc: Y.Doc): DeliverableFacts['cortes'] =>
  readMonitoring(doc).cycles.map((c) => ({ year: c.year, closedOn: c.closedAt ? localDay(c.closedAt) : null }));

export const readSignedActas = (doc: Y.Doc): DeliverableFacts['signedActas'] =>
  readEvaluation(doc)
    .actas.filter((a) => a.signed && isSigned(a.acta))
    .map((a) => ({
      completedOn: localDay(
        a.acta.signatures
          .map((s) => s.signedAt)
          .sort()
          .at(-1)!,
      ),
    }));

// The roots of the school's `evaluation` document (issue 8). The survey of the participatory
// evaluation uses the diagnosis's maps (instruments, responses: see diagnosisDoc.ts) in this document.
// Roots of its own:
// - `eval.decisions`: id → a decision (written once; a new decision on the same target is a new
//   entry, and the latest counts — decisions.ts DE-1 — so history is kept);
// - `eval.projective`: id → an item of the evaluación proyectiva (the team's edited lists);
// - `eval.close`: lecciones / buenasPracticas / recomendaciones (Y.Text), closedAt, closedBy;
// - `eval.actas`: id → Y.Map { header (plain), items: actionId → item, signatures: role → signature };
// - `eval.signed`: id → { acta, hash }: written once, when the first signature is added. From then on
//   the acta is read from here and every write to it is refused (AV-4). An edit made offline on a
//   device that had not yet seen the signature stays in `eval.actas`, ignored and reported.
// - `eval.satisfaction`: id → a response of the team's satisfaction survey (written once).
import type * as Y from 'yjs';

export const decisionsOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.decisions');
export const projectiveOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.projective');
export const closeOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.close');
export const actasOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.actas');
export const signedOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.signed');
export const satisfactionOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.satisfaction');

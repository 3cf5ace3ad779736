// The evaluation and close of the PME in the school's `evaluation` document (issue 8). The survey of
// the participatory evaluation uses the same maps as the diagnosis (instruments, responses: see
// diagnosisDoc.ts), in this document. Roots of its own:
// - `eval.decisions`: id → a decision (written once; a new decision on the same target is a new
//   entry, and the latest counts — decisions.ts DE-1 — so history is kept);
// - `eval.projective`: id → an item of the evaluación proyectiva (the team's edited lists);
// - `eval.close`: lecciones / buenasPracticas / recomendaciones (Y.Text), closedAt, closedBy;
// - `eval.actas`: id → Y.Map { header (plain), items: actionId → item, signatures: role → signature };
// - `eval.signed`: id → { acta, hash }: written once, when the first signature is added. From then on
//   the acta is read from here and every write to it is refused (AV-4). An edit made offline on a
//   device that had not yet seen the signature stays in `eval.actas`, ignored and reported.
import * as Y from 'yjs';
import { z } from 'zod';
import { decisionSchema, type Decision } from '../domain/evaluation/decisions.ts';
import { projectiveItemSchema, type ProjectiveItem } from '../domain/evaluation/projective.ts';
import { ActaLockedError, actaHash, actaItemSchema, actaSchema, addSignature, signatureSchema, type ActaItem, type ActaSignature, type ActaVerificacion } from '../domain/evaluation/acta.ts';
import { satisfactionResponseSchema, type SatisfactionResponse } from '../domain/evaluation/satisfaction.ts';
import { applyTextChange } from './textDiff.ts';

const decisionsOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.decisions');
const projectiveOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.projective');
const closeOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.close');
const actasOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.actas');
const signedOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.signed');
const satisfactionOf = (doc: Y.Doc) => doc.getMap<unknown>('eval.satisfaction');

export type CloseTextField = 'lecciones' | 'buenasPracticas' | 'recomendaciones';

export interface ActaView {
  acta: ActaVerificacion;
  /** The hash of its content (shown on the document). */
  hash: string;
  /** Frozen: read from `eval.signed`. */
  signed: boolean;
  /** Edits that reached the draft after it was frozen (offline elsewhere): kept, not applied. */
  lateEdits: boolean;
}

export interface EvaluationView {
  decisions: Decision[];
  projective: ProjectiveItem[];
  close: { lecciones: string; buenasPracticas: string; recomendaciones: string; closedAt: string | null; closedBy: string | null };
  actas: ActaView[];
  /** The optional satisfaction survey of the school team (one entry per response, written once). */
  satisfaction: SatisfactionResponse[];
  invalid: string[];
}

const headerSchema = z.object({
  schoolId: z.string().min(1),
  year: z.number().int(),
  pmeVersionId: z.string().nullable(),
  date: z.string(),
  observaciones: z.string().catch(''),
  correctsActaId: z.string().nullable(),
});
const storedSignedSchema = z.object({ acta: actaSchema, hash: z.string().regex(/^[0-9a-f]{64}$/) });

function draftOf(id: string, m: Y.Map<unknown>): ActaVerificacion | null {
  const header = headerSchema.safeParse(m.get('header'));
  if (!header.success) return null;
  const items: ActaItem[] = [];
  const itemsMap = m.get('items');
  if (itemsMap instanceof Y.Map) {
    for (const v of itemsMap.values()) {
      const parsed = actaItemSchema.safeParse(v);
      if (parsed.success) items.push(parsed.data);
    }
  }
  const signatures: ActaSignature[] = [];
  const sigMap = m.get('signatures');
  if (sigMap instanceof Y.Map) {
    for (const v of sigMap.values()) {
      const parsed = signatureSchema.safeParse(v);
      if (parsed.success) signatures.push(parsed.data);
    }
  }
  items.sort((a, b) => (a.actionId < b.actionId ? -1 : 1));
  const roleOrder = { director: 0, asesor: 1, sostenedor: 2 } as const;
  signatures.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return { id, ...header.data, items, signatures };
}

function readActa(doc: Y.Doc, id: string): ActaView | null {
  const m = actasOf(doc).get(id);
  const draft = m instanceof Y.Map ? draftOf(id, m) : null;
  const frozen = storedSignedSchema.safeParse(signedOf(doc).get(id));
  if (frozen.success) {
    // Signatures added after the freeze (the second signer) are read from the draft: they are the
    // only writes allowed, and each must be made on the frozen content (signedHash).
    const extra = (draft?.signatures ?? []).filter((s) => s.signedHash === frozen.data.hash && !frozen.data.acta.signatures.some((f) => f.role === s.role));
    const acta = { ...frozen.data.acta, signatures: [...frozen.data.acta.signatures, ...extra] };
    const lateEdits = draft !== null && actaHash(draft) !== frozen.data.hash;
    return { acta, hash: frozen.data.hash, signed: true, lateEdits };
  }
  return draft ? { acta: draft, hash: actaHash(draft), signed: false, lateEdits: false } : null;
}

export function readEvaluation(doc: Y.Doc): EvaluationView {
  const invalid: string[] = [];
  const decisions: Decision[] = [];
  for (const [id, v] of decisionsOf(doc).entries()) {
    const d = decisionSchema.safeParse({ ...(v as object), id });
    if (d.success) decisions.push(d.data);
    else invalid.push(`decision:${id}`);
  }
  decisions.sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : a.id < b.id ? -1 : 1));
  const projective: ProjectiveItem[] = [];
  for (const [id, v] of projectiveOf(doc).entries()) {
    const p = projectiveItemSchema.safeParse({ ...(v as object), id });
    if (p.success) projective.push(p.data);
    else invalid.push(`projective:${id}`);
  }
  const c = closeOf(doc);
  const text = (k: string) => (c.get(k) instanceof Y.Text ? (c.get(k) as Y.Text).toString() : '');
  const actas: ActaView[] = [];
  for (const id of new Set([...actasOf(doc).keys(), ...signedOf(doc).keys()])) {
    const a = readActa(doc, id);
    if (a) actas.push(a);
    else invalid.push(`acta:${id}`);
  }
  actas.sort((a, b) => (a.acta.date < b.acta.date ? -1 : a.acta.date > b.acta.date ? 1 : a.acta.id < b.acta.id ? -1 : 1));
  const satisfaction: SatisfactionResponse[] = [];
  for (const [id, v] of satisfactionOf(doc).entries()) {
    const r = satisfactionResponseSchema.safeParse({ ...(v as object), id });
    if (r.success) satisfaction.push(r.data);
    else invalid.push(`satisfaction:${id}`);
  }
  return {
    satisfaction,
    decisions,
    projective,
    close: {
      lecciones: text('lecciones'),
      buenasPracticas: text('buenasPracticas'),
      recomendaciones: text('recomendaciones'),
      closedAt: typeof c.get('closedAt') === 'string' ? (c.get('closedAt') as string) : null,
      closedBy: typeof c.get('closedBy') === 'string' ? (c.get('closedBy') as string) : null,
    },
    actas,
    invalid,
  };
}

// ——— writing ———

export function addDecision(doc: Y.Doc, decision: Decision, origin: unknown): void {
  const { id, ...rest } = decisionSchema.parse(decision);
  if (decisionsOf(doc).has(id)) throw new Error(`evaluation: decision ${id} exists`);
  doc.transact(() => decisionsOf(doc).set(id, rest), origin);
}

export function putProjectiveItem(doc: Y.Doc, item: ProjectiveItem, origin: unknown): void {
  const { id, ...rest } = projectiveItemSchema.parse(item);
  doc.transact(() => projectiveOf(doc).set(id, rest), origin);
}

export function removeProjectiveItem(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => projectiveOf(doc).delete(id), origin);
}

/** Thrown by writes to the sistematización once the asesoría is closed (CL-4). */
export class AsesoriaClosedError extends Error {
  readonly code = 'asesoria-closed';
  constructor() {
    super('evaluation: the asesoría is closed; its sistematización cannot be edited');
    this.name = 'AsesoriaClosedError';
  }
}

const isClosedDoc = (doc: Y.Doc) => typeof closeOf(doc).get('closedAt') === 'string';

/** Refused (AsesoriaClosedError) once the asesoría is closed. */
export function setCloseText(doc: Y.Doc, field: CloseTextField, value: string, origin: unknown): void {
  if (isClosedDoc(doc)) throw new AsesoriaClosedError();
  doc.transact(() => {
    const c = closeOf(doc);
    let t = c.get(field);
    if (!(t instanceof Y.Text)) {
      t = new Y.Text();
      c.set(field, t);
    }
    applyTextChange(t as Y.Text, value);
  }, origin);
}

/** Closes the asesoría once (CL-4): a second close is refused, the first date and name stay. */
export function markClosed(doc: Y.Doc, closedAt: string, closedBy: string, origin: unknown): void {
  if (isClosedDoc(doc)) throw new AsesoriaClosedError();
  doc.transact(() => {
    closeOf(doc).set('closedAt', closedAt);
    closeOf(doc).set('closedBy', closedBy);
  }, origin);
}

function assertDraft(doc: Y.Doc, id: string): Y.Map<unknown> {
  if (signedOf(doc).has(id)) throw new ActaLockedError(id);
  const m = actasOf(doc).get(id);
  if (!(m instanceof Y.Map)) throw new Error(`evaluation: no acta ${id}`);
  const sigs = m.get('signatures');
  if (sigs instanceof Y.Map && sigs.size > 0) throw new ActaLockedError(id);
  return m;
}

export function createActa(doc: Y.Doc, acta: ActaVerificacion, origin: unknown): void {
  const parsed = actaSchema.parse({ ...acta, signatures: [] });
  if (actasOf(doc).has(parsed.id) || signedOf(doc).has(parsed.id)) throw new Error(`evaluation: acta ${parsed.id} exists`);
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    actasOf(doc).set(parsed.id, m);
    const { id: _id, items, signatures: _s, ...header } = parsed;
    m.set('header', header);
    const itemsMap = new Y.Map<unknown>();
    for (const i of items) itemsMap.set(i.actionId, i);
    m.set('items', itemsMap);
    m.set('signatures', new Y.Map());
  }, origin);
}

/** Writes one action's verification; refused (ActaLockedError) once the acta has a signature. */
export function putActaItem(doc: Y.Doc, actaId: string, item: ActaItem, origin: unknown): void {
  const m = assertDraft(doc, actaId);
  const parsed = actaItemSchema.parse(item);
  doc.transact(() => (m.get('items') as Y.Map<unknown>).set(parsed.actionId, parsed), origin);
}

export function setActaObservations(doc: Y.Doc, actaId: string, observaciones: string, origin: unknown): void {
  const m = assertDraft(doc, actaId);
  doc.transact(() => m.set('header', { ...(m.get('header') as object), observaciones }), origin);
}

/**
 * Signs the acta. The first signature freezes its content into `eval.signed` (with its hash);
 * the next ones must be made on that same content. Returns the acta's hash.
 */
export function signActa(doc: Y.Doc, actaId: string, signature: Omit<ActaSignature, 'signedHash'>, origin: unknown): string {
  const view = readActa(doc, actaId);
  if (!view) throw new Error(`evaluation: no acta ${actaId}`);
  const full = { ...signature, signedHash: view.hash };
  const result = addSignature(view.acta, signatureSchema.parse(full));
  if (!result.ok) throw new Error(`evaluation: cannot sign acta ${actaId}: ${result.code}`);
  doc.transact(() => {
    const m = actasOf(doc).get(actaId);
    if (m instanceof Y.Map) (m.get('signatures') as Y.Map<unknown>).set(full.role, full);
    if (!signedOf(doc).has(actaId)) signedOf(doc).set(actaId, JSON.parse(JSON.stringify({ acta: result.acta, hash: view.hash })));
  }, origin);
  return view.hash;
}

export function addSatisfactionResponse(doc: Y.Doc, response: SatisfactionResponse, origin: unknown): void {
  const { id, ...rest } = satisfactionResponseSchema.parse(response);
  if (satisfactionOf(doc).has(id)) throw new Error(`evaluation: satisfaction response ${id} exists`);
  doc.transact(() => satisfactionOf(doc).set(id, rest), origin);
}

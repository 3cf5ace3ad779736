// The Actas de Verificación (AV): drafts in `eval.actas`, frozen copies in `eval.signed` (AV-4).
import * as Y from 'yjs';
import { z } from 'zod';
import {
  ActaLockedError,
  actaHash,
  actaItemSchema,
  actaSchema,
  addSignature,
  signatureSchema,
  type ActaItem,
  type ActaSignature,
  type ActaVerificacion,
} from '../../../domain/evaluation/acta.ts';
import { actasOf, signedOf } from './roots.ts';

export interface ActaView {
  acta: ActaVerificacion;
  /** The hash of its content (shown on the document). */
  hash: string;
  /** Frozen: read from `eval.signed`. */
  signed: boolean;
  /** Edits that reached the draft after it was frozen (offline elsewhere): kept, not applied. */
  lateEdits: boolean;
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
const ROLE_ORDER = { director: 0, asesor: 1, sostenedor: 2 } as const;

function parsedValues<T>(map: unknown, schema: z.ZodType<T>): T[] {
  if (!(map instanceof Y.Map)) return [];
  const out: T[] = [];
  for (const v of map.values()) {
    const parsed = schema.safeParse(v);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function draftOf(id: string, m: Y.Map<unknown>): ActaVerificacion | null {
  const header = headerSchema.safeParse(m.get('header'));
  if (!header.success) return null;
  const items: ActaItem[] = parsedValues(m.get('items'), actaItemSchema);
  const signatures: ActaSignature[] = parsedValues(m.get('signatures'), signatureSchema);
  items.sort((a, b) => (a.actionId < b.actionId ? -1 : 1));
  signatures.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return { id, ...header.data, items, signatures };
}

export function readActa(doc: Y.Doc, id: string): ActaView | null {
  const m = actasOf(doc).get(id);
  const draft = m instanceof Y.Map ? draftOf(id, m) : null;
  const frozen = storedSignedSchema.safeParse(signedOf(doc).get(id));
  if (frozen.success) {
    // Signatures added after the freeze (the second signer) are read from the draft: they are the
    // only writes allowed, and each must be made on the frozen content (signedHash).
    const { acta: fixed, hash } = frozen.data;
    const extra = (draft?.signatures ?? []).filter(
      (s) => s.signedHash === hash && !fixed.signatures.some((f) => f.role === s.role),
    );
    const acta = { ...fixed, signatures: [...fixed.signatures, ...extra] };
    const lateEdits = draft !== null && actaHash(draft) !== hash;
    return { acta, hash, signed: true, lateEdits };
  }
  return draft ? { acta: draft, hash: actaHash(draft), signed: false, lateEdits: false } : null;
}

/** Every acta, by date then id; the ids that could not be read go to `invalid`. */
export function readActas(doc: Y.Doc): { actas: ActaView[]; invalid: string[] } {
  const actas: ActaView[] = [];
  const invalid: string[] = [];
  for (const id of new Set([...actasOf(doc).keys(), ...signedOf(doc).keys()])) {
    const a = readActa(doc, id);
    if (a) actas.push(a);
    else invalid.push(`acta:${id}`);
  }
  const order = (a: ActaView, b: ActaView) =>
    a.acta.date !== b.acta.date ? (a.acta.date < b.acta.date ? -1 : 1) : a.acta.id < b.acta.id ? -1 : 1;
  return { actas: actas.sort(order), invalid };
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
  if (actasOf(doc).has(parsed.id) || signedOf(doc).has(parsed.id)) {
    throw new Error(`evaluation: acta ${parsed.id} exists`);
  }
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

/**
 * Signs the acta. The first signature freezes its content into `eval.signed` (with its hash);
 * the next ones must be made on that same content. Returns the acta's hash.
 */
export function signActa(
  doc: Y.Doc,
  actaId: string,
  signature: Omit<ActaSignature, 'signedHash'>,
  origin: unknown,
): string {
  const view = readActa(doc, actaId);
  if (!view) throw new Error(`evaluation: no acta ${actaId}`);
  const full = { ...signature, signedHash: view.hash };
  const result = addSignature(view.acta, signatureSchema.parse(full));
  if (!result.ok) throw new Error(`evaluation: cannot sign acta ${actaId}: ${result.code}`);
  doc.transact(() => {
    const m = actasOf(doc).get(actaId);
    if (m instanceof Y.Map) (m.get('signatures') as Y.Map<unknown>).set(full.role, full);
    if (!signedOf(doc).has(actaId)) {
      signedOf(doc).set(actaId, JSON.parse(JSON.stringify({ acta: result.acta, hash: view.hash })));
    }
  }, origin);
  return view.hash;
}

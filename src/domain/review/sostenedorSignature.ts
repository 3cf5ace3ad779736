// The sostenedor's signature on the Acta de Verificación (issue 15 §2). The acta lives in the
// evaluation document, which a sostenedor may only read; their signature is stored in the school's
// `review` document instead, with the same shape as the acta's other signatures, and every view of
// the acta (screen, PDF, dossier) reads it as the acta's sostenedor signature.
//
// Rules, exactly (docs/spec/review.md):
// - CM-5 One sostenedor signature per acta, stored by acta id, signedHash = the acta's hash (AV-2)
//   when it was signed; it may be made only on a frozen acta (one with a signature already, AV-4).
// - CM-6 `withSostenedorSignatures`: an acta without a sostenedor signature of its own gets the one
//   stored for its id; its hash is then checked like any other (AV-3 `invalidSignatures`).
import { z } from 'zod';
import { signatureSchema, type ActaSignature, type ActaVerificacion } from '../evaluation/acta.ts';

export const sostenedorSignatureSchema = signatureSchema.extend({
  role: z.literal('sostenedor'),
  actaId: z.string().min(1).max(64),
  /** CM-8: the account that signed (the typed name is what the acta prints); absent before it was kept. */
  signedBy: z.object({ userId: z.string().min(1).max(64), name: z.string().max(200) }).optional(),
});
export type SostenedorSignature = z.infer<typeof sostenedorSignatureSchema>;

export type SostenedorSignCheck = { ok: true } | { ok: false; code: 'not-frozen' | 'already-signed' | 'hash-mismatch' };

/** CM-5: may the sostenedor sign this acta view now? */
export function canSostenedorSign(
  view: { acta: ActaVerificacion; hash: string; signed: boolean },
  signedHash: string,
): SostenedorSignCheck {
  if (!view.signed || view.acta.signatures.length === 0) return { ok: false, code: 'not-frozen' };
  if (view.acta.signatures.some((s) => s.role === 'sostenedor')) return { ok: false, code: 'already-signed' };
  if (signedHash !== view.hash) return { ok: false, code: 'hash-mismatch' };
  return { ok: true };
}

const asActaSignature = ({ actaId: _id, signedBy: _by, ...signature }: SostenedorSignature): ActaSignature => signature;

/** CM-6: each acta view with the sostenedor's signature from the review document added where it has none. */
export function withSostenedorSignatures<V extends { acta: ActaVerificacion }>(
  views: readonly V[],
  signatures: readonly SostenedorSignature[],
): V[] {
  const byActa = new Map(signatures.map((s) => [s.actaId, s]));
  return views.map((view) => {
    const stored = byActa.get(view.acta.id);
    if (!stored || view.acta.signatures.some((s) => s.role === 'sostenedor')) return view;
    return { ...view, acta: { ...view.acta, signatures: [...view.acta.signatures, asActaSignature(stored)] } };
  });
}

// The school's `review` document (`school:<rbd>:review`): comments and the sostenedor's signatures
// on the Actas de Verificación. Roots:
// - `review.comments`: comment id → Y.Map { target, author, createdAt, date, text, resolved }. One map
//   per comment under a fresh id (CM-3), so two devices commenting offline merge into two comments,
//   never one joined text; resolving or reopening writes only its `resolved` key.
// - `review.actaSignatures`: acta id → the sostenedor's signature (plain, written once, CM-5).
// Everything is read back through the domain's schemas; what fails is left out and listed by id.
import * as Y from 'yjs';
import { commentSchema, type ReviewComment } from '../../../domain/review/comments.ts';
import { sostenedorSignatureSchema, type SostenedorSignature } from '../../../domain/review/sostenedorSignature.ts';

export const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>('review.comments');
export const actaSignaturesOf = (doc: Y.Doc) => doc.getMap<unknown>('review.actaSignatures');

export const COMMENT_FIELDS = ['target', 'author', 'createdAt', 'date', 'text', 'resolved'] as const;

export interface CommentsRead {
  comments: ReviewComment[];
  invalid: string[];
}

export function readComments(doc: Y.Doc): CommentsRead {
  const comments: ReviewComment[] = [];
  const invalid: string[] = [];
  for (const [id, entry] of commentsOf(doc).entries()) {
    const fields = entry instanceof Y.Map ? Object.fromEntries(COMMENT_FIELDS.map((f) => [f, entry.get(f)])) : {};
    const parsed = commentSchema.safeParse({ id, ...fields });
    if (parsed.success) comments.push(parsed.data);
    else invalid.push(`comment:${id}`);
  }
  comments.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return { comments, invalid };
}

/**
 * The sostenedor's signatures, one per acta; an entry that does not validate, or is filed under another
 * acta's id, is left out.
 */
export function readSostenedorSignatures(doc: Y.Doc): SostenedorSignature[] {
  const out: SostenedorSignature[] = [];
  for (const [actaId, value] of actaSignaturesOf(doc).entries()) {
    const parsed = sostenedorSignatureSchema.safeParse(value);
    if (parsed.success && parsed.data.actaId === actaId) out.push(parsed.data);
  }
  return out;
}

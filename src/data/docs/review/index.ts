// The handle of a school's `review` document: comments on PME actions, monitoring records and
// deliverables, and the sostenedor's signature on the Actas de Verificación (see ./read.ts for the
// roots). Each verb is one LOCAL_EDIT transaction made as the actor, at the actor's clock.
import * as Y from 'yjs';
import {
  checkCommentText,
  newComment,
  reopenComment,
  resolveComment,
  type CommentAuthorRole,
  type CommentTarget,
  type ReviewComment,
} from '../../../domain/review/comments.ts';
import {
  canSostenedorSign,
  sostenedorSignatureSchema,
  type SostenedorSignCheck,
  type SostenedorSignature,
} from '../../../domain/review/sostenedorSignature.ts';
import type { ActaSignature, ActaVerificacion } from '../../../domain/evaluation/acta.ts';
import { DocHandle } from '../handle.ts';
import type { HandleFactory } from '../open.ts';
import { rootsView, type View } from '../view.ts';
import { newId } from '../../ids.ts';
import { actaSignaturesOf, commentsOf, readComments, readSostenedorSignatures, type CommentsRead } from './read.ts';

export type AddCommentResult = { ok: true; id: string } | { ok: false; message: string };

export class ReviewHandle extends DocHandle {
  readonly comments: View<CommentsRead> = rootsView([commentsOf(this.doc)], () => readComments(this.doc));
  readonly actaSignatures: View<SostenedorSignature[]> = rootsView([actaSignaturesOf(this.doc)], () =>
    readSostenedorSignatures(this.doc),
  );

  /** CM-1/CM-2/CM-3: a new comment by the actor, in a map of its own under a fresh id. */
  addComment(target: CommentTarget, text: string, role: CommentAuthorRole): AddCommentResult {
    const author = { userId: this.actor.userId, name: this.actor.name, role };
    const checked = checkCommentText(text);
    if (!checked.ok) return checked;
    const { id, ...fields } = newComment({ id: newId(), target, author, text: checked.text }, this.actor.now());
    this.edit(() => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      commentsOf(this.doc).set(id, entry);
    });
    return { ok: true, id };
  }

  /** CM-4: marks the comment resolved by the actor; only its `resolved` key is written. */
  resolve(commentId: string): void {
    const current = this.current(commentId);
    if (!current || current.resolved) return;
    const by = { userId: this.actor.userId, name: this.actor.name };
    this.setResolved(commentId, resolveComment(current, by, this.actor.now()).resolved);
  }

  /** CM-4: opens the comment again. */
  reopen(commentId: string): void {
    const current = this.current(commentId);
    if (current?.resolved) this.setResolved(commentId, reopenComment(current).resolved);
  }

  /** CM-5: the sostenedor's signature on a frozen acta, made on its current hash; written once. */
  signActa(
    view: { acta: ActaVerificacion; hash: string; signed: boolean },
    signature: Omit<ActaSignature, 'signedHash' | 'signedAt' | 'role'>,
  ): SostenedorSignCheck {
    const check = canSostenedorSign(view, view.hash);
    if (!check.ok) return check;
    if (actaSignaturesOf(this.doc).has(view.acta.id)) return { ok: false, code: 'already-signed' };
    const stored = sostenedorSignatureSchema.parse({
      ...signature,
      role: 'sostenedor',
      actaId: view.acta.id,
      signedAt: this.stamp(),
      signedHash: view.hash,
      signedBy: { userId: this.actor.userId, name: this.actor.name },
    });
    this.edit(() => actaSignaturesOf(this.doc).set(view.acta.id, JSON.parse(JSON.stringify(stored))));
    return { ok: true };
  }

  private current(commentId: string): ReviewComment | undefined {
    return this.comments.get().comments.find((c) => c.id === commentId);
  }

  private setResolved(commentId: string, resolved: ReviewComment['resolved']): void {
    const entry = commentsOf(this.doc).get(commentId);
    if (entry instanceof Y.Map) this.edit(() => entry.set('resolved', resolved));
  }
}

/** The factory `useHandle(schoolId, 'review', reviewHandle)` takes: one handle per document. */
export const reviewHandle: HandleFactory<ReviewHandle> = (doc, actor) => new ReviewHandle(doc, actor);

export type { CommentsRead } from './read.ts';

// Comments on a school's work (issue 15 §2): a sostenedor, coordinator or advisor leaves a note on a
// PME action, a monitoring record or a deliverable. Comments live in the school's `review` document,
// apart from what they comment, so they never change it.
//
// Rules, exactly (docs/spec/review.md):
// - CM-1 A comment targets one PME action, monitoring record or deliverable by id, and carries its
//   author (user id, name, role), the instant it was made and that instant's local calendar date.
// - CM-2 Its text is trimmed, 1 to COMMENT_MAX characters; out of bounds it is refused with a Spanish message.
// - CM-4 A comment is resolved by someone at some instant, and can be reopened; both keep the text.
// A comment read back that does not validate is left out and reported by id, never half shown.
import { z } from 'zod';
import { isoDateSchema, localIsoDate, type TimeZone } from '../shared/localDates.ts';

export const COMMENT_MAX = 2000;
export const COMMENT_EMPTY_MESSAGE = 'Escriba el comentario';
export const COMMENT_TOO_LONG_MESSAGE = `Use como máximo ${COMMENT_MAX} caracteres`;

export const COMMENT_TARGET_KINDS = [
  { code: 'pme-action', label: 'Acción del PME' },
  { code: 'monitoring-record', label: 'Registro de monitoreo' },
  { code: 'deliverable', label: 'Entregable' },
] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number]['code'];

/** The roles that may comment, with their Spanish labels (the sign-in roles plus the sostenedor). */
export const COMMENT_AUTHOR_ROLES = [
  { code: 'asesor', label: 'Asesor/a' },
  { code: 'coordinador', label: 'Coordinación ATE' },
  { code: 'sostenedor', label: 'Sostenedor' },
  { code: 'escuela', label: 'Equipo directivo' },
  { code: 'admin', label: 'Administración' },
] as const;
export type CommentAuthorRole = (typeof COMMENT_AUTHOR_ROLES)[number]['code'];
const roleCodes = COMMENT_AUTHOR_ROLES.map((r) => r.code) as [CommentAuthorRole, ...CommentAuthorRole[]];

const idSchema = z.string().min(1).max(64);
const instantSchema = z.iso.datetime({ offset: true });

export const commentTargetSchema = z.object({
  kind: z.enum(COMMENT_TARGET_KINDS.map((k) => k.code) as [CommentTargetKind, ...CommentTargetKind[]]),
  id: idSchema,
});
export type CommentTarget = z.infer<typeof commentTargetSchema>;

/** CM-2. */
export const commentTextSchema = z
  .string()
  .trim()
  .min(1, { message: COMMENT_EMPTY_MESSAGE })
  .max(COMMENT_MAX, { message: COMMENT_TOO_LONG_MESSAGE });

export const commentPersonSchema = z.object({
  userId: z.string().min(1).max(128),
  name: z.string().trim().min(1).max(200),
});
export const commentAuthorSchema = commentPersonSchema.extend({ role: z.enum(roleCodes) });
export type CommentAuthor = z.infer<typeof commentAuthorSchema>;
export type CommentPerson = z.infer<typeof commentPersonSchema>;

const resolutionSchema = commentPersonSchema.extend({ at: instantSchema, date: isoDateSchema });

export const commentSchema = z.object({
  id: idSchema,
  target: commentTargetSchema,
  author: commentAuthorSchema,
  /** The instant it was made (ISO, UTC). */
  createdAt: instantSchema,
  /** CM-1: the author's local calendar date of that instant. */
  date: isoDateSchema,
  text: commentTextSchema,
  /** CM-4: null while open. */
  resolved: resolutionSchema.nullable(),
});
export type ReviewComment = z.infer<typeof commentSchema>;

export type CommentTextCheck = { ok: true; text: string } | { ok: false; message: string };

/** CM-2: the text as stored, or the Spanish message to show under the field. */
export function checkCommentText(text: string): CommentTextCheck {
  const parsed = commentTextSchema.safeParse(text);
  return parsed.success ? { ok: true, text: parsed.data } : { ok: false, message: parsed.error.issues[0]!.message };
}

/** CM-1: a new open comment; throws (zod) when the text or the target is out of bounds. */
export function newComment(
  input: { id: string; target: CommentTarget; author: CommentAuthor; text: string },
  now: Date,
  timeZone?: TimeZone,
): ReviewComment {
  return commentSchema.parse({
    ...input,
    createdAt: now.toISOString(),
    date: localIsoDate(now, timeZone),
    resolved: null,
  });
}

/** CM-4: the comment resolved by `by` at `now` (unchanged when already resolved). */
export function resolveComment(c: ReviewComment, by: CommentPerson, now: Date, timeZone?: TimeZone): ReviewComment {
  if (c.resolved) return c;
  return { ...c, resolved: { ...by, at: now.toISOString(), date: localIsoDate(now, timeZone) } };
}

/** CM-4: open again, text and author untouched. */
export const reopenComment = (c: ReviewComment): ReviewComment => ({ ...c, resolved: null });

export const sameTarget = (a: CommentTarget, b: CommentTarget): boolean => a.kind === b.kind && a.id === b.id;

/** A target's comments, oldest first (ties by id, so every device lists them alike). */
export function commentsOn(comments: readonly ReviewComment[], target: CommentTarget): ReviewComment[] {
  return comments
    .filter((c) => sameTarget(c.target, target))
    .sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1));
}

export const openCount = (comments: readonly ReviewComment[]): number => comments.filter((c) => !c.resolved).length;

export const authorRoleLabel = (role: CommentAuthorRole): string =>
  COMMENT_AUTHOR_ROLES.find((r) => r.code === role)?.label ?? role;

/** The signed-in role as a comment author's role, or null for a role that may not comment. */
export function commentRoleOf(role: string): CommentAuthorRole | null {
  return (roleCodes as readonly string[]).includes(role) ? (role as CommentAuthorRole) : null;
}

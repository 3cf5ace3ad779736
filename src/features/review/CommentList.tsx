// A target's comments, oldest first: who (name and role), the day it was written (the author's local
// calendar date), the text, and whether it was resolved (by whom, when), with resolve and reopen.
import { authorRoleLabel, type ReviewComment } from '../../domain/review/comments.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import type { ReviewHandle } from '../../data/docs/review/index.ts';

interface Props {
  review: ReviewHandle;
  comments: ReviewComment[];
  tid: string;
}

function CommentItem({ review, comment: c, tid }: { review: ReviewHandle; comment: ReviewComment; tid: string }) {
  return (
    <li data-testid={tid} data-comment-id={c.id} className={c.resolved ? 'comment resolved' : 'comment'}>
      <p className="muted" data-testid={`${tid}-meta`}>
        {c.author.name} ({authorRoleLabel(c.author.role)}) · {formatIsoDate(c.date)}
      </p>
      <p className="comment-text" data-testid={`${tid}-text`}>
        {c.text}
      </p>
      {c.resolved ? (
        <p>
          <span data-testid={`${tid}-resolved`}>
            Resuelto por {c.resolved.name} el {formatIsoDate(c.resolved.date)}
          </span>{' '}
          <button type="button" className="link" onClick={() => review.reopen(c.id)} data-testid={`${tid}-reopen`}>
            Reabrir
          </button>
        </p>
      ) : (
        <button type="button" className="link" onClick={() => review.resolve(c.id)} data-testid={`${tid}-resolve`}>
          Marcar como resuelto
        </button>
      )}
    </li>
  );
}

export function CommentList({ review, comments, tid }: Props) {
  if (comments.length === 0) return <p className="muted">Aún no hay comentarios.</p>;
  return (
    <ul className="comments" data-testid={`${tid}-list`}>
      {comments.map((c, i) => (
        <CommentItem key={c.id} review={review} comment={c} tid={`${tid}-${i}`} />
      ))}
    </ul>
  );
}

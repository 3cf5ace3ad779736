// "Comentarios (n)" on a PME action, a monitoring record or a deliverable: opens the target's comments
// and a field to add one. Comments live in the school's review document, never in the commented content.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  COMMENT_MAX,
  checkCommentText,
  commentRoleOf,
  commentsOn,
  openCount,
  type CommentTarget,
} from '../../domain/review/comments.ts';
import type { ReviewHandle } from '../../data/docs/review/index.ts';
import { useCurrentUser, useView } from '../session/index.ts';
import { DocArea } from '../screenShell/index.ts';
import { CommentList } from './CommentList.tsx';
import { useReviewHandle } from './useReview.ts';
import './review.css';

interface Props {
  schoolId: SchoolId;
  target: CommentTarget;
}

function NewComment({ review, target, tid }: { review: ReviewHandle; target: CommentTarget; tid: string }) {
  const role = commentRoleOf(useCurrentUser().role);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!role) return null;
  const add = () => {
    const checked = checkCommentText(text);
    const result = checked.ok ? review.addComment(target, checked.text, role) : checked;
    if (!result.ok) return setError(result.message);
    setText('');
    setError(null);
  };
  return (
    <div className="comment-form">
      <textarea
        aria-label="Nuevo comentario"
        rows={2}
        maxLength={COMMENT_MAX + 200}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid={`${tid}-new`}
      />
      {error && (
        <span className="field-error" data-testid={`${tid}-error`}>
          {error}
        </span>
      )}
      <button type="button" onClick={add} data-testid={`${tid}-add`}>
        Agregar comentario
      </button>
    </div>
  );
}

export function Comments({ schoolId, target }: Props) {
  const review = useReviewHandle(schoolId);
  const all = useView(review?.comments);
  const [open, setOpen] = useState(false);
  if (!review || !all) return null;
  const mine = commentsOn(all.comments, target);
  const pending = openCount(mine);
  const tid = `comments-${target.kind}-${target.id}`;
  // The review document's own area: it stays writable inside a screen this session only reads.
  return (
    <DocArea kind="review">
      <div className="comments-box" data-testid={tid}>
        <button
          type="button"
          className="link"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid={`${tid}-toggle`}
        >
          Comentarios ({mine.length}){pending > 0 && pending < mine.length ? ` · ${pending} sin resolver` : ''}
        </button>
        {open && (
          <div className="comments-panel">
            <CommentList review={review} comments={mine} tid={`${tid}-item`} />
            <NewComment review={review} target={target} tid={tid} />
          </div>
        )}
      </div>
    </DocArea>
  );
}

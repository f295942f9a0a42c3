import { useState } from 'react';
import type { CommentAnchor, DraftComment } from '../../schemas/draft';
import { anchorKey } from '../domain/answerAnchors';
import { deleteComment, deleteReply, insertComment, reopenComment, replyToComment, resolveComment, sameAuthor } from '../domain/comments';
import { newId } from '../domain/newId';
import { REVIEW_MODE } from '../text/comments';
import { CommentForm } from './CommentForm';
import { domId, focusSoon, useReviewMode } from './reviewModeContext';
import './CommentThread.css';

/** The comments at one answer or section, each with its replies and what can be done with it. */
export function CommentThread({ anchor, comments }: { anchor: CommentAnchor; comments: readonly DraftComment[] }) {
  const mode = useReviewMode();
  if (comments.length === 0) return null;
  return (
    <ul className="comment-thread" aria-label={REVIEW_MODE.commentsOn(mode.labelOf(anchor))}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <Comment anchor={anchor} comment={comment} />
        </li>
      ))}
    </ul>
  );
}

function Written({ author, at }: { author: string; at: string }) {
  const date = new Date(at);
  return (
    <p className="comment__meta">
      <time dateTime={at}>{REVIEW_MODE.written(author, Number.isNaN(date.getTime()) ? new Date(0) : date)}</time>
    </p>
  );
}

function Comment({ anchor, comment }: { anchor: CommentAnchor; comment: DraftComment }) {
  const mode = useReviewMode();
  const [replying, setReplying] = useState(false);
  const id = domId('reactie', comment.id);
  const own = sameAuthor(comment.author, mode.name);
  const about = REVIEW_MODE.onComment(comment.author);

  const reply = (author: string, text: string) => {
    const replyId = newId();
    mode.updateComments((comments) => replyToComment(comments, comment.id, { author, text }, new Date(), replyId));
    setReplying(false);
    mode.announce(REVIEW_MODE.replied);
    focusSoon(domId('antwoord', replyId));
  };
  const toggleResolved = () => {
    mode.updateComments((comments) => (comment.resolved ? reopenComment(comments, comment.id) : resolveComment(comments, comment.id)));
    mode.announce(comment.resolved ? REVIEW_MODE.reopened : REVIEW_MODE.resolvedDone);
  };
  const remove = () => {
    // No "are you sure": the removal is announced with "Ongedaan maken", which puts it back in its place.
    let index = 0;
    mode.updateComments((comments) => {
      index = (comments ?? []).findIndex((c) => c.id === comment.id);
      return deleteComment(comments, comment.id);
    });
    mode.announce(REVIEW_MODE.removed, () => {
      mode.updateComments((comments) => insertComment(comments, comment, index));
      focusSoon(id);
    });
    // The comment is gone: the focus goes to where a new one is added for this answer (opening a table's list if needed).
    const add = document.getElementById(domId('reactie-toevoegen', anchorKey(anchor)));
    const details = add?.closest('details');
    if (details) details.open = true;
    add?.focus();
  };
  const removeReply = (replyId: string) => {
    mode.updateComments((comments) => deleteReply(comments, comment.id, replyId));
    mode.announce(REVIEW_MODE.replyRemoved);
    document.getElementById(id)?.focus();
  };

  return (
    <article id={id} tabIndex={-1} className={`comment${comment.resolved ? ' comment--resolved' : ''}`} aria-label={REVIEW_MODE.written(comment.author, new Date(comment.createdAt))}>
      <Written author={comment.author} at={comment.createdAt} />
      {(comment.origin === 'word' || comment.resolved) && (
        <p className="comment__tags">
          {comment.origin === 'word' && <span className="tag tag--in-progress">{REVIEW_MODE.fromWord}</span>}
          {comment.resolved && <span className="tag tag--complete">{REVIEW_MODE.resolved}</span>}
        </p>
      )}
      <p className="comment__text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ul className="comment__replies">
          {comment.replies.map((r) => (
            <li key={r.id} id={domId('antwoord', r.id)} tabIndex={-1} className="comment__reply">
              <Written author={r.author} at={r.createdAt} />
              <p className="comment__text">{r.text}</p>
              {sameAuthor(r.author, mode.name) && (
                <button type="button" className="button button--subtle button--small" onClick={() => removeReply(r.id)}>
                  {REVIEW_MODE.remove}
                  <span className="visually-hidden">{REVIEW_MODE.onReply(r.author)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="comment__actions">
        <button type="button" className="button button--secondary button--small" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
          {REVIEW_MODE.reply}
          <span className="visually-hidden">{about}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={toggleResolved}>
          {comment.resolved ? REVIEW_MODE.reopen : REVIEW_MODE.resolve}
          <span className="visually-hidden">{about}</span>
        </button>
        {own && (
          <button type="button" className="button button--danger button--small" onClick={remove}>
            {REVIEW_MODE.remove}
            <span className="visually-hidden">{about}</span>
          </button>
        )}
      </div>
      {replying && (
        <CommentForm
          label={REVIEW_MODE.replyFormLabel(comment.author)}
          textLabel={REVIEW_MODE.replyTextLabel}
          submitLabel={REVIEW_MODE.saveReply}
          onSubmit={reply}
          onCancel={() => {
            setReplying(false);
            document.getElementById(id)?.focus();
          }}
        />
      )}
    </article>
  );
}

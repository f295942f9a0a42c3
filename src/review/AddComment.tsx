import { useRef, useState } from 'react';
import type { CommentAnchor } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { anchorKey } from '../domain/answerAnchors';
import { addComment } from '../domain/comments';
import { newId } from '../domain/newId';
import { REVIEW_MODE } from '../text/comments';
import { CommentForm } from './CommentForm';
import { domId, focusSoon, useReviewMode } from './reviewModeContext';
import './AddComment.css';

interface Props {
  anchor: CommentAnchor;
  /** Show what the button is about (a table's answers are listed together); otherwise only screen readers hear it. */
  labelVisible?: boolean;
}

/** "Reactie toevoegen" at an answer or section: opens a form labelled with the answer; after placing, the new comment gets the focus. */
export function AddComment({ anchor, labelVisible = false }: Props) {
  const mode = useReviewMode();
  const label = mode.labelOf(anchor);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formId = domId('reactie-formulier', anchorKey(anchor));

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const place = (author: string, text: string) => {
    const id = newId();
    let full = false;
    mode.updateComments((comments) => {
      full = (comments?.length ?? 0) >= LIMITS.comments;
      return addComment(comments, anchor, { author, text }, new Date(), id);
    });
    setOpen(false);
    if (full) {
      mode.announce(REVIEW_MODE.full);
      buttonRef.current?.focus();
      return;
    }
    mode.announce(REVIEW_MODE.added(label));
    focusSoon(domId('reactie', id));
  };

  return (
    <div className="add-comment">
      <button
        ref={buttonRef}
        type="button"
        id={domId('reactie-toevoegen', anchorKey(anchor))}
        className="button button--subtle button--small add-comment__toggle"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {REVIEW_MODE.add}
        {labelVisible ? <span className="add-comment__label">{REVIEW_MODE.addAt(label)}</span> : <span className="visually-hidden">{REVIEW_MODE.addAt(label)}</span>}
      </button>
      {open && (
        <div id={formId}>
          <CommentForm label={REVIEW_MODE.formLabel(label)} textLabel={REVIEW_MODE.textLabel} submitLabel={REVIEW_MODE.save} onSubmit={place} onCancel={close} />
        </div>
      )}
    </div>
  );
}

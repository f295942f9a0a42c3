import type { CommentAnchor, DraftComment } from '../../schemas/draft';
import { AddComment } from './AddComment';
import { CommentThread } from './CommentThread';

/** The comments at one answer or section and the control to add one. */
export function AnswerComments({ anchor, comments }: { anchor: CommentAnchor; comments: readonly DraftComment[] }) {
  return (
    <div className="answer-comments">
      <CommentThread anchor={anchor} comments={comments} />
      <AddComment anchor={anchor} />
    </div>
  );
}

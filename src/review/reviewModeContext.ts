import { createContext, useContext } from 'react';
import type { CommentAnchor, DraftComment } from '../../schemas/draft';

/** What every comment control on the review page shares: the commenter's name, the live region and the draft's comments. */
export interface ReviewMode {
  /** The name comments are written under (remembered on this device). */
  name: string;
  rememberName(name: string): void;
  /** Reads a short message out in the page's live region; with `undo`, an "Ongedaan maken" button beside it. */
  announce(text: string, undo?: () => void): void;
  labelOf(anchor: CommentAnchor): string;
  /** Changes the draft's comments through the draft store (autosave and the draft file carry them). */
  updateComments(change: (comments: readonly DraftComment[] | undefined) => DraftComment[]): void;
}

export const ReviewModeContext = createContext<ReviewMode | null>(null);

export function useReviewMode(): ReviewMode {
  const mode = useContext(ReviewModeContext);
  if (!mode) throw new Error('useReviewMode outside ReviewModeContext');
  return mode;
}

/** A DOM id from an anchor or comment key (keys hold ":" and "."). */
export const domId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Focuses an element once React has drawn it (a new comment or reply appears after the store changed). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

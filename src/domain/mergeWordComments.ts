import type { CommentAnchor, CommentReply, DraftComment } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { WORD_IMPORT } from '../text/comments';

/** A Word comment with its replies, placed at an answer, section or the title (a comment target). */
export interface WordThread {
  wordId: string;
  author: string;
  text: string;
  createdAt: string;
  done: boolean;
  target: string;
  replies: { wordId: string; author: string; text: string; createdAt: string }[];
}

// What a Word file cannot hold (XML 1.0) is dropped on export; a comment is compared without it, and without case or spacing.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const comparable = (text: string) => text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl-NL');
/** Same author and text; an author left empty in the app comes back from Word with no name too. */
const same = (a: { author: string; text: string }, b: { author: string; text: string; rawAuthor?: string }) =>
  (comparable(a.author) === comparable(b.author) || (b.rawAuthor !== undefined && comparable(a.author) === comparable(b.rawAuthor))) &&
  comparable(a.text) === comparable(b.text);

/** FNV-1a, base 36: a short stable id part from a comment's author and text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The same Word comment (id, author, text) always gets the same id, so a second import finds it. */
export function wordCommentId(wordId: string, author: string, text: string): string {
  return `w${wordId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 20)}-${hash(`${comparable(author)}|${comparable(text)}`)}`;
}

/**
 * The draft's comments with those of a Word file added. A Word comment the draft already has is
 * not added again: the same id, or the same author and text at the same place (the app's own
 * comments went into the advisor's version and come back in it). A reply added in Word to such a
 * comment is added to it. A Word reply that lost its thread (a program that keeps no threads) is
 * recognised as an existing reply. Comments marked done in Word are resolved.
 *
 * `targetOf` says where an existing comment sat in that Word file; `anchorOf` turns a Word place
 * into an anchor for a new comment.
 */
export function mergeWordComments(
  existing: readonly DraftComment[] | undefined,
  threads: readonly WordThread[],
  targetOf: (anchor: CommentAnchor) => string,
  anchorOf: (target: string) => CommentAnchor,
): DraftComment[] {
  const merged = [...(existing ?? [])];
  const clip = (text: string, max: number) => text.slice(0, max);
  const authorOf = (name: string) => clip(name.trim() || WORD_IMPORT.unknownAuthor, LIMITS.shortText);
  for (const thread of threads) {
    if (!thread.text.trim()) continue;
    const author = authorOf(thread.author);
    const text = clip(thread.text, LIMITS.commentText);
    const id = wordCommentId(thread.wordId, author, text);
    const at = merged.filter((c) => targetOf(c.anchor) === thread.target);
    const incoming = { author, text, rawAuthor: thread.author };
    const index = merged.findIndex((c) => c.id === id || (same(c, incoming) && at.includes(c)));
    if (index < 0 && at.some((c) => c.replies.some((r) => same(r, incoming)))) continue;
    const replies = thread.replies
      .filter((r) => r.text.trim())
      .map((r) => {
        const replyAuthor = authorOf(r.author);
        const replyText = clip(r.text, LIMITS.commentText);
        return { id: wordCommentId(r.wordId, replyAuthor, replyText), author: replyAuthor, text: replyText, createdAt: r.createdAt, rawAuthor: r.author };
      });
    if (index >= 0) {
      const found = merged[index]!;
      const added = replies.filter((r) => !found.replies.some((old) => old.id === r.id || same(old, r)));
      merged[index] = {
        ...found,
        replies: [...found.replies, ...added.map(withoutRawAuthor)].slice(0, LIMITS.commentReplies),
        ...(thread.done ? { resolved: true } : {}),
      };
      continue;
    }
    if (merged.length >= LIMITS.comments) break;
    merged.push({
      id,
      anchor: anchorOf(thread.target),
      author,
      text,
      createdAt: thread.createdAt,
      ...(thread.done ? { resolved: true } : {}),
      replies: dedupe(replies.map(withoutRawAuthor)).slice(0, LIMITS.commentReplies),
      origin: 'word',
    });
  }
  return merged;
}

const withoutRawAuthor = ({ rawAuthor: _raw, ...reply }: CommentReply & { rawAuthor: string }): CommentReply => reply;

function dedupe(replies: CommentReply[]): CommentReply[] {
  return replies.filter((r, i) => replies.findIndex((o) => o.id === r.id) === i);
}

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

/** What a merge did with the Word comments (a reply counts as a comment, as in Word). */
export interface MergeCounts {
  /** New in the draft. */
  added: number;
  /** The draft had them already (the app's own comments coming back, or a second import). */
  known: number;
  /** Not taken: empty, or past the draft's limits. */
  skipped: number;
}

export interface MergeResult {
  comments: DraftComment[];
  counts: MergeCounts;
}

// What a Word file cannot hold (XML 1.0) is dropped on export; a comment is compared without it, and without case or spacing.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const comparable = (text: string) => text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl-NL');

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
 *
 * Linear in the number of comments: each comment's comparable form is made once and looked up in
 * maps (comparing every Word comment with every comment in the draft took 78 s for 2,000).
 */
export function mergeWordComments(
  existing: readonly DraftComment[] | undefined,
  threads: readonly WordThread[],
  targetOf: (anchor: CommentAnchor) => string,
  anchorOf: (target: string) => CommentAnchor,
): MergeResult {
  const merged = [...(existing ?? [])];
  const counts: MergeCounts = { added: 0, known: 0, skipped: 0 };
  const memo = new Map<string, string>();
  const key = (text: string) => {
    let k = memo.get(text);
    if (k === undefined) memo.set(text, (k = comparable(text)));
    return k;
  };
  /** Where, who and what: the identity of a comment apart from its id. */
  const placeKey = (target: string, author: string, text: string) => `${target}\u0000${key(author)}\u0000${key(text)}`;
  const byId = new Map<string, number>();
  const byPlace = new Map<string, number>();
  /** Replies of the comments at each place, by placeKey. */
  const repliesAt = new Set<string>();
  const targets: string[] = [];
  const index = (i: number) => {
    const c = merged[i]!;
    const target = (targets[i] = targetOf(c.anchor));
    if (!byId.has(c.id)) byId.set(c.id, i);
    const place = placeKey(target, c.author, c.text);
    if (!byPlace.has(place)) byPlace.set(place, i);
    for (const r of c.replies) repliesAt.add(placeKey(target, r.author, r.text));
  };
  merged.forEach((_, i) => index(i));

  const clip = (text: string, max: number) => text.slice(0, max);
  const authorOf = (name: string) => clip(name.trim() || WORD_IMPORT.unknownAuthor, LIMITS.shortText);
  for (const thread of threads) {
    if (!thread.text.trim()) {
      counts.skipped += 1 + thread.replies.length;
      continue;
    }
    const author = authorOf(thread.author);
    const text = clip(thread.text, LIMITS.commentText);
    const id = wordCommentId(thread.wordId, author, text);
    // The first comment in the draft with this id, or with this author (as cleaned up, or as Word has it) and text at this place.
    const candidates = [byId.get(id), byPlace.get(placeKey(thread.target, author, text)), byPlace.get(placeKey(thread.target, thread.author, text))];
    const found = Math.min(...candidates.map((i) => i ?? Number.POSITIVE_INFINITY));
    if (found === Number.POSITIVE_INFINITY && (repliesAt.has(placeKey(thread.target, author, text)) || repliesAt.has(placeKey(thread.target, thread.author, text)))) {
      counts.known += 1;
      continue;
    }
    const replies: (CommentReply & { rawAuthor: string })[] = [];
    for (const r of thread.replies) {
      if (!r.text.trim()) {
        counts.skipped++;
        continue;
      }
      const replyAuthor = authorOf(r.author);
      const replyText = clip(r.text, LIMITS.commentText);
      replies.push({ id: wordCommentId(r.wordId, replyAuthor, replyText), author: replyAuthor, text: replyText, createdAt: r.createdAt, rawAuthor: r.author });
    }
    if (found !== Number.POSITIVE_INFINITY) {
      const old = merged[found]!;
      const oldIds = new Set(old.replies.map((r) => r.id));
      const oldKeys = new Set(old.replies.map((r) => placeKey('', r.author, r.text)));
      const added = replies.filter((r) => !oldIds.has(r.id) && !oldKeys.has(placeKey('', r.author, r.text)) && !oldKeys.has(placeKey('', r.rawAuthor, r.text)));
      const kept = added.slice(0, Math.max(0, LIMITS.commentReplies - old.replies.length));
      merged[found] = { ...old, replies: [...old.replies, ...kept.map(withoutRawAuthor)], ...(thread.done ? { resolved: true } : {}) };
      for (const r of kept) repliesAt.add(placeKey(targets[found]!, r.author, r.text));
      counts.known += 1 + replies.length - added.length;
      counts.added += kept.length;
      counts.skipped += added.length - kept.length;
      continue;
    }
    if (merged.length >= LIMITS.comments) {
      counts.skipped += 1 + replies.length;
      continue;
    }
    const unique = dedupe(replies);
    const kept = unique.slice(0, LIMITS.commentReplies);
    merged.push({
      id,
      anchor: anchorOf(thread.target),
      author,
      text,
      createdAt: thread.createdAt,
      ...(thread.done ? { resolved: true } : {}),
      replies: kept.map(withoutRawAuthor),
      origin: 'word',
    });
    index(merged.length - 1);
    counts.added += 1 + kept.length;
    counts.known += replies.length - unique.length;
    counts.skipped += unique.length - kept.length;
  }
  return { comments: merged, counts };
}

const withoutRawAuthor = ({ rawAuthor: _raw, ...reply }: CommentReply & { rawAuthor: string }): CommentReply => reply;

function dedupe<T extends { id: string }>(replies: T[]): T[] {
  const seen = new Set<string>();
  return replies.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

import type { Answers, CommentAnchor, DraftComment } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate } from '../../schemas/template';
import type { ApplicationFields } from '../../schemas/fields/steps';
import { ANCHOR_LABELS } from '../text/anchorLabels';
import { STEP_TITLES } from '../text/nl';
import { anchorKey, GENERAL_STEP, locateField, type AnchorFrame, type LocatedField } from './answerAnchors';
import { newId } from './newId';
import { STEP_IDS, type StepId } from './steps';

/**
 * Comments on a draft as pure list operations: each returns a new list and leaves the old one
 * alone, so the draft store can hold the result (and autosave and the draft file carry it).
 */

export interface CommentInput {
  author: string;
  text: string;
}

const clean = (value: string, max: number) => value.trim().slice(0, max);

/** A new comment at the end; the list unchanged when the text is empty or the draft holds the maximum. */
export function addComment(
  comments: readonly DraftComment[] | undefined,
  anchor: CommentAnchor,
  input: CommentInput,
  now: Date,
  id: string = newId(),
): DraftComment[] {
  const list = [...(comments ?? [])];
  const text = clean(input.text, LIMITS.commentText);
  if (!text || list.length >= LIMITS.comments) return list;
  return [...list, { id, anchor, author: clean(input.author, LIMITS.shortText), text, createdAt: now.toISOString(), replies: [], origin: 'app' }];
}

export function replyToComment(
  comments: readonly DraftComment[] | undefined,
  commentId: string,
  input: CommentInput,
  now: Date,
  id: string = newId(),
): DraftComment[] {
  const text = clean(input.text, LIMITS.commentText);
  return change(comments, commentId, (c) =>
    text && c.replies.length < LIMITS.commentReplies
      ? { ...c, replies: [...c.replies, { id, author: clean(input.author, LIMITS.shortText), text, createdAt: now.toISOString() }] }
      : c,
  );
}

export function resolveComment(comments: readonly DraftComment[] | undefined, commentId: string): DraftComment[] {
  return change(comments, commentId, (c) => ({ ...c, resolved: true }));
}

export function reopenComment(comments: readonly DraftComment[] | undefined, commentId: string): DraftComment[] {
  return change(comments, commentId, ({ resolved: _resolved, ...c }) => c);
}

export function deleteComment(comments: readonly DraftComment[] | undefined, commentId: string): DraftComment[] {
  return (comments ?? []).filter((c) => c.id !== commentId);
}

export function deleteReply(comments: readonly DraftComment[] | undefined, commentId: string, replyId: string): DraftComment[] {
  return change(comments, commentId, (c) => ({ ...c, replies: c.replies.filter((r) => r.id !== replyId) }));
}

/** Puts a removed comment back where it was (undo). */
export function insertComment(comments: readonly DraftComment[] | undefined, comment: DraftComment, index: number): DraftComment[] {
  const list = (comments ?? []).filter((c) => c.id !== comment.id);
  list.splice(Math.max(0, Math.min(index, list.length)), 0, comment);
  return list;
}

function change(comments: readonly DraftComment[] | undefined, id: string, edit: (c: DraftComment) => DraftComment): DraftComment[] {
  return (comments ?? []).map((c) => (c.id === id ? edit(c) : c));
}

/** The comments on one answer, section or step, oldest first. */
export function commentsFor(comments: readonly DraftComment[] | undefined, anchor: CommentAnchor): DraftComment[] {
  const key = anchorKey(anchor);
  return (comments ?? []).filter((c) => anchorKey(c.anchor) === key);
}

/** Whether a name is the author's: "delete your own" compares names the way people type them. */
export const sameAuthor = (a: string, b: string) => a.trim().toLocaleLowerCase('nl-NL') === b.trim().toLocaleLowerCase('nl-NL') && a.trim() !== '';

/**
 * What a comment is about, in Dutch: "Activiteit 2 ‘Proefstage’ – Beschrijving", "Hoofdstuk
 * ‘Nazorg’", "De hele aanvraag". With the template, a section is named by its heading.
 */
export function anchorLabel(anchor: CommentAnchor, answers: Answers, scheme: Scheme, template?: DocumentTemplate, fields?: ApplicationFields): string {
  const stepTitle = (STEP_IDS as readonly string[]).includes(anchor.step) ? STEP_TITLES[anchor.step as StepId] : undefined;
  if (anchor.field) {
    const located = locateField(answers, anchor, fields);
    if (!located) return ANCHOR_LABELS.gone(stepTitle ?? ANCHOR_LABELS.general);
    return ANCHOR_LABELS.field(placeLabel(located, scheme), located.field.label);
  }
  if (anchor.section) {
    const heading = template?.sections.find((s) => s.id === anchor.section)?.heading ?? template?.appendices.find((s) => s.id === anchor.section)?.heading;
    return ANCHOR_LABELS.section(heading ?? anchor.section);
  }
  if (anchor.step === GENERAL_STEP || !stepTitle) return ANCHOR_LABELS.general;
  return ANCHOR_LABELS.step(stepTitle);
}

/** Where an answer sits: its step, or the target group or list item around it ("Activiteit 2 ‘Proefstage’, kostenregel 1"). */
function placeLabel(located: LocatedField, scheme: Scheme): string {
  let label = STEP_TITLES[located.step];
  for (const frame of located.frames) label = frame.kind === 'group' ? ANCHOR_LABELS.group(frame.groupId) : itemLabel(frame, label, scheme);
  return label;
}

function itemLabel({ list, index, item }: Extract<AnchorFrame, { kind: 'item' }>, outer: string, scheme: Scheme): string {
  const text = (key: string) => (typeof item[key] === 'string' ? item[key] : undefined);
  switch (list) {
    case 'chosen': {
      const mechanism = scheme.mechanisms.find((m) => m.id === item.mechanismId);
      return mechanism ? ANCHOR_LABELS.mechanism(mechanism.number, mechanism.name) : String(item.mechanismId);
    }
    case 'activities':
      return ANCHOR_LABELS.activity(index, text('title'));
    case 'costLines':
      return ANCHOR_LABELS.costLine(outer, index);
    case 'partners':
      return ANCHOR_LABELS.partner(index, text('name'));
    default:
      return ANCHOR_LABELS.item(outer, index);
  }
}

import { describe, expect, it } from 'vitest';
import type { CommentAnchor, DraftComment } from '../../schemas/draft';
import { anchorKey, fieldAnchorOf } from './answerAnchors';
import { mergeWordComments, wordCommentId, type WordThread } from './mergeWordComments';

const targetOf = (anchor: CommentAnchor) => anchorKey(anchor);
const anchorOf = (target: string): CommentAnchor => fieldAnchorOf(target) ?? { step: 'algemeen' };
const thread = (wordId: string, author: string, text: string, target = 'nazorg:duration', extra: Partial<WordThread> = {}): WordThread => ({
  wordId,
  author,
  text,
  createdAt: '2026-11-26T09:00:00.000Z',
  done: false,
  target,
  replies: [],
  ...extra,
});
const own: DraftComment = {
  id: 'c1',
  anchor: { step: 'nazorg', field: 'duration' },
  author: 'Karim',
  text: 'Graag kijken.',
  createdAt: '2026-11-20T09:00:00.000Z',
  replies: [{ id: 'r1', author: 'Anna', text: 'Doe ik.', createdAt: '2026-11-20T10:00:00.000Z' }],
};

describe('mergeWordComments', () => {
  it('adds a new Word comment with its replies at the anchor of its place, marked as from Word', () => {
    const merged = mergeWordComments([own], [thread('5', 'Jan', 'Nieuw.', 'nazorg:handover', { replies: [{ wordId: '6', author: 'Anna', text: 'Ok.', createdAt: '2026-11-27T09:00:00.000Z' }] })], targetOf, anchorOf);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toMatchObject({ id: wordCommentId('5', 'Jan', 'Nieuw.'), anchor: { step: 'nazorg', field: 'handover' }, author: 'Jan', origin: 'word' });
    expect(merged[1]!.replies.map((r) => r.text)).toEqual(['Ok.']);
  });

  it('recognises the app’s own comment and reply coming back (same author and text, same place), and adds a reply written in Word to it', () => {
    const merged = mergeWordComments(
      [own],
      [
        thread('0', 'karim ', 'Graag  kijken.', 'nazorg:duration', {
          replies: [
            { wordId: '1', author: 'Anna', text: 'Doe ik.', createdAt: '2026-11-20T10:00:00.000Z' },
            { wordId: '2', author: 'Jan', text: 'Prima.', createdAt: '2026-11-27T10:00:00.000Z' },
          ],
          done: true,
        }),
        // A reply that lost its thread.
        thread('3', 'Anna', 'Doe ik.'),
      ],
      targetOf,
      anchorOf,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.replies.map((r) => r.text)).toEqual(['Doe ik.', 'Prima.']);
    expect(merged[0]!.resolved).toBe(true);
  });

  it('does not take the same text by the same author at another answer for the same comment', () => {
    const merged = mergeWordComments([own], [thread('9', 'Karim', 'Graag kijken.', 'nazorg:handover')], targetOf, anchorOf);
    expect(merged).toHaveLength(2);
  });

  it('is the same after a second import of the same comments', () => {
    const threads = [thread('5', 'Jan', 'Nieuw.'), thread('7', '', 'Zonder naam', 'x')];
    const once = mergeWordComments([], threads, targetOf, anchorOf);
    expect(mergeWordComments(once, threads, targetOf, anchorOf)).toEqual(once);
    expect(once[1]).toMatchObject({ author: 'Onbekende adviseur', anchor: { step: 'algemeen' } });
  });

  it('skips empty comments and keeps ids within the draft’s id pattern', () => {
    expect(mergeWordComments([], [thread('1', 'Jan', '   ')], targetOf, anchorOf)).toEqual([]);
    expect(wordCommentId('<script>"1"', 'Jan', 'x')).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

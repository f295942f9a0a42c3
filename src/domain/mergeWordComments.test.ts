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
    const { comments: merged } = mergeWordComments([own], [thread('5', 'Jan', 'Nieuw.', 'nazorg:handover', { replies: [{ wordId: '6', author: 'Anna', text: 'Ok.', createdAt: '2026-11-27T09:00:00.000Z' }] })], targetOf, anchorOf);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toMatchObject({ id: wordCommentId('5', 'Jan', 'Nieuw.'), anchor: { step: 'nazorg', field: 'handover' }, author: 'Jan', origin: 'word' });
    expect(merged[1]!.replies.map((r) => r.text)).toEqual(['Ok.']);
  });

  it('recognises the app’s own comment and reply coming back (same author and text, same place), and adds a reply written in Word to it', () => {
    const { comments: merged } = mergeWordComments(
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
    const { comments: merged } = mergeWordComments([own], [thread('9', 'Karim', 'Graag kijken.', 'nazorg:handover')], targetOf, anchorOf);
    expect(merged).toHaveLength(2);
  });

  it('is the same after a second import of the same comments', () => {
    const threads = [thread('5', 'Jan', 'Nieuw.'), thread('7', '', 'Zonder naam', 'x')];
    const once = mergeWordComments([], threads, targetOf, anchorOf).comments;
    expect(mergeWordComments(once, threads, targetOf, anchorOf).comments).toEqual(once);
    expect(once[1]).toMatchObject({ author: 'Onbekende adviseur', anchor: { step: 'algemeen' } });
  });

  it('skips empty comments and keeps ids within the draft’s id pattern', () => {
    expect(mergeWordComments([], [thread('1', 'Jan', '   ')], targetOf, anchorOf)).toEqual({ comments: [], counts: { added: 0, known: 0, skipped: 1 } });
    expect(wordCommentId('<script>"1"', 'Jan', 'x')).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('counts what came in, what the draft had already and what was skipped (a reply counts as a comment)', () => {
    const { counts } = mergeWordComments(
      [own],
      [
        thread('0', 'Karim', 'Graag kijken.', 'nazorg:duration', {
          replies: [
            { wordId: '1', author: 'Anna', text: 'Doe ik.', createdAt: '2026-11-20T10:00:00.000Z' },
            { wordId: '2', author: 'Jan', text: 'Prima.', createdAt: '2026-11-27T10:00:00.000Z' },
            { wordId: '3', author: 'Jan', text: ' ', createdAt: '2026-11-27T10:00:00.000Z' },
          ],
        }),
        thread('4', 'Jan', 'Nieuw.', 'nazorg:handover', { replies: [{ wordId: '5', author: 'Anna', text: 'Ok.', createdAt: '2026-11-27T09:00:00.000Z' }] }),
        thread('6', 'Jan', ''),
      ],
      targetOf,
      anchorOf,
    );
    expect(counts).toEqual({ added: 3, known: 2, skipped: 2 });
  });

  it('finds every duplicate among thousands of comments, at the right place only, and stops at the draft’s limit', () => {
    const existing: DraftComment[] = Array.from({ length: 1500 }, (_, i) => ({
      ...own,
      id: `c${i}`,
      anchor: { step: 'nazorg', field: i % 2 ? 'duration' : 'handover' },
      author: 'Jan Jansen',
      text: `Opmerking ${i}`,
      replies: [{ id: `r${i}`, author: 'Anna', text: `Antwoord ${i}`, createdAt: own.createdAt }],
    }));
    const threads = [
      // All 1,500 come back from the advisor's version, in other case and spacing.
      ...existing.map((c, i) => thread(String(i), ' jan  JANSEN', `opmerking  ${i}`, anchorKey(c.anchor))),
      // The same texts at another answer are other comments...
      ...existing.slice(0, 300).map((_, i) => thread(String(2000 + i), 'Jan Jansen', `Opmerking ${i}`, 'monitoring:indicators')),
      // ...replies that lost their thread are known...
      ...existing.slice(0, 100).map((c, i) => thread(String(3000 + i), 'Anna', `Antwoord ${i}`, anchorKey(c.anchor))),
      // ...and 400 new ones, of which the last 200 do not fit (the limit is 2,000 comments).
      ...Array.from({ length: 400 }, (_, i) => thread(String(4000 + i), 'Jan Jansen', `Nieuw ${i}`)),
    ];
    const { comments, counts } = mergeWordComments(existing, threads, targetOf, anchorOf);
    expect(comments).toHaveLength(2000);
    expect(comments.slice(0, 1500)).toEqual(existing);
    expect(comments.slice(1500, 1800).every((c) => c.anchor.field === 'indicators')).toBe(true);
    expect(comments.at(-1)!.text).toBe('Nieuw 199');
    expect(counts).toEqual({ added: 500, known: 1600, skipped: 200 });
    // A second import of the same file adds nothing.
    expect(mergeWordComments(comments, threads, targetOf, anchorOf).counts).toMatchObject({ added: 0, skipped: 200 });
  });
});

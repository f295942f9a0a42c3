import { describe, expect, it } from 'vitest';
import type { Answers, DraftComment } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme } from '../../templates/schemes';
import { addComment, anchorLabel, commentsFor, deleteComment, deleteReply, insertComment, reopenComment, replyToComment, resolveComment, sameAuthor } from './comments';

const scheme = getScheme();
const now = new Date('2026-11-26T09:30:00Z');
const duration = { step: 'nazorg', field: 'duration' };
const answers: Answers = {
  activities: [
    { id: 'act1', title: 'Proefstage', costLines: [{ id: 'k1', amount: '100' }, { id: 'k2', amount: '200' }] },
    { id: 'act2', title: '  ' },
  ],
  partners: [{ id: 'p1', name: 'Gemeente Lindeveld' }],
  mechanisms: { chosen: [{ mechanismId: scheme.mechanisms[1]!.id }] },
};

describe('comment list operations', () => {
  it('adds a comment with author, trimmed text and the time; leaves the old list alone', () => {
    const before: DraftComment[] = [];
    const after = addComment(before, duration, { author: ' Anna ', text: '  Is dit haalbaar?  ' }, now, 'c1');
    expect(before).toEqual([]);
    expect(after).toEqual([{ id: 'c1', anchor: duration, author: 'Anna', text: 'Is dit haalbaar?', createdAt: '2026-11-26T09:30:00.000Z', replies: [], origin: 'app' }]);
    expect(addComment(after, duration, { author: 'Anna', text: '   ' }, now)).toEqual(after);
    expect(addComment(undefined, duration, { author: 'A', text: 'x'.repeat(LIMITS.commentText + 10) }, now)[0]!.text).toHaveLength(LIMITS.commentText);
  });

  it('replies, resolves, reopens and deletes, each on the one comment meant', () => {
    let list = addComment(undefined, duration, { author: 'Anna', text: 'Vraag' }, now, 'c1');
    list = addComment(list, { step: 'nazorg', field: 'handover' }, { author: 'Jan', text: 'Andere vraag' }, now, 'c2');
    list = replyToComment(list, 'c1', { author: 'Jan', text: 'Antwoord' }, now, 'r1');
    expect(list[0]!.replies).toEqual([{ id: 'r1', author: 'Jan', text: 'Antwoord', createdAt: now.toISOString() }]);
    expect(list[1]!.replies).toEqual([]);
    expect(replyToComment(list, 'c1', { author: 'Jan', text: ' ' }, now)).toEqual(list);

    list = resolveComment(list, 'c2');
    expect(list.map((c) => c.resolved)).toEqual([undefined, true]);
    list = reopenComment(list, 'c2');
    expect(list[1]).not.toHaveProperty('resolved');

    expect(deleteReply(list, 'c1', 'r1')[0]!.replies).toEqual([]);
    expect(deleteComment(list, 'c1').map((c) => c.id)).toEqual(['c2']);
    // Undo puts a removed comment back in its place, once.
    const removed = list[0]!;
    expect(insertComment(deleteComment(list, 'c1'), removed, 0).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(insertComment(list, removed, 5).map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('finds the comments of one answer, section or step', () => {
    let list = addComment(undefined, duration, { author: 'A', text: '1' }, now, 'c1');
    list = addComment(list, { step: 'nazorg', section: 'nazorg' }, { author: 'A', text: '2' }, now, 'c2');
    list = addComment(list, { step: 'nazorg', field: 'duration' }, { author: 'B', text: '3' }, now, 'c3');
    list = addComment(list, { step: 'nazorg' }, { author: 'B', text: '4' }, now, 'c4');
    expect(commentsFor(list, duration).map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(commentsFor(list, { step: 'budget', section: 'nazorg' }).map((c) => c.id)).toEqual(['c2']);
    expect(commentsFor(list, { step: 'nazorg' }).map((c) => c.id)).toEqual(['c4']);
  });

  it('recognises the author’s own name however it is typed', () => {
    expect(sameAuthor('Anna de Vries', ' anna de vries ')).toBe(true);
    expect(sameAuthor('Anna', 'Jan')).toBe(false);
    expect(sameAuthor('', '')).toBe(false);
  });
});

describe('anchorLabel', () => {
  const template = getDocumentTemplate(scheme.id);
  it.each([
    [{ step: 'nazorg', field: 'duration' }, 'Nazorg – Hoe lang de nazorg duurt'],
    [{ step: 'applicant', field: 'institutionName' }, 'Aanvrager – Naam van de instelling'],
    [{ step: 'targetGroups', field: 'b.selection' }, 'Doelgroep b – Hoe de deelnemers worden gekozen'],
    [{ step: 'mechanisms', field: `chosen.${scheme.mechanisms[1]!.id}.rationale` }, `Mechanisme 2 (${scheme.mechanisms[1]!.name}) – Waarom dit past`],
    [{ step: 'activities', field: 'activities.act1.description' }, 'Activiteit 1 ‘Proefstage’ – Beschrijving'],
    [{ step: 'activities', field: 'activities.act2.title' }, 'Activiteit 2 – Titel'],
    [{ step: 'activities', field: 'activities.act1.costLines.k2.amount' }, 'Activiteit 1 ‘Proefstage’, kostenregel 2 – Bedrag'],
    [{ step: 'partners', field: 'partners.p1.role' }, 'Partner 1 (Gemeente Lindeveld) – Rol'],
    [{ step: 'activities', field: 'activities.weg.description' }, 'Activiteiten – een antwoord dat er niet meer is'],
    [{ step: 'budget', section: 'begroting' }, 'Hoofdstuk ‘Begroting’'],
    [{ step: 'algemeen' }, 'De hele aanvraag'],
    [{ step: 'monitoring' }, 'Stap ‘Monitoring en verantwoording’'],
  ])('%o → %s', (anchor, label) => {
    expect(anchorLabel(anchor, answers, scheme, template)).toBe(label);
  });
});

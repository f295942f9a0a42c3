import type { Answers } from '../../schemas/draft';
import { removeItem, restoreItem } from './itemList';

/** Ids of the activities that name this partner (they lose that link when the partner is removed). */
export function activitiesLinkedToPartner(answers: Answers, partnerId: string): string[] {
  return (answers.activities ?? []).filter((a) => a.partnerIds?.includes(partnerId)).map((a) => a.id);
}

/**
 * Puts a partner back on the activities that named it before it was removed (undo). Returns the
 * same answers object when there is nothing to restore, so callers can skip a store update.
 */
export function restorePartnerLinks(answers: Answers, partnerId: string, activityIds: readonly string[]): Answers {
  const needs = (a: NonNullable<Answers['activities']>[number]) => activityIds.includes(a.id) && !a.partnerIds?.includes(partnerId);
  if (!answers.activities?.some(needs)) return answers;
  return {
    ...answers,
    activities: answers.activities.map((a) => (needs(a) ? { ...a, partnerIds: [...(a.partnerIds ?? []), partnerId] } : a)),
  };
}

/** A partner taken out of Samenwerking: where it stood and the activities that named it. */
export interface RemovedPartner {
  partner: NonNullable<Answers['partners']>[number];
  index: number;
  linkedActivityIds: string[];
}

/** Removes a partner and its links from the activities (they would name a partner that is gone). */
export function removePartner(answers: Answers, id: string): { answers: Answers; removed?: RemovedPartner } {
  const linkedActivityIds = activitiesLinkedToPartner(answers, id);
  const { answers: next, removed } = removeItem(answers, 'partners', id);
  if (!removed) return { answers };
  const activities = next.activities?.map((a) => (a.partnerIds?.includes(id) ? { ...a, partnerIds: a.partnerIds.filter((p) => p !== id) } : a));
  return { answers: { ...next, ...(activities ? { activities } : {}) }, removed: { partner: removed.item, index: removed.index, linkedActivityIds } };
}

/** "Ongedaan maken": the partner back in its place, and on the activities that named it. */
export function restorePartner(answers: Answers, { partner, index, linkedActivityIds }: RemovedPartner): Answers {
  return restorePartnerLinks(restoreItem(answers, 'partners', { item: partner, index }), partner.id, linkedActivityIds);
}

import type { Answers } from '../../schemas/draft';

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

import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';

/**
 * Drops answers to questions that are hidden by another answer, so no stale answer reaches
 * the checks or the Word document: the "other" explanation without "other", the co-financing
 * amount after "no co-financing", links to partners that were removed.
 */
export function pruneHidden(answers: Answers, scheme: Scheme): Answers {
  const explains = new Set(scheme.riskIndicators.filter((r) => r.requiresExplanation).map((r) => r.id));
  let next = answers;
  for (const key of ['a', 'b'] as const) {
    const group = next.targetGroups?.[key];
    if (group?.otherRiskExplanation !== undefined && !group.riskIndicators?.some((r) => explains.has(r))) {
      const { otherRiskExplanation: _dropped, ...rest } = group;
      next = { ...next, targetGroups: { ...next.targetGroups, [key]: rest } };
    }
  }
  const budget = next.budget;
  if (budget && budget.hasCofinancing !== 'yes' && (budget.cofinancingAmount !== undefined || budget.cofinancingSource !== undefined)) {
    const { cofinancingAmount: _a, cofinancingSource: _s, ...rest } = budget;
    next = { ...next, budget: rest };
  }
  const partnerIds = new Set((next.partners ?? []).map((p) => p.id));
  if (next.activities?.some((a) => a.partnerIds?.some((p) => !partnerIds.has(p)))) {
    next = {
      ...next,
      activities: next.activities.map((a) =>
        a.partnerIds?.some((p) => !partnerIds.has(p)) ? { ...a, partnerIds: a.partnerIds.filter((p) => partnerIds.has(p)) } : a,
      ),
    };
  }
  return next;
}

import type { Answers } from '../../schemas/draft';
import { parseEuroCents, parseWholeNumber } from '../../schemas/dutchNumber';
import { activityGroupIds } from '../../schemas/fields/activities';
import type { Scheme } from '../../schemas/scheme';

export interface BudgetTotals {
  /** Sum of every readable cost line, in cents. */
  totalCents: number;
  lineCount: number;
  /** Cost lines whose amount could not be read. */
  unreadableLines: number;
  byActivity: Record<string, number>;
  byCategory: Record<string, number>;
  /** An activity serving several groups is split evenly between them. */
  byTargetGroup: Record<string, number>;
  requestedCents: number | undefined;
  cofinancingCents: number | undefined;
  /** Total cost per student of both target groups together, when both are known. */
  perParticipantCents: number | undefined;
}

/**
 * Budget sums, in whole cents so totals never drift. Pure. With the round, an activity of a round
 * with one target group counts for that group (the form does not ask it there).
 */
export function budgetTotals(answers: Answers, scheme?: Scheme): BudgetTotals {
  const totals: BudgetTotals = {
    totalCents: 0,
    lineCount: 0,
    unreadableLines: 0,
    // Keys come from the draft (ids, categories): no prototype, so "constructor" or "__proto__" are plain keys.
    byActivity: Object.create(null) as Record<string, number>,
    byCategory: Object.create(null) as Record<string, number>,
    byTargetGroup: Object.create(null) as Record<string, number>,
    requestedCents: parseEuroCents(answers.budget?.requestedAmount),
    cofinancingCents: answers.budget?.hasCofinancing === 'yes' ? parseEuroCents(answers.budget.cofinancingAmount) : undefined,
    perParticipantCents: undefined,
  };
  for (const activity of answers.activities ?? []) {
    let activityCents = 0;
    for (const line of activity.costLines ?? []) {
      const cents = parseEuroCents(line.amount);
      if (cents === undefined) {
        if (line.amount?.trim()) totals.unreadableLines += 1;
        continue;
      }
      totals.lineCount += 1;
      activityCents += cents;
      const category = line.category || 'other';
      totals.byCategory[category] = (totals.byCategory[category] ?? 0) + cents;
    }
    totals.byActivity[activity.id] = activityCents;
    totals.totalCents += activityCents;
    const groups = scheme ? activityGroupIds(activity, scheme) : (activity.targetGroupIds ?? []);
    groups.forEach((g, i) => {
      // Split evenly; the first group takes the rounding remainder so the parts add up exactly.
      const share = Math.floor(activityCents / groups.length) + (i === 0 ? activityCents % groups.length : 0);
      totals.byTargetGroup[g] = (totals.byTargetGroup[g] ?? 0) + share;
    });
  }
  const participants =
    (parseWholeNumber(answers.targetGroups?.a?.expectedCount) ?? 0) + (parseWholeNumber(answers.targetGroups?.b?.expectedCount) ?? 0);
  if (participants > 0 && totals.lineCount > 0) totals.perParticipantCents = Math.round(totals.totalCents / participants);
  return totals;
}

import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { parseEuroCents, parseWholeNumber } from '../../schemas/dutchNumber';
import { activityGroupIds } from '../../schemas/fields/activities';
import { budgetTotals } from './budget';

export interface OverviewLine {
  id: string;
  /** A cost category of the scheme, or undefined when none (or an unknown one) is chosen. */
  categoryId: string | undefined;
  categoryLabel: string | undefined;
  description: string;
  /** The amount exactly as typed. */
  amount: string;
  cents: number | undefined;
  /** An amount was typed but cannot be read as euros; it does not count in any total. */
  unreadable: boolean;
}

export interface OverviewActivity {
  id: string;
  /** Position in the plan, from 1 (the label when there is no title yet). */
  number: number;
  title: string;
  targetGroupIds: string[];
  lines: OverviewLine[];
  totalCents: number;
}

export interface OverviewAmount {
  id: string;
  label: string;
  cents: number;
}

export interface OverviewGroup extends OverviewAmount {
  /** Expected number of students of the group, when readable. */
  students: number | undefined;
  perStudentCents: number | undefined;
}

export interface UnreadableAmount {
  activityId: string;
  activityNumber: number;
  activityTitle: string;
  lineId: string;
  amount: string;
}

export interface BudgetOverview {
  activities: OverviewActivity[];
  /** Every cost category of the scheme, in the scheme's order (also those at € 0). */
  categories: OverviewAmount[];
  /** Lines without a (known) category. */
  uncategorizedCents: number;
  /** Every target group of the scheme; an activity for several groups is split evenly (budgetTotals). */
  targetGroups: OverviewGroup[];
  /** Costs of activities that serve no target group yet. */
  unassignedCents: number;
  totalCents: number;
  /** Students of all target groups together, only when every group's number is known. */
  students: number | undefined;
  perStudentCents: number | undefined;
  unreadable: UnreadableAmount[];
  requestedCents: number | undefined;
  cofinancingCents: number | undefined;
  /** Requested subsidy plus co-financing, when the requested subsidy is readable. */
  fundedCents: number | undefined;
}

/**
 * The read-only budget overview of the Begroting step: the cost lines of every activity and the
 * totals per activity, cost category and target group. Sums in whole cents, through budgetTotals,
 * so they agree with the cross-step budget check. Pure.
 */
export function budgetOverview(answers: Answers, scheme: Scheme): BudgetOverview {
  const totals = budgetTotals(answers, scheme);
  const categoryLabel = new Map(scheme.costCategories.map((c) => [c.id as string, c.label]));
  const byCategory = new Map<string, number>();
  let uncategorizedCents = 0;
  const unreadable: UnreadableAmount[] = [];

  const activities = (answers.activities ?? []).map((activity, index): OverviewActivity => {
    const title = activity.title?.trim() ?? '';
    const lines = (activity.costLines ?? []).map((line): OverviewLine => {
      const amount = line.amount ?? '';
      const cents = parseEuroCents(amount);
      const categoryId = line.category && categoryLabel.has(line.category) ? line.category : undefined;
      if (cents !== undefined) {
        if (categoryId) byCategory.set(categoryId, (byCategory.get(categoryId) ?? 0) + cents);
        else uncategorizedCents += cents;
      } else if (amount.trim()) {
        unreadable.push({ activityId: activity.id, activityNumber: index + 1, activityTitle: title, lineId: line.id, amount });
      }
      return {
        id: line.id,
        categoryId,
        categoryLabel: categoryId && categoryLabel.get(categoryId),
        description: line.description?.trim() ?? '',
        amount,
        cents,
        unreadable: cents === undefined && amount.trim() !== '',
      };
    });
    return {
      id: activity.id,
      number: index + 1,
      title,
      targetGroupIds: activityGroupIds(activity, scheme),
      lines,
      totalCents: totals.byActivity[activity.id] ?? 0,
    };
  });

  const targetGroups = scheme.targetGroups.map((group): OverviewGroup => {
    const cents = totals.byTargetGroup[group.id] ?? 0;
    const students = parseWholeNumber(answers.targetGroups?.[group.id]?.expectedCount);
    return {
      id: group.id,
      label: group.shortName,
      cents,
      students,
      perStudentCents: students && cents > 0 ? Math.round(cents / students) : undefined,
    };
  });
  const assigned = targetGroups.reduce((sum, g) => sum + g.cents, 0);
  const everyCount = targetGroups.every((g) => g.students !== undefined);
  const students = everyCount ? targetGroups.reduce((sum, g) => sum + (g.students ?? 0), 0) : undefined;

  return {
    activities,
    categories: scheme.costCategories.map((c) => ({ id: c.id, label: c.label, cents: byCategory.get(c.id) ?? 0 })),
    uncategorizedCents,
    targetGroups,
    unassignedCents: totals.totalCents - assigned,
    totalCents: totals.totalCents,
    students,
    perStudentCents: everyCount ? totals.perParticipantCents : undefined,
    unreadable,
    requestedCents: totals.requestedCents,
    cofinancingCents: totals.cofinancingCents,
    fundedCents: totals.requestedCents === undefined ? undefined : totals.requestedCents + (totals.cofinancingCents ?? 0),
  };
}

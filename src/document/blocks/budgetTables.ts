import { parseWholeNumber } from '../../../schemas/dutchNumber';
import { activityGroupIds } from '../../../schemas/fields/activities';
import { formatEuro } from '../../domain/formatEuro';
import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { labelOf } from '../schemeLabels';
import { activityCode, activityTitle } from './activityLabel';
import { fieldKey } from '../../domain/answerAnchors';
import { heading, labelled, note } from './primitives';

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–');

export function budgetPerActivityTable(ctx: RenderContext): Block[] {
  const { labels, totals } = ctx;
  const activities = ctx.answers.activities ?? [];
  if (activities.length === 0) return [heading(2, labels.budgetPerActivity), note(labels.noActivities)];
  return [
    heading(2, labels.budgetPerActivity),
    {
      kind: 'table',
      caption: labels.budgetPerActivity,
      columns: [
        { header: labels.activityCode, width: 0.08 },
        { header: labels.activity, width: 0.5 },
        { header: labels.targetGroup, width: 0.17 },
        { header: labels.amount, width: 0.25, align: 'end' },
      ],
      rows: activities.map((a, i) => [
        activityCode(ctx, i),
        activityTitle(ctx, a),
        activityGroupIds(a, ctx.scheme).join(', '),
        formatEuro(totals.byActivity[a.id] ?? 0),
      ]),
      totals: ['', labels.total, '', formatEuro(totals.totalCents)],
    },
  ];
}

export function budgetPerCategoryTable(ctx: RenderContext): Block[] {
  const { labels, totals, scheme } = ctx;
  const known = scheme.costCategories.map((c) => c.id as string);
  const ids = [...known, ...Object.keys(totals.byCategory).filter((id) => !known.includes(id))];
  return [
    heading(2, labels.budgetPerCategory),
    {
      kind: 'table',
      caption: labels.budgetPerCategory,
      columns: [
        { header: labels.costCategory, width: 0.5 },
        { header: labels.amount, width: 0.3, align: 'end' },
        { header: '%', width: 0.2, align: 'end' },
      ],
      rows: ids.map((id) => {
        const cents = totals.byCategory[id] ?? 0;
        return [labelOf(scheme.costCategories, id) ?? id, formatEuro(cents), percent(cents, totals.totalCents)];
      }),
      totals: [labels.total, formatEuro(totals.totalCents), totals.totalCents > 0 ? '100%' : '–'],
    },
  ];
}

export function budgetPerTargetGroupTable(ctx: RenderContext): Block[] {
  const { labels, totals, scheme } = ctx;
  return [
    heading(2, labels.budgetPerTargetGroup),
    {
      kind: 'table',
      caption: labels.budgetPerTargetGroup,
      columns: [
        { header: labels.targetGroup, width: 0.4 },
        { header: labels.expectedCount, width: 0.2, align: 'end' },
        { header: labels.amount, width: 0.2, align: 'end' },
        { header: labels.perParticipant, width: 0.2, align: 'end' },
      ],
      rows: scheme.targetGroups.map((g) => {
        const cents = totals.byTargetGroup[g.id] ?? 0;
        const students = parseWholeNumber(ctx.answers.targetGroups?.[g.id]?.expectedCount);
        return [
          `${g.id}. ${g.shortName}`,
          students === undefined ? '–' : students.toLocaleString('nl-NL'),
          formatEuro(cents),
          students ? formatEuro(Math.round(cents / students)) : '–',
        ];
      }),
      totals: [labels.total, '', formatEuro(totals.totalCents), totals.perParticipantCents === undefined ? '–' : formatEuro(totals.perParticipantCents)],
    },
    // Only where an activity is for more than one group is there anything split to explain.
    ...((ctx.answers.activities ?? []).some((a) => (a.targetGroupIds ?? []).length > 1) ? [note(labels.budgetSplitNote)] : []),
  ];
}

/**
 * How the costs are paid: the subsidy asked for, any co-financing, and the total against the
 * costs. Where the co-financing comes from is the template's own line (a typed answer is no cell
 * of a sentence); without co-financing there is no row for it.
 */
export function financingTable(ctx: RenderContext): Block[] {
  const { labels, totals } = ctx;
  const budget = ctx.answers.budget ?? {};
  const money = (cents: number | undefined, typed: string | undefined) =>
    cents !== undefined ? { value: formatEuro(cents) } : typed?.trim() ? { value: typed.trim() } : { value: labels.missing, missing: true };
  const rows = [
    { label: labels.requestedAmount, ...money(totals.requestedCents, budget.requestedAmount), anchor: fieldKey('budget', 'requestedAmount') },
    ...(budget.hasCofinancing === 'yes'
      ? [{ label: labels.cofinancingAmount, ...money(totals.cofinancingCents, budget.cofinancingAmount), anchor: fieldKey('budget', 'cofinancingAmount') }]
      : budget.hasCofinancing === 'no'
        ? []
        : [{ label: labels.cofinancingAmount, value: labels.missing, missing: true, anchor: fieldKey('budget', 'hasCofinancing') }]),
    { label: labels.totalFinancing, value: formatEuro((totals.requestedCents ?? 0) + (totals.cofinancingCents ?? 0)) },
    { label: labels.costs, value: formatEuro(totals.totalCents) },
  ];
  const blocks: Block[] = [heading(2, labels.financing), { kind: 'facts', caption: labels.financing, rows }];
  if (totals.unreadableLines > 0) blocks.push(labelled(labels.unreadableAmounts, String(totals.unreadableLines)));
  return blocks;
}

import type { ActivityDraft, Answers, ReportDraft } from '../../../schemas/draft';
import { parseEuroCents, parseWholeNumber } from '../../../schemas/dutchNumber';
import type { CarriedOut } from '../../../schemas/fields/report';

/**
 * The activiteitenverslag beside its plan, pure: per planned activity what was planned and what
 * was realised, the differences in numbers and percentages, and which of them need an explanation.
 * A difference needs one when it is more than DIFFERENCE_TOLERANCE of the plan (costs,
 * participants), when the period changed, or when the activity was not (fully) carried out.
 */

/** More than 10 % off the plan needs an explanation. */
export const DIFFERENCE_TOLERANCE = 0.1;

export type ReportActivityDraft = NonNullable<ReportDraft['activities']>[number];
export type AddedActivityDraft = NonNullable<ReportDraft['addedActivities']>[number];

/** A planned number against a realised one; undefined where one of them is not known. */
export interface Difference {
  planned: number | undefined;
  realised: number | undefined;
  /** realised − planned. */
  difference: number | undefined;
  /** The difference as a share of the plan (0.15 is 15 %); undefined when the plan is 0 or unknown. */
  share: number | undefined;
  /** Beyond the tolerance: an explanation is required. */
  beyond: boolean;
}

export function difference(planned: number | undefined, realised: number | undefined): Difference {
  if (planned === undefined || realised === undefined) return { planned, realised, difference: undefined, share: undefined, beyond: false };
  const diff = realised - planned;
  const share = planned === 0 ? undefined : diff / planned;
  // Against a plan of 0 any realised amount is a difference; otherwise more than the tolerance.
  const beyond = planned === 0 ? realised !== 0 : Math.abs(diff) > DIFFERENCE_TOLERANCE * Math.abs(planned) + 1e-9;
  return { planned, realised, difference: diff, share, beyond };
}

export interface CostLineComparison {
  costLineId: string;
  category: string | undefined;
  description: string | undefined;
  cents: Difference;
}

export interface ActivityComparison {
  /** "A1", … by the activity's place in the plan. */
  code: string;
  index: number;
  planned: ActivityDraft;
  realised: ReportActivityDraft | undefined;
  carriedOut: CarriedOut | undefined;
  period: { plannedStart?: string; plannedEnd?: string; realisedStart?: string; realisedEnd?: string; changed: boolean };
  participants: Difference;
  /** Realised participants per target group of the activity. */
  participantsByGroup: Record<string, number | undefined>;
  costs: Difference;
  costLines: CostLineComparison[];
  /** Which explanations the report must give for this activity. */
  needs: { notDone: boolean; period: boolean; participants: boolean; costs: boolean };
}

const CARRIED = new Set(['yes', 'partly', 'no']);

/** The activity's report entry, by the activity's id. */
export function reportEntryOf(report: ReportDraft | undefined, activityId: string): ReportActivityDraft | undefined {
  return report?.activities?.find((r) => r.activityId === activityId);
}

const sumCents = (amounts: readonly (string | undefined)[]): number | undefined => {
  let total = 0;
  let any = false;
  for (const amount of amounts) {
    const cents = parseEuroCents(amount);
    if (cents === undefined) continue;
    total += cents;
    any = true;
  }
  return any ? total : undefined;
};

/** One planned activity against its report entry. */
export function compareActivity(planned: ActivityDraft, index: number, realised: ReportActivityDraft | undefined, codePrefix = 'A'): ActivityComparison {
  const carriedOut = CARRIED.has(realised?.carriedOut ?? '') ? (realised!.carriedOut as CarriedOut) : undefined;
  const done = carriedOut === 'yes' || carriedOut === 'partly';
  // Not carried out: nothing realised, whatever the form still holds.
  const groups = planned.targetGroupIds ?? [];
  const participantsByGroup: Record<string, number | undefined> = Object.create(null) as Record<string, number | undefined>;
  for (const g of groups) {
    const typed = (realised?.participants as Record<string, { count?: string } | undefined> | undefined)?.[g]?.count;
    participantsByGroup[g] = carriedOut === 'no' ? 0 : parseWholeNumber(typed);
  }
  const counts = Object.values(participantsByGroup);
  const realisedParticipants = carriedOut === 'no' ? 0 : done && counts.length > 0 && counts.every((c) => c !== undefined) ? counts.reduce<number>((s, c) => s + (c ?? 0), 0) : undefined;
  const costLines: CostLineComparison[] = (planned.costLines ?? []).map((line) => {
    const entry = realised?.costLines?.find((c) => c.costLineId === line.id);
    const realisedCents = carriedOut === 'no' ? 0 : done ? parseEuroCents(entry?.amount) : undefined;
    return { costLineId: line.id, category: line.category, description: line.description, cents: difference(parseEuroCents(line.amount), realisedCents) };
  });
  const plannedCents = sumCents((planned.costLines ?? []).map((l) => l.amount)) ?? 0;
  const realisedCents =
    carriedOut === 'no' ? 0 : done && costLines.every((l) => l.cents.realised !== undefined) ? costLines.reduce((s, l) => s + (l.cents.realised ?? 0), 0) : undefined;
  const costs = difference(plannedCents, realisedCents);
  const participants = difference(parseWholeNumber(planned.expectedParticipants), realisedParticipants);
  const realisedStart = done ? realised?.startDate || undefined : undefined;
  const realisedEnd = done ? realised?.endDate || undefined : undefined;
  const periodChanged = done && realisedStart !== undefined && realisedEnd !== undefined && (realisedStart !== planned.startDate || realisedEnd !== planned.endDate);
  return {
    code: `${codePrefix}${index + 1}`,
    index,
    planned,
    realised,
    carriedOut,
    period: { plannedStart: planned.startDate || undefined, plannedEnd: planned.endDate || undefined, realisedStart, realisedEnd, changed: periodChanged },
    participants,
    participantsByGroup,
    costs,
    costLines,
    needs: {
      notDone: carriedOut === 'partly' || carriedOut === 'no',
      // Not carried out at all: one reason covers it all.
      period: carriedOut !== 'no' && periodChanged,
      participants: carriedOut !== 'no' && participants.beyond,
      costs: carriedOut !== 'no' && costs.beyond,
    },
  };
}

/** Every planned activity against its report entry, in the plan's order. */
export function compareActivities(answers: Answers, report: ReportDraft | undefined, codePrefix = 'A'): ActivityComparison[] {
  return (answers.activities ?? []).map((a, i) => compareActivity(a, i, reportEntryOf(report, a.id), codePrefix));
}

export interface AddedComparison {
  /** "N1", … by its place among the added activities. */
  code: string;
  index: number;
  activity: AddedActivityDraft;
  participants: number | undefined;
  cents: number | undefined;
}

export function addedActivities(report: ReportDraft | undefined, codePrefix = 'N'): AddedComparison[] {
  return (report?.addedActivities ?? []).map((activity, index) => ({
    code: `${codePrefix}${index + 1}`,
    index,
    activity,
    participants: parseWholeNumber(activity.participants),
    cents: parseEuroCents(activity.costs),
  }));
}

export interface ReportTotals {
  plannedCents: number;
  /** Realised costs of the planned activities and the added ones; undefined while any is unknown. */
  realisedCents: number | undefined;
  addedCents: number;
  /** Per target group: planned and realised costs (an activity serving several groups split evenly, as in the plan). */
  byTargetGroup: Record<string, { plannedCents: number; realisedCents: number }>;
  /** Per cost category, planned and realised. */
  byCategory: Record<string, { plannedCents: number; realisedCents: number }>;
  /**
   * Participants per target group, summed over the activities (a student in two activities counts
   * twice, on both sides): planned from the activities' expected participants (an activity for
   * several groups split evenly), realised as reported per group.
   */
  participantsByGroup: Record<string, { planned: number; realised: number }>;
}

/** Split `cents` evenly over `groups`; the first takes the remainder, so the parts add up exactly (as budget.ts). */
function split(cents: number, groups: readonly string[], into: Record<string, { plannedCents: number; realisedCents: number }>, key: 'plannedCents' | 'realisedCents') {
  groups.forEach((g, i) => {
    const share = Math.floor(cents / groups.length) + (i === 0 ? cents % groups.length : 0);
    into[g] ??= { plannedCents: 0, realisedCents: 0 };
    into[g][key] += share;
  });
}

export function reportTotals(_answers: Answers, comparisons: readonly ActivityComparison[], added: readonly AddedComparison[]): ReportTotals {
  const byTargetGroup = Object.create(null) as ReportTotals['byTargetGroup'];
  const byCategory = Object.create(null) as ReportTotals['byCategory'];
  const participantsByGroup = Object.create(null) as ReportTotals['participantsByGroup'];
  let realised: number | undefined = 0;
  let plannedCents = 0;
  for (const c of comparisons) {
    const groups = c.planned.targetGroupIds ?? [];
    plannedCents += c.costs.planned ?? 0;
    split(c.costs.planned ?? 0, groups, byTargetGroup, 'plannedCents');
    split(c.costs.realised ?? 0, groups, byTargetGroup, 'realisedCents');
    realised = realised === undefined || c.costs.realised === undefined ? undefined : realised + c.costs.realised;
    for (const line of c.costLines) {
      const category = line.category || 'other';
      byCategory[category] ??= { plannedCents: 0, realisedCents: 0 };
      byCategory[category].plannedCents += line.cents.planned ?? 0;
      byCategory[category].realisedCents += line.cents.realised ?? 0;
    }
    const expected = c.participants.planned ?? 0;
    groups.forEach((g, i) => {
      participantsByGroup[g] ??= { planned: 0, realised: 0 };
      participantsByGroup[g].planned += Math.floor(expected / groups.length) + (i === 0 ? expected % groups.length : 0);
      participantsByGroup[g].realised += c.participantsByGroup[g] ?? 0;
    });
  }
  let addedCents = 0;
  for (const a of added) {
    addedCents += a.cents ?? 0;
    if (a.cents === undefined) realised = undefined;
    split(a.cents ?? 0, a.activity.targetGroupIds ?? [], byTargetGroup, 'realisedCents');
    const groups = a.activity.targetGroupIds ?? [];
    groups.forEach((g, i) => {
      participantsByGroup[g] ??= { planned: 0, realised: 0 };
      // The participants of an added activity count once, with its first group.
      if (i === 0) participantsByGroup[g].realised += a.participants ?? 0;
    });
  }
  if (added.length > 0) byCategory.added = { plannedCents: 0, realisedCents: addedCents };
  return { plannedCents, realisedCents: realised === undefined ? undefined : realised + addedCents, addedCents, byTargetGroup, byCategory, participantsByGroup };
}

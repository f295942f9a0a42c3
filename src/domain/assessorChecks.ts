import { activityBounds } from '../../schemas/activityPeriod';
import type { ActivityDraft, Answers } from '../../schemas/draft';
import { parseWholeNumber } from '../../schemas/dutchNumber';
import { longDateText } from '../../schemas/fields/display';
import { activityGroupIds, activityPhase } from '../../schemas/fields/activities';
import { GROUP_PEOPLE } from '../../schemas/fields/targetGroups';
import type { Scheme } from '../../schemas/scheme';
import { ASSESSOR } from '../text/assessor';
import { PLACES } from '../text/places';
import { budgetTotals } from './budget';
import type { Issue } from './issues';

/**
 * The checks an assessor makes across the plan, beyond "is every answer there": numbers that must
 * agree, money for every group and activity, costs that may not be extra, dates that come too
 * early. Each message names its place (activity, group) by its title. Pure; each rule is its own
 * function so its test can call it alone.
 */
export function assessorChecks(answers: Answers, scheme: Scheme): Issue[] {
  return [
    ...nazorgReachAgrees(answers, scheme),
    ...nazorgUsersWithinGroup(answers, scheme),
    ...nazorgFitsPeriod(answers, scheme),
    ...aftercareActivitiesReach(answers, scheme),
    ...participantsWithinGroups(answers, scheme),
    ...activitiesHaveCosts(answers),
    ...groupsHaveBudget(answers, scheme),
    ...costsLookLikeFormation(answers),
    ...activitiesBeforeApplication(answers, scheme),
  ];
}

const activityPlace = (activity: ActivityDraft, index: number) => PLACES.activity(index, activity.title?.trim());
const nazorgGroup = (scheme: Scheme) => scheme.targetGroups.find((g) => g.phase === 'aftercare');

/**
 * No more gediplomeerden can use nazorg than the nazorg group holds. Where the round makes the number
 * binding (inspanningsverplichting) that is an error, otherwise advice.
 */
export function nazorgUsersWithinGroup(answers: Answers, scheme: Scheme): Issue[] {
  const group = nazorgGroup(scheme);
  const users = parseWholeNumber(answers.nazorg?.expectedUsers);
  const count = group && parseWholeNumber(answers.targetGroups?.[group.id]?.expectedCount);
  if (!group || users === undefined || count === undefined || users <= count) return [];
  const binding = scheme.conditions.expectedGraduatesBinding !== undefined;
  return [
    {
      severity: binding ? 'error' : 'warning',
      step: 'nazorg',
      path: ['expectedUsers'],
      rule: 'nazorg-users-exceed-group',
      message: ASSESSOR.nazorgUsersExceed(PLACES.group(group.id, group.shortName), users, count, GROUP_PEOPLE[group.phase], binding),
    },
  ];
}

/** The number of gediplomeerden at Doelgroepen and at Nazorg is one promise: the same number in both places. */
export function nazorgReachAgrees(answers: Answers, scheme: Scheme): Issue[] {
  const group = nazorgGroup(scheme);
  if (!group) return [];
  const expected = parseWholeNumber(answers.targetGroups?.[group.id]?.expectedCount);
  const users = parseWholeNumber(answers.nazorg?.expectedUsers);
  // More users than the group holds is its own check (nazorgUsersWithinGroup, an error where the number binds).
  if (expected === undefined || users === undefined || users >= expected) return [];
  return [
    {
      // Advice, not an error: not every gediplomeerde need use the nazorg, but the plan must say so.
      severity: 'warning',
      step: 'nazorg',
      path: ['expectedUsers'],
      rule: 'nazorg-reach-differs',
      message: ASSESSOR.nazorgReachDiffers(PLACES.group(group.id, group.shortName), expected, users),
    },
  ];
}

const DUTCH_NUMBERS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, anderhalf: 1.5 };
const DURATION = /(\d+(?:,\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf)\s+(maanden|maand|jaren|jaar|weken|week)\b/i;

const NAMES_DATE = /\b\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b/i;

/** The first duration a nazorg answer names, in months ("18 maanden na het diploma" → 18, "twee jaar" → 24); undefined when it names none. */
export function durationMonths(text: string | undefined): number | undefined {
  // "tot en met 31 december 2022": bounded by a date, whatever durations it names beside it.
  const match = text && !NAMES_DATE.test(text) ? DURATION.exec(text) : null;
  if (!match) return undefined;
  const [, amount = '', unit = ''] = match;
  const n = DUTCH_NUMBERS[amount.toLowerCase()] ?? Number(amount.replace(',', '.'));
  const lower = unit.toLowerCase();
  return lower.startsWith('jaar') || lower === 'jaren' ? n * 12 : lower.startsWith('week') ? n / (52 / 12) : n;
}

const isIsoDate = (d: string | undefined): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
const latest = (dates: readonly (string | undefined)[]) => dates.filter(isIsoDate).sort().at(-1);
/** Whole and part months between two ISO dates (a month is 1/12 of a year of 365.25 days). */
const monthsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 / 12) / 86_400_000;

/**
 * The nazorg the plan promises must fit in its activity period: who graduates when the last-year
 * activities end (the latest end date in that phase) gets nazorg until the nazorg activities end
 * (or the last day of the round's activity period). A duration bounded by a date is not checked. "18 maanden na het diploma" cannot fit for
 * 2022 graduates when everything ends on 31 December 2022.
 */
export function nazorgFitsPeriod(answers: Answers, scheme: Scheme): Issue[] {
  const months = durationMonths(answers.nazorg?.duration);
  const activities = answers.activities ?? [];
  const diploma = latest(activities.filter((a) => activityPhase(a, scheme) !== 'aftercare' && scheme.phases.some((p) => p.id === activityPhase(a, scheme))).map((a) => a.endDate));
  const aftercareEnd = latest(activities.filter((a) => activityPhase(a, scheme) === 'aftercare').map((a) => a.endDate)) ?? activityBounds(scheme).to;
  if (months === undefined || !diploma || aftercareEnd <= diploma) return [];
  const available = monthsBetween(diploma, aftercareEnd);
  // Half a month of slack: "6 maanden" from mid-July to the end of December is close enough.
  if (months <= available + 0.5) return [];
  return [
    {
      severity: 'warning',
      step: 'nazorg',
      path: ['duration'],
      rule: 'nazorg-longer-than-period',
      message: ASSESSOR.nazorgLongerThanPeriod(months, longDateText(diploma)!, longDateText(aftercareEnd)!, Math.floor(available)),
    },
  ];
}

/** The nazorg activities must be able to reach the gediplomeerden the plan promises nazorg to. */
export function aftercareActivitiesReach(answers: Answers, scheme: Scheme): Issue[] {
  const users = parseWholeNumber(answers.nazorg?.expectedUsers);
  const aftercare = (answers.activities ?? []).flatMap((a, i) => (activityPhase(a, scheme) === 'aftercare' ? [{ a, i, n: parseWholeNumber(a.expectedParticipants) }] : []));
  const counted = aftercare.filter((x): x is typeof x & { n: number } => x.n !== undefined);
  if (users === undefined || counted.length === 0 || counted.length < aftercare.length) return [];
  const largest = counted.reduce((best, x) => (x.n > best.n ? x : best));
  if (largest.n >= users) return [];
  return [
    {
      severity: 'warning',
      step: 'nazorg',
      path: ['expectedUsers'],
      rule: 'nazorg-activities-reach-fewer',
      message: ASSESSOR.aftercareReachesFewer(users, activityPlace(largest.a, largest.i), largest.n),
    },
  ];
}

/** An activity cannot reach more people than its target groups hold. */
export function participantsWithinGroups(answers: Answers, scheme: Scheme): Issue[] {
  return (answers.activities ?? []).flatMap((activity, index): Issue[] => {
    const ids = activityGroupIds(activity, scheme);
    const groups = scheme.targetGroups.filter((g) => ids.includes(g.id));
    const counts = groups.map((g) => parseWholeNumber(answers.targetGroups?.[g.id]?.expectedCount));
    const participants = parseWholeNumber(activity.expectedParticipants);
    if (groups.length === 0 || participants === undefined || counts.some((c) => c === undefined)) return [];
    const max = counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
    if (max === 0 || participants <= max) return [];
    const people = groups.length === 1 ? GROUP_PEOPLE[groups[0]!.phase] : ASSESSOR.participants;
    return [
      {
        severity: 'warning',
        step: 'activities',
        path: ['activities', index, 'expectedParticipants'],
        rule: 'participants-exceed-group',
        message: ASSESSOR.participantsExceedGroups(activityPlace(activity, index), participants, max, people),
      },
    ];
  });
}

/** Every activity has cost lines: an activity without costs is no part of the budget. */
export function activitiesHaveCosts(answers: Answers): Issue[] {
  return (answers.activities ?? []).flatMap((activity, index): Issue[] =>
    (activity.costLines ?? []).length > 0
      ? []
      : [{ severity: 'error', step: 'activities', path: ['activities', index, 'costLines'], rule: 'activity-without-costs', message: ASSESSOR.activityWithoutCosts(activityPlace(activity, index)) }],
  );
}

/** Every target group gets part of the money once the budget has costs. */
export function groupsHaveBudget(answers: Answers, scheme: Scheme): Issue[] {
  const totals = budgetTotals(answers);
  if (totals.lineCount === 0) return [];
  const activities = answers.activities ?? [];
  return scheme.targetGroups.flatMap((group): Issue[] => {
    const ofGroup = activities.flatMap((a, i) => (activityGroupIds(a, scheme).includes(group.id) ? [{ a, i }] : []));
    // A round with one group does not ask it: its activities' costs are all that group's.
    if (ofGroup.some(({ a }) => (totals.byActivity[a.id] ?? 0) > 0)) return [];
    // No activity for the group at all is its own error (group-without-activity).
    if (ofGroup.length === 0) return [];
    const places = ofGroup.map(({ a, i }) => activityPlace(a, i));
    return [{ severity: 'error', step: 'budget', path: [], rule: 'group-without-budget', message: ASSESSOR.groupWithoutBudget(PLACES.group(group.id, group.shortName), places) }];
  });
}

/** Words that say hours are already paid for: in the formation, regular, existing staff. */
const FORMATION = /formatie|regulier|bestaande (uren|inzet|taken)|al in dienst|vaste bezetting/i;
/** Words that explain that the hours asked for are extra nonetheless. */
const EXPLAINED_EXTRA = /bovenop|extra|niet (in|uit) de (formatie|reguliere)/i;

/** The stems of a text's long words ("loopbaancoac" from "Loopbaancoaches"): a role named in two places has the same stem in both. */
const stems = (text: string) => new Set((text.toLowerCase().match(/\p{L}{8,}/gu) ?? []).map((word) => word.slice(0, Math.max(8, word.length - 3))));

/**
 * The scheme pays for extra guidance. Staff costs for people whose hours the co-financing or the
 * budget notes call part of the formation (or a cost line that says so itself) may not be extra:
 * advice to say why they are, unless the notes already do.
 */
export function costsLookLikeFormation(answers: Answers): Issue[] {
  const budget = answers.budget ?? {};
  const notes = budget.notes ?? '';
  const formation = stems([budget.hasCofinancing === 'yes' ? budget.cofinancingSource : undefined, notes].filter((t): t is string => !!t && FORMATION.test(t)).join(' '));
  const explained = EXPLAINED_EXTRA.test(notes) ? stems(notes) : new Set<string>();
  return (answers.activities ?? []).flatMap((activity, index) =>
    (activity.costLines ?? []).flatMap((line, lineIndex): Issue[] => {
      if (line.category !== 'staff') return [];
      const description = line.description?.trim() ?? '';
      const named = [...stems(description)].filter((stem) => formation.has(stem));
      const itself = FORMATION.test(description);
      if (named.length === 0 && !itself) return [];
      if (!itself && named.every((stem) => explained.has(stem))) return [];
      return [
        {
          severity: 'warning',
          step: 'budget',
          path: [],
          rule: 'costs-look-like-formation',
          message: ASSESSOR.isThisExtra(`${activityPlace(activity, index)}, ${PLACES.costLine(lineIndex)}`, description, itself),
        },
      ];
    }),
  );
}

/**
 * An activity that starts before the application can be in no one's plan yet: the last day of
 * the round's first application window (its data) is the latest date an early application was made.
 */
export function activitiesBeforeApplication(answers: Answers, scheme: Scheme): Issue[] {
  // The first window's last day: an activity that starts by then can start before its application (advice, so the earliest window).
  const closes = scheme.applicationWindows[0]?.closes;
  // Unknown in some rounds (the sources give only the first day): nothing to compare with.
  if (typeof closes !== 'string') return [];
  return (answers.activities ?? []).flatMap((activity, index): Issue[] =>
    isIsoDate(activity.startDate) && activity.startDate <= closes
      ? [
          {
            severity: 'warning',
            step: 'activities',
            path: ['activities', index, 'startDate'],
            rule: 'activity-before-application',
            message: ASSESSOR.startsBeforeApplication(activityPlace(activity, index), longDateText(activity.startDate)!, longDateText(closes)!),
          },
        ]
      : [],
  );
}

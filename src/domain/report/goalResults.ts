import type { Answers, ReportDraft } from '../../../schemas/draft';
import { ACHIEVED, type Achieved } from '../../../schemas/fields/report';
import { difference, type Difference } from './planVsRealised';

/**
 * The goals of the plan ("Aanleiding en doelen", D1, D2, …) beside their results, pure. A target
 * value is free text ("70 %", "hoogstens 60", "120 gediplomeerden"); where it and the measured value
 * read as numbers of the same unit, the difference is computed as for activities: more than the
 * tolerance (10 % of the target) needs an explanation. Where the target says a direction
 * ("minstens", "hoogstens", …) the wizard also knows whether the target was reached.
 */

export type PlannedGoal = NonNullable<NonNullable<Answers['background']>['goals']>[number];
export type GoalResultDraft = NonNullable<ReportDraft['goals']>[number];

/** "minstens 70 %": the target is a bound; `strict` for "meer dan" / "minder dan". */
export type GoalDirection = { kind: 'atLeast' | 'atMost'; strict: boolean };

export interface GoalValue {
  value: number;
  /** "%" for percentages ("procent" too), otherwise the words after the number, lower case ("" for none). */
  unit: string;
  direction: GoalDirection | undefined;
}

const DIRECTIONS: readonly [RegExp, GoalDirection][] = [
  [/^(minstens|ten ?minste|minimaal|op zijn minst)\s+/, { kind: 'atLeast', strict: false }],
  [/^(meer dan|hoger dan|boven)\s+/, { kind: 'atLeast', strict: true }],
  [/^(hoogstens|ten hoogste|maximaal|niet meer dan|op zijn hoogst)\s+/, { kind: 'atMost', strict: false }],
  [/^(minder dan|lager dan|onder)\s+/, { kind: 'atMost', strict: true }],
];

/** A Dutch number: "70", "7,5", "1.200", "1.200,5". */
const NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/;

/** Reads "70 %", "hoogstens 60", "120 gediplomeerden", "7,5"; undefined for anything else ("ruim de helft"). */
export function parseGoalValue(text: string | undefined): GoalValue | undefined {
  let rest = (text ?? '').trim().toLowerCase().replace(/\u00a0/g, ' ');
  let direction: GoalDirection | undefined;
  for (const [pattern, d] of DIRECTIONS) {
    const m = pattern.exec(rest);
    if (m) {
      direction = d;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const m = NUMBER.exec(rest);
  if (!m) return undefined;
  const value = Number(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`);
  const after = rest.slice(m[0].length).trim();
  // A unit is a few words, not a sentence ("70 % van de studenten" is too loose to compare).
  if (!/^[\p{L} %-]{0,30}$/u.test(after)) return undefined;
  const unit = after === '%' || after === 'procent' ? '%' : after.replace(/\s+/g, ' ');
  return { value, unit, direction };
}

export interface GoalComparison {
  /** "D1", … by the goal's place in the plan. */
  code: string;
  index: number;
  planned: PlannedGoal;
  realised: GoalResultDraft | undefined;
  achieved: Achieved | undefined;
  /** Target against measured value where both are numbers of the same unit (else planned/realised undefined). */
  values: Difference;
  /** The unit of both, for the difference ("%": percentage points). */
  unit: string;
  /** Whether the measured value meets a target that names its direction; undefined when the wizard cannot tell. */
  reached: boolean | undefined;
  /** Why the report must explain this result (none: no explanation needed). */
  needs: { notReached: boolean; difference: boolean };
}

const ACHIEVED_IDS = new Set<string>(ACHIEVED.map((a) => a.id));

/** One goal of the plan against its result. */
export function compareGoal(planned: PlannedGoal, index: number, realised: GoalResultDraft | undefined): GoalComparison {
  const achieved = ACHIEVED_IDS.has(realised?.achieved ?? '') ? (realised!.achieved as Achieved) : undefined;
  const target = parseGoalValue(planned.targetValue);
  const measured = parseGoalValue(realised?.realisedValue);
  // "64" against "70 %" is 64 %: a measured value without a unit takes the target's.
  const sameUnit = target !== undefined && measured !== undefined && (measured.unit === '' || measured.unit === target.unit);
  const values = sameUnit ? difference(target.value, measured.value) : difference(undefined, undefined);
  let reached: boolean | undefined;
  if (sameUnit && target.direction) {
    const { kind, strict } = target.direction;
    const diff = measured.value - target.value;
    reached = kind === 'atLeast' ? (strict ? diff > 0 : diff >= 0) : strict ? diff < 0 : diff <= 0;
  }
  return {
    code: `D${index + 1}`,
    index,
    planned,
    realised,
    achieved,
    values,
    unit: target?.unit ?? '',
    reached,
    needs: { notReached: achieved === 'partly' || achieved === 'no', difference: values.beyond },
  };
}

/** Every goal of the plan against its result, in the plan's order. */
export function compareGoals(answers: Answers, report: ReportDraft | undefined): GoalComparison[] {
  return (answers.background?.goals ?? []).map((goal, i) =>
    compareGoal(
      goal,
      i,
      report?.goals?.find((r) => r.goalId === goal.id),
    ),
  );
}

/** "D2 ‘Laatstejaars hebben meer vertrouwen in hun kansen op werk’": a goal as messages name it, long goals cut at a word. */
export function goalName(code: string, goal: string | undefined, max = 100): string {
  const text = (goal ?? '').trim().replace(/\s+/g, ' ').replace(/[.!]$/, '');
  if (!text) return code;
  if (text.length <= max) return `${code} ‘${text}’`;
  const cut = text.slice(0, max);
  return `${code} ‘${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).replace(/[,;:]$/, '')}…’`;
}

/** "+6", "−2,5", "0": a measured value against its target. */
export function signedNumber(n: number): string {
  const text = Math.abs(n).toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  return n === 0 ? '0' : `${n < 0 ? '−' : '+'}${text}`;
}

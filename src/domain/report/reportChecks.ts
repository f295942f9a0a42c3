import { withRoundGroups } from '../../../schemas/fields/activities';
import type { ActivityDraft, Answers, DraftFile, ReportDraft } from '../../../schemas/draft';
import { formatEuro, parseEuroCents, parseWholeNumber } from '../../../schemas/dutchNumber';
import { strictObjectOf } from '../../../schemas/fields/derive';
import type { ObjectCheck, Siblings } from '../../../schemas/fields/field';
import { ADDED_ACTIVITY_FIELDS, GRANT_FIELDS, REPORT_ACTIVITY_FIELDS, REPORT_CLOSING_FIELDS, REPORT_GOAL_FIELDS, REPORT_NAZORG_FIELDS, REPORT_PARTNER_FIELDS } from '../../../schemas/fields/report';
import { z } from 'zod/mini';
import { UNNAMED_PARTNER } from '../../../schemas/fields/activities';
import type { Scheme } from '../../../schemas/scheme';
import { MESSAGES } from '../../../schemas/messages';
import { REPORT } from '../../text/report';
import { compareGoal, goalName, type GoalResultDraft, type PlannedGoal } from './goalResults';
import { addedActivities, compareActivities, compareActivity, difference, reportTotals, type ReportActivityDraft } from './planVsRealised';

/**
 * The report's checks: each part's strict schema from its field table (schemas/fields/report.ts),
 * then the checks against the plan (an explanation for every difference beyond the tolerance, the
 * participants and costs of what was carried out) and across the report (the total adds up).
 * Every message names the activity, partner or number it is about.
 */

/** A task of the report's task list; its page is #/verslag/<page>. */
export type ReportTask =
  | { kind: 'grant' }
  | { kind: 'activity'; activityId: string }
  | { kind: 'added' }
  | { kind: 'goals' }
  | { kind: 'nazorg' }
  | { kind: 'partners' }
  | { kind: 'closing' };

/** "grant", "activity:<id>", …: a task as one string (progress, keys). */
export const taskKey = (task: ReportTask) => (task.kind === 'activity' ? `activity:${task.activityId}` : task.kind);

export interface ReportIssue {
  severity: 'error' | 'warning';
  task: string;
  /** The field on the task's form, e.g. ["participants", "a", "count"] or ["addedActivities", 0, "title"]. */
  path: readonly (string | number)[];
  /** Dutch, naming the activity or partner. */
  message: string;
}

const dateLike = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const endAfterStart: ObjectCheck = (s, report) => {
  if (dateLike(s.startDate) && dateLike(s.endDate) && s.endDate < s.startDate) report('endDate', REPORT.messages.endBeforeStart);
};


/**
 * The checks of one planned activity's report against its plan, as an object check over the form's
 * values: so the page's error summary and the task list say the same.
 */
export function planChecks(planned: ActivityDraft, index: number): ObjectCheck {
  return (values, report) => {
    const c = compareActivity(planned, index, values as ReportActivityDraft);
    const done = c.carriedOut === 'yes' || c.carriedOut === 'partly';
    const empty = (v: unknown) => typeof v !== 'string' || v.trim() === '';
    if (done) {
      for (const g of planned.targetGroupIds ?? []) {
        const typed = (values.participants as Record<string, { count?: unknown } | undefined> | undefined)?.[g]?.count;
        if (empty(typed)) report(`participants.${g}.count`, REPORT.messages.participantsOfGroup(g));
      }
      const lines = Array.isArray(values.costLines) ? (values.costLines as { costLineId?: unknown; amount?: unknown }[]) : [];
      (planned.costLines ?? []).forEach((line, i) => {
        const at = lines.findIndex((l) => l.costLineId === line.id);
        const amount = lines[at]?.amount;
        const name = `costLines.${at < 0 ? i : at}.amount`;
        if (empty(amount)) report(name, REPORT.messages.costLineAmount(line.description?.trim() || `${i + 1}`));
        else if (parseEuroCents(amount as string) === undefined) report(name, MESSAGES.euro);
      });
    }
    const fmt = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('nl-NL'));
    if (c.needs.period && empty(values.periodExplanation)) report('periodExplanation', REPORT.messages.period);
    if (c.needs.participants && empty(values.participantsExplanation)) {
      report('participantsExplanation', REPORT.messages.participants(fmt(c.participants.planned), fmt(c.participants.realised), c.participants.share));
    }
    if (c.needs.costs && empty(values.costsExplanation)) {
      report('costsExplanation', REPORT.messages.costs(formatEuro(c.costs.planned ?? 0), formatEuro(c.costs.realised ?? 0), c.costs.share));
    }
    endAfterStart(values, report);
  };
}

type Schema = z.ZodMiniType;
const issuesOf = (schema: Schema, value: unknown, task: string, prefix: (string | number)[] = [], label?: string): ReportIssue[] => {
  const result = schema.safeParse(value ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: 'error' as const,
    task,
    path: [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
    message: label ? `${label}: ${issue.message}` : issue.message,
  }));
};

const buildSchemas = (scheme: Scheme) => ({
  grant: strictObjectOf(GRANT_FIELDS, scheme),
  added: strictObjectOf(ADDED_ACTIVITY_FIELDS, scheme, () => [endAfterStart]),
  /** The partners page: one entry per partner of the plan. */
  partners: z.object({ partners: z.array(strictObjectOf(REPORT_PARTNER_FIELDS, scheme)) }),
});
const perRound = new WeakMap<Scheme, ReturnType<typeof buildSchemas>>();

/** The strict schemas of the report's parts that do not depend on the plan, for a round (built once per round). */
export function reportSchemas(scheme: Scheme) {
  let schemas = perRound.get(scheme);
  if (!schemas) perRound.set(scheme, (schemas = buildSchemas(scheme)));
  return schemas;
}

/**
 * A planned activity's report entry as its form holds it: a part for every target group of the
 * round and a realised amount for every planned cost line, in the plan's order (what the entry
 * does not have yet is empty). Also what the checks read, so the page and the task list agree.
 */
export function reportActivityValues(entry: ReportActivityDraft | undefined, planned: ActivityDraft, scheme: Scheme): ReportActivityDraft {
  const participants = Object.fromEntries(scheme.targetGroups.map((g) => [g.id, { ...entry?.participants?.[g.id] }]));
  const costLines = (planned.costLines ?? []).map((line) => ({ costLineId: line.id, ...entry?.costLines?.find((c) => c.costLineId === line.id) }));
  return { ...entry, activityId: planned.id, participants, costLines };
}

/** The strict schema of one planned activity's report, with the checks against its plan. */
export function reportActivitySchema(scheme: Scheme, planned: ActivityDraft, index: number) {
  return strictObjectOf(REPORT_ACTIVITY_FIELDS, scheme, () => [planChecks(withRoundGroups(planned, scheme), index)]);
}

/**
 * The checks of one goal's result against the plan's goal (found by the result's goalId): an
 * explanation when the goal was not (fully) reached or the measured value is more than the
 * tolerance off the target, and no "gehaald" when the numbers say the target was missed.
 */
const goalCheck =
  (goals: readonly PlannedGoal[]): ObjectCheck =>
  (values, report) => {
    const index = goals.findIndex((g) => g.id === values.goalId);
    if (index < 0) return;
    const c = compareGoal(goals[index]!, index, values as GoalResultDraft);
    const empty = typeof values.explanation !== 'string' || values.explanation.trim() === '';
    const target = goals[index]!.targetValue?.trim() ?? '';
    const measured = typeof values.realisedValue === 'string' ? values.realisedValue.trim() : '';
    if (c.achieved === 'yes' && c.reached === false) report('achieved', REPORT.messages.goalNotReached(measured, target));
    if (empty && c.needs.notReached) report('explanation', REPORT.messages.goalExplanation);
    else if (empty && c.needs.difference) report('explanation', REPORT.messages.goalDifference(measured, target));
  };

/**
 * The goals page: one result per goal of the plan, in the plan's order (what a result does not have
 * yet is empty), so every goal of the plan is asked and checked.
 */
export function reportGoalValues(answers: Answers, report: ReportDraft | undefined): { goals: GoalResultDraft[] } {
  return { goals: (answers.background?.goals ?? []).map((g) => ({ ...report?.goals?.find((r) => r.goalId === g.id), goalId: g.id })) };
}

/** One goal's result: the table's fields and the checks against the plan's goals. */
export function reportGoalSchema(scheme: Scheme, answers: Answers) {
  return strictObjectOf(REPORT_GOAL_FIELDS, scheme, () => [goalCheck(answers.background?.goals ?? [])]);
}

/** The goals page's schema: a result per goal of the plan. */
export const reportGoalsSchema = (scheme: Scheme, answers: Answers) => z.object({ goals: z.array(reportGoalSchema(scheme, answers)) });

/** Promised and actual nazorg users, and whether the difference needs an explanation. */
export function nazorgComparison(answers: Answers, report: ReportDraft | undefined) {
  const typed = report?.nazorg?.actualUsers;
  return difference(parseWholeNumber(answers.nazorg?.expectedUsers), parseWholeNumber(typed));
}

const nazorgCheck =
  (answers: Answers): ObjectCheck =>
  (values, report) => {
    const typed = values.actualUsers;
    if (typeof typed !== 'string' || typed.trim() === '') report('actualUsers', REPORT.messages.nazorgCount);
    const d = nazorgComparison(answers, { nazorg: values as ReportDraft['nazorg'] });
    if (d.beyond && (typeof values.explanation !== 'string' || values.explanation.trim() === '')) {
      report('explanation', REPORT.messages.nazorgExplanation((d.planned ?? 0).toLocaleString('nl-NL'), (d.realised ?? 0).toLocaleString('nl-NL'), d.share));
    }
  };

/** The nazorg page's schema: the table's fields, the count, and the explanation when it differs from the promise. */
export function reportNazorgSchema(scheme: Scheme, answers: Answers) {
  return strictObjectOf(REPORT_NAZORG_FIELDS, scheme, () => [nazorgCheck(answers)]);
}

const totalCheck =
  (answers: Answers, report: ReportDraft | undefined): ObjectCheck =>
  (values, add) => {
    const typed = parseEuroCents(typeof values.totalCosts === 'string' ? values.totalCosts : undefined);
    const totals = reportTotals(answers, compareActivities(answers, report), addedActivities(report));
    if (typed !== undefined && totals.realisedCents !== undefined && typed !== totals.realisedCents) {
      add('totalCosts', REPORT.messages.totalMismatch(formatEuro(typed), formatEuro(totals.realisedCents)));
    }
  };

export function reportClosingSchema(scheme: Scheme, answers: Answers, report: ReportDraft | undefined) {
  return strictObjectOf(REPORT_CLOSING_FIELDS, scheme, () => [totalCheck(answers, report)]);
}

export const partnerName = (p: { name?: string }) => (p.name?.trim() ? `‘${p.name.trim()}’` : UNNAMED_PARTNER);

/** Every open point of the report, in task-list order. */
export function reportIssues(draft: Pick<DraftFile, 'answers' | 'report'>, scheme: Scheme): ReportIssue[] {
  const { answers, report } = draft;
  const schemas = reportSchemas(scheme);
  const issues: ReportIssue[] = [...issuesOf(schemas.grant, report?.grant, 'grant')];
  (answers.activities ?? []).forEach((planned, index) => {
    const task = taskKey({ kind: 'activity', activityId: planned.id });
    const code = `A${index + 1}`;
    const label = REPORT.messages.named(code, planned.title);
    const values: Siblings = reportActivityValues(report?.activities?.find((r) => r.activityId === planned.id), planned, scheme);
    issues.push(...issuesOf(reportActivitySchema(scheme, planned, index), values, task, [], label));
  });
  (report?.addedActivities ?? []).forEach((added, index) => {
    const label = REPORT.messages.named(`N${index + 1}`, added.title);
    issues.push(...issuesOf(schemas.added, added, 'added', ['addedActivities', index], label));
  });
  const goals = answers.background?.goals ?? [];
  if (goals.length > 0) {
    const schema = reportGoalSchema(scheme, answers);
    const values = reportGoalValues(answers, report);
    // Per goal, so each message names its goal (D1 ‘…’); a goal without a result is asked too.
    goals.forEach((goal, index) => issues.push(...issuesOf(schema, values.goals[index], 'goals', ['goals', index], goalName(`D${index + 1}`, goal.goal))));
  }
  if (scheme.targetGroups.some((g) => g.phase === 'aftercare')) issues.push(...issuesOf(reportNazorgSchema(scheme, answers), report?.nazorg, 'nazorg'));
  (answers.partners ?? []).forEach((partner, index) => {
    const entry = report?.partners?.find((p) => p.partnerId === partner.id);
    if (!entry?.cooperation?.trim()) {
      issues.push({ severity: 'error', task: 'partners', path: ['partners', index, 'cooperation'], message: REPORT.messages.partnerCooperation(partnerName(partner)) });
    }
  });
  issues.push(...issuesOf(reportClosingSchema(scheme, answers, report), report?.closing, 'closing'));
  return issues;
}

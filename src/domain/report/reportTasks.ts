import type { DraftFile, ReportDraft } from '../../../schemas/draft';
import type { Scheme } from '../../../schemas/scheme';
import type { StepStatus } from '../stepStatus';
import { taskKey, type ReportIssue, type ReportTask } from './reportChecks';

/**
 * The report's task list: the grant first, then every planned activity (A1, A2, … in the plan's
 * order), the added activities, the goals' results (when the plan has goals), nazorg (rounds with group b), the partners and the closing part.
 * Statuses as in the wizard: "kan nog niet" until the grant is filled in.
 */

/** What progress.visited holds for a report task the user submitted ("bekeken"). */
export const visitedKey = (task: ReportTask) => `verslag:${taskKey(task)}`;

export function reportTasks(draft: Pick<DraftFile, 'answers'>, scheme: Scheme): ReportTask[] {
  return [
    { kind: 'grant' },
    ...(draft.answers.activities ?? []).map((a): ReportTask => ({ kind: 'activity', activityId: a.id })),
    { kind: 'added' },
    ...((draft.answers.background?.goals ?? []).length > 0 ? [{ kind: 'goals' } as const] : []),
    ...(scheme.targetGroups.some((g) => g.phase === 'aftercare') ? [{ kind: 'nazorg' } as const] : []),
    ...((draft.answers.partners ?? []).length > 0 ? [{ kind: 'partners' } as const] : []),
    { kind: 'closing' },
  ];
}

const hasText = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.some(hasText) : typeof value === 'object' && value !== null ? Object.values(value).some(hasText) : value !== undefined;

/** Whether the user has answered anything of the task (an entry's id alone is no answer). */
export function taskStarted(task: ReportTask, report: ReportDraft | undefined): boolean {
  switch (task.kind) {
    case 'grant':
      return hasText(report?.grant);
    case 'activity': {
      const entry = report?.activities?.find((r) => r.activityId === task.activityId);
      if (!entry) return false;
      const { activityId: _id, costLines, ...rest } = entry;
      return hasText(rest) || (costLines ?? []).some((l) => hasText(l.amount));
    }
    case 'added':
      return (report?.addedActivities ?? []).length > 0;
    case 'goals':
      return (report?.goals ?? []).some(({ goalId: _id, ...rest }) => hasText(rest));
    case 'nazorg':
      return hasText(report?.nazorg);
    case 'partners':
      return (report?.partners ?? []).some((p) => hasText(p.cooperation));
    case 'closing':
      return hasText(report?.closing);
  }
}

export function reportTaskStatus(task: ReportTask, draft: Pick<DraftFile, 'report' | 'progress'>, issues: readonly ReportIssue[]): StepStatus {
  const key = taskKey(task);
  const grantOpen = issues.some((i) => i.task === 'grant' && i.severity === 'error');
  const started = taskStarted(task, draft.report);
  if (task.kind !== 'grant' && grantOpen && !started) return 'cannot-start';
  const errors = issues.some((i) => i.task === key && i.severity === 'error');
  const visited = draft.progress?.visited?.includes(visitedKey(task)) ?? false;
  // The added activities are a list that may stay empty: looked at is done.
  if (!errors) return started || visited ? 'complete' : 'not-started';
  if (visited) return 'incomplete';
  return started ? 'in-progress' : 'not-started';
}

/** Whether the grant has been filled in: the report's other tasks can start. */
export const isGranted = (issues: readonly ReportIssue[]) => !issues.some((i) => i.task === 'grant');

import type { DraftFile, ReportDraft } from '../../../schemas/draft';
import { cleanPart } from '../../domain/cleanAnswers';
import type { ReportTask } from '../../domain/report/reportChecks';
import { visitedKey } from '../../domain/report/reportTasks';
import { href } from '../../routes/hashRoute';
import type { DraftStore } from '../../shell/draftStore';

/** The report's parts as addresses: "#/verslag/<part>", an activity's "#/verslag/activiteit/<id>". */
export const REPORT_SUB = {
  grant: 'toekenning',
  activity: 'activiteit',
  added: 'toegevoegd',
  goals: 'doelen',
  nazorg: 'nazorg',
  partners: 'samenwerking',
  closing: 'afsluiting',
} as const;

/** The sub-path of a task's page. */
function taskPath(task: ReportTask): string[] {
  return task.kind === 'activity' ? [REPORT_SUB.activity, task.activityId] : [REPORT_SUB[task.kind]];
}

export const taskHref = (task: ReportTask) => href.report(...taskPath(task));

/** An issue's link: the task's page with the field to focus ("addedActivities.0.title" opens that activity). */
export function issueHref(taskName: string, path: readonly (string | number)[], report: ReportDraft | undefined): string {
  if (taskName.startsWith('activity:')) return href.reportField([REPORT_SUB.activity, taskName.slice('activity:'.length)], path.join('.'));
  if (taskName === 'added' && path[0] === 'addedActivities' && typeof path[1] === 'number') {
    const id = report?.addedActivities?.[path[1]]?.id;
    if (id) return href.reportField([REPORT_SUB.added, id], path.slice(2).join('.'));
  }
  const sub = REPORT_SUB[taskName as Exclude<keyof typeof REPORT_SUB, 'activity'>];
  return sub ? href.reportField([sub], path.join('.')) : href.report();
}

/**
 * Writes a change to the report into the draft: what a form holds is cleaned first (nulls of
 * unanswered radios, untouched fields), so the draft keeps only what its door reads back.
 */
export function writeReport(store: DraftStore, change: (report: ReportDraft) => ReportDraft) {
  store.update((d) => ({ ...d, report: cleanPart(change(d.report ?? {})) }));
}

/** Marks a task as looked at ("bekeken"), as a step's submit does. */
export function markTaskVisited(draft: DraftFile, task: ReportTask): DraftFile {
  const key = visitedKey(task);
  const visited = draft.progress?.visited ?? [];
  return visited.includes(key) ? draft : { ...draft, progress: { ...draft.progress, visited: [...visited, key] } };
}


import { useMemo } from 'react';
import { longDateText } from '../../../schemas/fields/display';
import { TaskList, type Task } from '../../components/TaskList';
import { reportIssues, taskKey, type ReportTask } from '../../domain/report/reportChecks';
import { isGranted, reportTasks, reportTaskStatus } from '../../domain/report/reportTasks';
import { href } from '../../routes/hashRoute';
import { useDraft, useScheme } from '../../shell/DraftContext';
import { BackLink } from '../../shell/BackLink';
import { ExportButton } from '../../shell/ExportButton';
import { PageHeading } from '../../shell/PageHeading';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { REPORT } from '../../text/report';
import { issueHref, taskHref } from './reportForm';
import './report.css';

/** "#/verslag": the report's task list, its open points and its Word export. */
export function ReportTasksPage() {
  useDocumentTitle(REPORT.title);
  const scheme = useScheme();
  const answers = useDraft((d) => d.answers);
  const report = useDraft((d) => d.report);
  const progress = useDraft((d) => d.progress);
  const issues = useMemo(() => reportIssues({ answers, report }, scheme), [answers, report, scheme]);
  const tasks = reportTasks({ answers }, scheme);
  const activities = answers.activities ?? [];
  const title = (task: ReportTask) => {
    if (task.kind !== 'activity') return REPORT.tasks[task.kind];
    const index = activities.findIndex((a) => a.id === task.activityId);
    return REPORT.activityTask(`A${index + 1}`, activities[index]?.title);
  };
  const asTask = (task: ReportTask): Task => {
    const open = issues.filter((i) => i.task === taskKey(task)).length;
    return {
      id: `verslag-${taskKey(task).replace(':', '-')}`,
      title: title(task),
      href: taskHref(task),
      status: reportTaskStatus(task, { report, progress }, issues),
      ...(open > 0 && task.kind !== 'grant' && isGranted(issues) ? { hint: REPORT.openCount(open) } : {}),
    };
  };
  const all = tasks.map(asTask);
  const done = all.filter((t) => t.status === 'complete').length;
  const granted = isGranted(issues);
  return (
    <>
      <BackLink to={href.start()} />
      <PageHeading>{REPORT.title}</PageHeading>
      <p className="lead">{REPORT.intro}</p>
      <p>{REPORT.tolerance}</p>
      <p>{scheme.reportingDeadline.status === 'known' ? REPORT.due(longDateText(scheme.reportingDeadline.value) ?? scheme.reportingDeadline.value) : REPORT.dueUnknown}</p>
      {scheme.reporting.status === 'known' && <p>{scheme.reporting.value}</p>}
      {!granted && (
        <div className="notice">
          <h2 className="notice__title">{REPORT.notGrantedTitle}</h2>
          <p>{REPORT.notGranted}</p>
        </div>
      )}
      <h2 className="section-heading">{REPORT.tasksHeading}</h2>
      <p>{REPORT.progress(done, all.length)}</p>
      <TaskList tasks={tasks.filter((t) => t.kind === 'grant').map(asTask)} />
      <h3 className="report__group">{REPORT.activitiesHeading}</h3>
      {activities.length === 0 && <p>{REPORT.noActivities}</p>}
      <TaskList tasks={tasks.filter((t) => t.kind === 'activity' || t.kind === 'added').map(asTask)} />
      <h3 className="report__group">{REPORT.otherHeading}</h3>
      <TaskList tasks={tasks.filter((t) => t.kind === 'goals' || t.kind === 'nazorg' || t.kind === 'partners' || t.kind === 'closing').map(asTask)} />
      <h2 className="section-heading">{REPORT.openHeading}</h2>
      {issues.length === 0 ? (
        <p>{REPORT.noOpen}</p>
      ) : (
        <div className="report__open">
          <p>{REPORT.openIntro(issues.length)}</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.task}/${issue.path.join('.')}/${issue.message}`}>
                <a href={issueHref(issue.task, issue.path, report)}>{issue.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2 className="section-heading">{REPORT.exportHeading}</h2>
      <p>{REPORT.exportIntro}</p>
      <ExportButton variant="report" />
      <p>
        <a href={href.start()}>{REPORT.backToPlan}</a>
      </p>
    </>
  );
}

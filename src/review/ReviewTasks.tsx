import { useMemo } from 'react';
import { coherenceMatrix } from '../domain/coherenceMatrix';
import { extraTaskStatus } from '../domain/extraTaskStatus';
import { errorsOf } from '../domain/issues';
import { href } from '../routes/hashRoute';
import { PAGES } from '../routes/routeTable';
import { TaskList, type Task } from '../components/TaskList';
import { COHERENCE, REVIEW } from '../text/review';
import { useDraft, useScheme } from '../shell/DraftContext';
import { useIssues } from '../shell/useIssues';

/** The tasks after the steps on the start page: Samenhang and Controleren. */
export function ReviewTasks() {
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  const issues = useIssues();
  const tasks = useMemo((): Task[] => {
    const coherence = extraTaskStatus('coherence', answers, issues, scheme);
    const review = extraTaskStatus('review', answers, issues, scheme);
    const gaps = coherence === 'in-progress' ? coherenceMatrix(answers, scheme).gaps.length : 0;
    return [
      {
        id: PAGES.coherence.slug,
        title: COHERENCE.taskTitle,
        href: href.page('coherence'),
        hint: coherence === 'cannot-start' ? COHERENCE.taskHintLocked : gaps > 0 ? COHERENCE.taskGaps(gaps) : COHERENCE.taskHint,
        status: coherence,
      },
      {
        id: PAGES.review.slug,
        title: REVIEW.taskTitle,
        href: href.page('review'),
        hint: review === 'complete' ? REVIEW.taskHint : REVIEW.taskHintOpen(errorsOf(issues).length),
        status: review,
      },
    ];
  }, [answers, issues, scheme]);
  return (
    <>
      <h2 className="section-heading">{REVIEW.tasksHeading}</h2>
      <TaskList tasks={tasks} />
    </>
  );
}

import { STEP_IDS, type StepId } from '../domain/stepIds';
import type { StepStatus } from '../domain/stepStatus';
import { TaskList, type Task } from '../components/TaskList';
import { href } from '../routes/hashRoute';
import { PAGES } from '../routes/routeTable';
import { START, STEP_TITLES } from '../text/nl';

export interface StartTaskStates {
  /** Undefined while the draft is still being restored. */
  steps: Record<StepId, StepStatus> | undefined;
  /** Samenhang and Controleren. */
  extra: { status: StepStatus; hint: string }[] | undefined;
}

/**
 * The start page's two task lists: the steps, and Samenhang and Controleren. Drawn the same way
 * from the restored draft (StartPage) and, on the first paint, from what the page showed last
 * (StartPreview), or without statuses until the draft is there.
 */
export function StartTasks({ steps, extra }: StartTaskStates) {
  const tasks: Task[] = STEP_IDS.map((step) => ({ id: step, title: STEP_TITLES[step], href: href.step(step), status: steps?.[step] }));
  const done = tasks.filter((t) => t.status === 'complete').length;
  const reviewTasks: Task[] = [
    { id: PAGES.coherence.slug, title: START.coherenceTask, href: href.page('coherence'), ...extraTask(extra?.[0]) },
    { id: PAGES.review.slug, title: START.reviewTask, href: href.page('review'), ...extraTask(extra?.[1]) },
  ];
  return (
    <>
      <h2 className="section-heading">{START.tasksHeading}</h2>
      <p>{steps ? START.progress(done, tasks.length) : '\u00a0'}</p>
      <TaskList tasks={tasks} />
      <h2 className="section-heading">{START.reviewTasksHeading}</h2>
      <TaskList tasks={reviewTasks} />
    </>
  );
}

function extraTask(state: { status: StepStatus; hint: string } | undefined): Pick<Task, 'status' | 'hint'> {
  // Without a hint yet, a line of its height keeps the list from moving when it comes.
  return { status: state?.status, hint: state?.hint ?? '\u00a0' };
}

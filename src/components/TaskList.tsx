import type { StepStatus } from '../domain/stepStatus';
import { STEP_STATUS_LABELS } from '../text/nl';
import './TaskList.css';

export interface Task {
  id: string;
  title: string;
  href?: string;
  hint?: string;
  /** Undefined while the draft is still being restored: the tag keeps its place, empty. */
  status: StepStatus | undefined;
}

/** GOV.UK "complete multiple tasks" list: each task a link with its status. */
export function TaskList({ tasks }: { tasks: readonly Task[] }) {
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li className="task-list__item" key={task.id}>
          <div className="task-list__name">
            {task.href && task.status !== 'cannot-start' ? (
              <a href={task.href} aria-describedby={task.status && `task-${task.id}-status`}>
                {task.title}
              </a>
            ) : (
              <span>{task.title}</span>
            )}
            {task.hint && <p className="task-list__hint">{task.hint}</p>}
          </div>
          {task.status ? (
            <span className={`tag tag--${task.status}`} id={`task-${task.id}-status`}>
              {STEP_STATUS_LABELS[task.status]}
            </span>
          ) : (
            <span className="tag tag--pending" aria-hidden="true">
              {'\u00a0'}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

import type { Answers, Progress } from '../../schemas/draft';
import type { Issue } from './issues';
import { STEP_PREREQUISITES, stepHasAnswers, type StepId } from './steps';

/** GOV.UK task list statuses, plus "bekeken maar onvolledig" (GOV.UK discussion #6251). */
export type StepStatus = 'not-started' | 'in-progress' | 'incomplete' | 'complete' | 'cannot-start';

/**
 * A step is "klaar" when it has no errors of its own and none from checks across steps; "bekeken
 * maar onvolledig" once the user submitted it with errors left; "bezig" with answers not yet
 * submitted; "kan nog niet" while a prerequisite step has no answers.
 */
export function stepStatus(step: StepId, answers: Answers, progress: Progress | undefined, issues: readonly Issue[]): StepStatus {
  const hasErrors = issues.some((i) => i.step === step && i.severity === 'error');
  const started = stepHasAnswers(answers, step);
  if (!started && STEP_PREREQUISITES[step].some((p) => !stepHasAnswers(answers, p))) return 'cannot-start';
  if (!hasErrors) return started ? 'complete' : progress?.visited?.includes(step) ? 'complete' : 'not-started';
  if (progress?.visited?.includes(step)) return 'incomplete';
  return started ? 'in-progress' : 'not-started';
}

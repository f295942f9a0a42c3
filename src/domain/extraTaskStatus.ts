import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { coherenceMatrix } from './coherenceMatrix';
import { errorsOf, type Issue } from './issues';
import { STEP_IDS, stepHasAnswers } from './steps';
import type { StepStatus } from './stepStatus';

/** The two tasks after the steps: "Samenhang" (the coherence matrix) and "Controleren". */
export type ExtraTask = 'coherence' | 'review';

/**
 * Controleren opens once every step has answers and is "klaar" when nothing is open anywhere.
 * Samenhang opens once there are activities and is "klaar" when the matrix shows no gap.
 */
export function extraTaskStatus(task: ExtraTask, answers: Answers, issues: readonly Issue[], scheme: Scheme): StepStatus {
  if (task === 'review') {
    if (!STEP_IDS.every((step) => stepHasAnswers(answers, step))) return 'cannot-start';
    return errorsOf(issues).length === 0 ? 'complete' : 'incomplete';
  }
  if ((answers.activities ?? []).length === 0) return 'cannot-start';
  return coherenceMatrix(answers, scheme).gaps.length === 0 ? 'complete' : 'in-progress';
}

import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { coherenceMatrix } from './coherenceMatrix';
import { errorsOf, type Issue } from './issues';
import { STEP_IDS, stepHasAnswers } from './steps';
import type { StepStatus } from './stepStatus';

/** The two tasks after the steps: "Samenhang" (the coherence matrix) and "Controleren". */
export type ExtraTask = 'coherence' | 'review';

/**
 * Controleren is always open: its list of what is still missing is what a beginner needs most. It
 * is "niet begonnen" before any step has answers, "bezig" while something is open and "klaar" when
 * nothing is. Samenhang opens once there are activities and is "klaar" when the matrix shows no gap.
 */
export function extraTaskStatus(task: ExtraTask, answers: Answers, issues: readonly Issue[], scheme: Scheme): StepStatus {
  if (task === 'review') {
    if (errorsOf(issues).length === 0) return 'complete';
    return STEP_IDS.some((step) => stepHasAnswers(answers, step)) ? 'in-progress' : 'not-started';
  }
  if ((answers.activities ?? []).length === 0) return 'cannot-start';
  return coherenceMatrix(answers, scheme).gaps.length === 0 ? 'complete' : 'in-progress';
}

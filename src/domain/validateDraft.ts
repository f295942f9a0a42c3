import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { schemasForScheme } from './schemasForScheme';
import { STEP_IDS, stepValues, type StepId } from './steps';
import type { Issue } from './issues';
import { checkCoherence } from './coherence';
import type { Guidance } from '../../schemas/guidance';
import { adviceIssues } from './advice';
import { memoPerFrozen } from './frozen';

/** Field and step checks of one step: the strict schema applied to the step's values. */
export function stepIssues(answers: Answers, step: StepId, scheme: Scheme): Issue[] {
  const part = answers[step];
  return typeof part === 'object' && part !== null ? partIssues(part, step, scheme) : checkStep(answers, step, scheme);
}

/**
 * A step's checks depend on its own part of the answers only; kept per frozen part, so typing in
 * one step does not check the 200 activities of another again on every keystroke (domain/frozen.ts).
 */
const partIssues = memoPerFrozen((part: object, step: StepId, scheme: Scheme) => checkStep({ [step]: part }, step, scheme));

function checkStep(answers: Answers, step: StepId, scheme: Scheme): Issue[] {
  const result = schemasForScheme(scheme)[step].safeParse(stepValues(answers, step));
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: 'error' as const,
    step,
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
    rule: `field:${issue.code}`,
  }));
}

/** Every error and warning of the whole draft: each step's own checks, then the checks across steps. */
export function validateDraft(answers: Answers, scheme: Scheme): Issue[] {
  return [...STEP_IDS.flatMap((step) => stepIssues(answers, step, scheme)), ...checkCoherence(answers, scheme)];
}

/** validateDraft plus the advice from the evidence (see advice.ts), for pages that show warnings. */
export function validateDraftWithAdvice(answers: Answers, scheme: Scheme, guidance: Guidance): Issue[] {
  return [...validateDraft(answers, scheme), ...adviceIssues(answers, guidance)];
}

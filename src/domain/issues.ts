import type { StepId } from './steps';

/** One thing that is missing or does not fit, in Dutch, pointing at the step and field. */
export interface Issue {
  severity: 'error' | 'warning';
  step: StepId;
  /** Path inside the step's form values, e.g. ["a", "expectedCount"] or ["activities", 2, "title"]; empty for the step as a whole. */
  path: readonly (string | number)[];
  message: string;
  /** Stable name of the rule, for tests and for grouping. */
  rule: string;
}

export const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'warning');

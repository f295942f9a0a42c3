import type { StepId } from '../../domain/steps';
import { StepForm } from '../StepForm';

/** Temporary: a step whose questions are not built yet (replaced step by step in issue #3). */
export function PlaceholderStep(step: StepId) {
  return function Placeholder() {
    return <StepForm step={step}>{null}</StepForm>;
  };
}

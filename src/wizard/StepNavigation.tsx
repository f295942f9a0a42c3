import { href } from '../routes/hashRoute';
import { STEP_IDS, type StepId } from '../domain/steps';
import { SHELL } from '../text/nl';
import { saveLabel } from './saveLabel';

/** Where "Opslaan en verder" leads from a step: the next step, or Controleren after the last. */
export function nextStepHref(step: StepId): string {
  const next = STEP_IDS[STEP_IDS.indexOf(step) + 1];
  return next ? href.step(next) : href.page('review');
}

/**
 * The buttons under every step: save and go on, back one step, back to the overview. The primary
 * button submits the step's form, or calls onContinue on a step without one (the activities list).
 */
export function StepNavigation({ step, onContinue }: { step: StepId; onContinue?: () => void }) {
  const index = STEP_IDS.indexOf(step);
  const next = STEP_IDS[index + 1];
  const previous = STEP_IDS[index - 1];
  return (
    <div className="button-group">
      <button type={onContinue ? 'button' : 'submit'} className="button button--primary" onClick={onContinue}>
        {saveLabel(window.location.hash, next ? SHELL.saveAndContinue : SHELL.saveAndReview)}
      </button>
      {previous && (
        <a className="button button--secondary" href={href.step(previous)}>
          {SHELL.back}
        </a>
      )}
      <a className="link" href={href.start()}>
        {SHELL.backToOverview}
      </a>
    </div>
  );
}

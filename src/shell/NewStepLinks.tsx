import { DRAFT_MIGRATIONS } from '../../schemas/migrations';
import { STEP_IDS, stepHasAnswers } from '../domain/steps';
import { href } from '../routes/hashRoute';
import { useDraft } from './DraftContext';
import { STEP_TITLES } from '../text/nl';
import { NEW_STEPS } from '../text/storage';

/**
 * After an older draft was brought up to date: a link to each step a newer version added that the
 * draft has no answers for yet (a paragraph each, apart from the list of what changed).
 */
export function NewStepLinks() {
  const answers = useDraft((d) => d.answers);
  const steps = STEP_IDS.filter((step) => DRAFT_MIGRATIONS.some((m) => m.newStep === step) && !stepHasAnswers(answers, step));
  return steps.map((step) => (
    <p key={step} className="new-step-link">
      <a href={href.step(step)}>{NEW_STEPS.fillIn(STEP_TITLES[step])}</a>
    </p>
  ));
}

import { STEP_IDS, STEP_SLUGS } from '../domain/steps';
import { parseHash } from '../routes/hashRoute';
import { PAGES } from '../routes/routeTable';
import { SHELL, STEP_TITLES } from '../text/nl';

/**
 * The label of a form's save button: where saving takes the user. After "Wijzigen" on Controleren
 * ("?terug=controleren") it says "Opslaan en terug naar controleren", after "Kosten wijzigen" on
 * Begroting "Opslaan en terug naar Begroting"; otherwise the form's own label.
 */
export function saveLabel(hash: string, otherwise: string): string {
  const to = parseHash(hash)?.returnTo;
  if (!to) return otherwise;
  if (to === PAGES.review.slug) return SHELL.saveAndReturnToReview;
  const step = STEP_IDS.find((s) => STEP_SLUGS[s] === to);
  return step ? SHELL.saveAndReturnTo(STEP_TITLES[step]) : otherwise;
}

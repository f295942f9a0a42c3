import type { DraftFile } from '../../schemas/draft';
import { STEP_IDS, type StepId } from '../domain/steps';
import { href } from '../routes/hashRoute';

/**
 * Where to send a user who opens the app without a route: back to the step they were on. Only
 * when the address has no route at all, so a link or bookmark to a page always wins.
 */
export function lastStepRoute(hash: string, draft: DraftFile): string | undefined {
  if (hash !== '' && hash !== '#') return undefined;
  const step = draft.progress?.lastStep;
  return step && (STEP_IDS as readonly string[]).includes(step) ? href.step(step as StepId) : undefined;
}

import { STEP_IDS, type StepId } from '../domain/stepIds';

/**
 * The step the user was on, as a hint main.tsx can read at once, before the draft is restored:
 * opened without a route, the app returns to that step (app/lastStepRoute.ts, from the draft), so
 * the start page's first paint is drawn only when there is no such step. Derived data only (a step
 * id, never an answer), kept in step with the draft's progress.lastStep by
 * connectDraftSessionToPage. When it is wrong, the worst is a first paint of the start page before
 * the step opens, or none: the draft decides where the app goes.
 * Under the app's "aanvraagwijzer:" prefix, so "Wis alles op dit apparaat" wipes it too; nothing is
 * written when the user keeps drafts only in files.
 */
const KEY = 'aanvraagwijzer:laststep';

/** `step`: the draft's last step (undefined or not a step: no hint). */
export function rememberLastStep(step: string | undefined, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (!step || !STEP_IDS.includes(step as StepId)) {
      if (storage?.getItem(KEY) !== null) storage?.removeItem(KEY);
    }
    else if (storage?.getItem(KEY) !== step) storage?.setItem(KEY, step);
  } catch {
    // Blocked or full: the app finds the last step in the draft once it is restored.
  }
}

export function readLastStep(storage: () => Storage | undefined = () => globalThis.localStorage): StepId | undefined {
  try {
    const step = storage()?.getItem(KEY);
    return STEP_IDS.includes(step as StepId) ? (step as StepId) : undefined;
  } catch {
    return undefined;
  }
}

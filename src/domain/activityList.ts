import type { ActivityDraft, Answers } from '../../schemas/draft';
import { addItem, removeItem, replaceItem, restoreItem } from './itemList';

/** An activity taken out of the list, with where it stood, so "Ongedaan maken" puts it back in place. */
export interface RemovedActivity {
  activity: ActivityDraft;
  index: number;
}

/** Appends a new activity; the others stay exactly as they are. */
export const addActivity = (answers: Answers, activity: ActivityDraft): Answers => addItem(answers, 'activities', activity);

/**
 * Writes one activity back by id. An id that is no longer in the list is appended rather than
 * dropped: what the user typed is never lost.
 */
export const replaceActivity = (answers: Answers, activity: ActivityDraft): Answers => replaceItem(answers, 'activities', activity);

export function removeActivity(answers: Answers, id: string): { answers: Answers; removed?: RemovedActivity } {
  const { answers: next, removed } = removeItem(answers, 'activities', id);
  return removed ? { answers: next, removed: { activity: removed.item, index: removed.index } } : { answers: next };
}

/** Puts a removed activity back at its old place (or at the end if the list got shorter). */
export const restoreActivity = (answers: Answers, { activity, index }: RemovedActivity): Answers => restoreItem(answers, 'activities', { item: activity, index });

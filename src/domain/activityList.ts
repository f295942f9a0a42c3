import type { ActivityDraft, Answers } from '../../schemas/draft';

/** An activity taken out of the list, with where it stood, so "Ongedaan maken" puts it back in place. */
export interface RemovedActivity {
  activity: ActivityDraft;
  index: number;
}

/** Appends a new activity; the others stay exactly as they are. */
export function addActivity(answers: Answers, activity: ActivityDraft): Answers {
  return { ...answers, activities: [...(answers.activities ?? []), activity] };
}

/**
 * Writes one activity back by id. An id that is no longer in the list is appended rather than
 * dropped: what the user typed is never lost.
 */
export function replaceActivity(answers: Answers, activity: ActivityDraft): Answers {
  const activities = answers.activities ?? [];
  const index = activities.findIndex((a) => a.id === activity.id);
  if (index === -1) return { ...answers, activities: [...activities, activity] };
  return { ...answers, activities: activities.with(index, activity) };
}

export function removeActivity(answers: Answers, id: string): { answers: Answers; removed?: RemovedActivity } {
  const activities = answers.activities ?? [];
  const index = activities.findIndex((a) => a.id === id);
  const activity = activities[index];
  if (!activity) return { answers };
  return { answers: { ...answers, activities: activities.toSpliced(index, 1) }, removed: { activity, index } };
}

/** Puts a removed activity back at its old place (or at the end if the list got shorter). */
export function restoreActivity(answers: Answers, { activity, index }: RemovedActivity): Answers {
  const activities = answers.activities ?? [];
  if (activities.some((a) => a.id === activity.id)) return answers;
  return { ...answers, activities: activities.toSpliced(Math.min(index, activities.length), 0, activity) };
}

import type { ActivityDraft } from '../../../../schemas/draft';
import { ACTIVITIES } from '../../../text/activities';

/** The activity's title as the user typed it, or "Activiteit zonder titel". */
export function activityTitle(activity: ActivityDraft): string {
  return activity.title?.trim() || ACTIVITIES.untitled;
}

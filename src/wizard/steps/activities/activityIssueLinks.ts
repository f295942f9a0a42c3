import type { ActivityDraft } from '../../../../schemas/draft';
import type { Issue } from '../../../domain/issues';
import { href } from '../../../routes/hashRoute';
import type { ErrorSummaryItem } from '../../../components/ErrorSummary';
import { ACTIVITIES } from '../../../text/activities';

/** DOM id of the "Activiteit toevoegen" button: the target of errors about the list as a whole. */
export const ADD_ACTIVITY_ID = 'activiteit-toevoegen';

/**
 * Issues of the Activiteiten step as error-summary links: an issue inside one activity goes to that
 * activity's page and field ("#/activiteiten/<id>?veld=veld-startDate"); an issue about the list
 * goes to the "Activiteit toevoegen" button. Messages of the strict schema get the activity's name
 * in front, as they say nothing about which activity they are about.
 */
export function activityIssueLinks(issues: readonly Issue[], activities: readonly ActivityDraft[]): ErrorSummaryItem[] {
  return issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    const activity = list === 'activities' && typeof index === 'number' ? activities[index] : undefined;
    if (!activity || index === undefined) return { message: issue.message, target: ADD_ACTIVITY_ID };
    const target = href.step('activities', { sub: activity.id, field: rest.length > 0 ? rest.join('.') : undefined });
    if (!issue.rule.startsWith('field:')) return { message: issue.message, target };
    const where = [ACTIVITIES.issueLabel(Number(index), activity.title)];
    if (rest[0] === 'costLines' && typeof rest[1] === 'number') where.push(ACTIVITIES.costLineLabel(rest[1]));
    return { message: `${where.join(', ')}: ${issue.message}`, target };
  });
}

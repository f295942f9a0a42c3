import type { ActivityDraft } from '../../../../schemas/draft';
import type { Issue } from '../../../domain/issues';
import type { ErrorSummaryItem } from '../../../components/ErrorSummary';
import { ACTIVITIES } from '../../../text/activities';
import { itemIssueLinks } from '../../itemIssueLinks';

/** DOM id of the "Activiteit toevoegen" button: the target of errors about the list as a whole. */
export const ADD_ACTIVITY_ID = 'activiteit-toevoegen';

/** Issues of the Activiteiten step as error-summary links (itemIssueLinks), named "Activiteit 2 ‘Proefstage’, kostenregel 1". */
export function activityIssueLinks(issues: readonly Issue[], activities: readonly ActivityDraft[]): ErrorSummaryItem[] {
  return itemIssueLinks('activities', issues, activities, ADD_ACTIVITY_ID, (index, rest) => {
    const where = [ACTIVITIES.issueLabel(index, activities[index]?.title)];
    if (rest[0] === 'costLines' && typeof rest[1] === 'number') where.push(ACTIVITIES.costLineLabel(rest[1]));
    return where.join(', ');
  });
}

import { ACTIVITY_QUESTIONS } from '../../../text/activities';
import { activityFields } from '../../stepForms';

/** The typed fields of one activity's page, its cost lines included. */
export const activityForm = activityFields(ACTIVITY_QUESTIONS);

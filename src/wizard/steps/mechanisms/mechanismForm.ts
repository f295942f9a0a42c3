import { MECHANISM_CHOICE_QUESTIONS } from '../../../text/mechanisms';
import { mechanismFields } from '../../stepForms';

/** The typed fields of one chosen mechanism's page: its approaches and why it fits. */
export const mechanismForm = mechanismFields(MECHANISM_CHOICE_QUESTIONS);

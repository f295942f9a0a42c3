import { MECHANISM_CHOICE_QUESTIONS } from '../../text/mechanisms';
import { stepFields } from '../stepForms';

/** The typed fields of the Mechanismen form: the chosen mechanisms, each with its approaches and rationale. */
export const mechanismsForm = stepFields('mechanisms', { chosen: { fields: MECHANISM_CHOICE_QUESTIONS } });

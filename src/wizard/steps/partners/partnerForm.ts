import { PARTNER_QUESTIONS } from '../../../text/partners';
import { partnerFields } from '../../stepForms';

/** The typed fields of one partner's page. */
export const partnerForm = partnerFields(PARTNER_QUESTIONS);

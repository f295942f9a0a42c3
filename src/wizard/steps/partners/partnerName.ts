import type { PartnerDraft } from '../../../../schemas/draft';
import { PARTNERS } from '../../../text/partners';

/** The partner's name as the user typed it, or "Partner zonder naam". */
export function partnerName(partner: PartnerDraft): string {
  return partner.name?.trim() || PARTNERS.unnamed;
}

import { LIMITS } from '../limits';
import { listField } from './containers';
import { choice, itemKey, longText, shortText } from './kinds';

/** One partner the institution works with. */
export const PARTNER_FIELDS = {
  id: itemKey({ label: 'Partner' }),
  type: choice({ label: 'Soort partner', required: 'Kies het soort partner', options: 'partnerTypes' }),
  name: shortText({ label: 'Naam', required: 'Vul de naam van de partner in', input: { width: 'full', autoComplete: 'off' } }),
  role: longText({ label: 'Rol', required: 'Beschrijf de rol van deze partner', input: { rows: 3 } }),
  agreements: longText({ label: 'Afspraken', required: 'Beschrijf wat u met deze partner heeft afgesproken', input: { rows: 4 } }),
};

/** Samenwerking: the partners, each with its role and agreements, each edited on a page of its own. */
export const PARTNERS = listField({
  label: 'Partners',
  item: PARTNER_FIELDS,
  key: 'id',
  max: LIMITS.partners,
  min: 'Voeg minstens één samenwerkingspartner toe',
  itemPage: true,
});

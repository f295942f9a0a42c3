import { objectField } from './containers';
import type { Siblings } from './field';
import { euroAmount, longText, yesNo } from './kinds';

const withCofinancing = (budget: Siblings) => budget.hasCofinancing === 'yes';
const cofinancingAmountMessage = 'Vul het bedrag van de cofinanciering in';

/** Begroting: what the institution asks for, and who else pays. The costs themselves are the activities'. */
export const BUDGET_FIELDS = {
  requestedAmount: euroAmount({ label: 'Gevraagde subsidie', required: 'Vul het bedrag in dat u aanvraagt', binding: {}, input: { width: 'medium', autoComplete: 'off' } }),
  hasCofinancing: yesNo({ label: 'Cofinanciering ja of nee', required: 'Kies of er cofinanciering is' }),
  /** Only asked (and kept) while hasCofinancing is "yes". */
  cofinancingAmount: euroAmount({
    label: 'Bedrag van de cofinanciering',
    required: cofinancingAmountMessage,
    invalid: cofinancingAmountMessage,
    notPositive: cofinancingAmountMessage,
    shownWhen: withCofinancing,
    binding: {},
    input: { width: 'medium', autoComplete: 'off' },
  }),
  cofinancingSource: longText({
    label: 'Wie de cofinanciering betaalt',
    required: 'Vul in wie de cofinanciering betaalt',
    shownWhen: withCofinancing,
    binding: {},
    input: { rows: 3 },
  }),
  notes: longText({ label: 'Toelichting op de begroting', binding: {}, input: { rows: 4 } }),
};

export const BUDGET = objectField({ item: BUDGET_FIELDS });

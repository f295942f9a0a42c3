import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { objectField } from '../../schemas/fields/containers';
import { longText } from '../../schemas/fields/kinds';
import { MONITORING_FIELDS } from '../../schemas/fields/monitoring';
import { STEP_FIELDS, type ApplicationFields } from '../../schemas/fields/steps';
import { getScheme } from '../../templates/schemes';
import { pruneHidden } from './pruneHidden';

const scheme = getScheme();

describe('pruneHidden', () => {
  it('drops the answers of questions another answer hides, and links to removed partners', () => {
    const answers: Answers = {
      targetGroups: { a: { riskIndicators: ['other'], otherRiskExplanation: 'Blijft' }, b: { riskIndicators: ['entree'], otherRiskExplanation: 'Gaat weg' } },
      budget: { hasCofinancing: 'no', cofinancingAmount: '5.000', cofinancingSource: 'Gemeente', notes: 'Blijft' },
      partners: [{ id: 'p1' }],
      activities: [{ id: 'a1', partnerIds: ['p1', 'weg'] }],
    };
    expect(pruneHidden(answers, scheme)).toEqual({
      targetGroups: { a: { riskIndicators: ['other'], otherRiskExplanation: 'Blijft' }, b: { riskIndicators: ['entree'] } },
      budget: { hasCofinancing: 'no', notes: 'Blijft' },
      partners: [{ id: 'p1' }],
      activities: [{ id: 'a1', partnerIds: ['p1'] }],
    });
  });

  it('returns the same answers when nothing is hidden, so a keystroke changes nothing else', () => {
    const answers: Answers = { targetGroups: { a: { riskIndicators: ['other'], otherRiskExplanation: 'x' } }, budget: { hasCofinancing: 'yes', cofinancingAmount: '1' } };
    expect(pruneHidden(answers, scheme)).toBe(answers);
  });

  it('follows the field table: a conditional question added there is pruned too', () => {
    const fields: ApplicationFields = {
      ...STEP_FIELDS,
      monitoring: objectField({
        item: { ...MONITORING_FIELDS, privacy: longText({ label: 'Privacy', shownWhen: (m) => typeof m.registration === 'string' && m.registration.includes('lijst') }) },
      }),
    };
    const answers = { monitoring: { registration: 'In het volgsysteem', privacy: 'Alleen de coach' } } as Answers;
    expect(pruneHidden(answers, scheme, fields)).toEqual({ monitoring: { registration: 'In het volgsysteem' } });
    const kept = { monitoring: { registration: 'Op een lijst', privacy: 'Alleen de coach' } } as Answers;
    expect(pruneHidden(kept, scheme, fields)).toBe(kept);
  });
});

import { describe, expect, it } from 'vitest';
import { MECHANISMS } from '../../schemas/fields/mechanisms';
import { formDefaults, stepHasAnswers, stepValues, withStepValues } from './steps';

describe('stepValues for the choice steps', () => {
  it('gives every target group its checkbox lists, so a form never stores false for an untouched group', () => {
    expect(stepValues({}, 'targetGroups')).toEqual({
      a: { levels: [], pathways: [], riskIndicators: [] },
      b: { levels: [], pathways: [], riskIndicators: [] },
    });
    expect(stepValues({ targetGroups: { a: { levels: ['2'], sectors: 'Zorg' } } }, 'targetGroups')).toMatchObject({
      a: { levels: ['2'], pathways: [], riskIndicators: [], sectors: 'Zorg' },
    });
  });

  it('gives a chosen mechanism from a file without approaches an empty list on its own page, and leaves it as it is on the list', () => {
    expect(formDefaults(MECHANISMS.item.chosen.item, { mechanismId: 'social-norms' })).toEqual({ mechanismId: 'social-norms', approachIds: [] });
    expect(stepValues({ mechanisms: { chosen: [{ mechanismId: 'social-norms' }] } }, 'mechanisms')).toEqual({ chosen: [{ mechanismId: 'social-norms' }] });
  });

  it('does not count those empty lists as answers', () => {
    expect(stepHasAnswers({}, 'targetGroups')).toBe(false);
    expect(stepHasAnswers(withStepValues({}, 'targetGroups', stepValues({}, 'targetGroups')), 'targetGroups')).toBe(false);
  });
});

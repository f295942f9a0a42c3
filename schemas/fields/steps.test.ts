import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { createStepSchemas } from '../application';
import type { Scheme } from '../scheme';
import { objectField } from './containers';
import { confirmation, wholeNumber } from './kinds';
import { NAZORG_FIELDS } from './nazorg';
import { applicationFields, inRound, STEP_FIELDS, type ApplicationFields } from './steps';

const scheme = getScheme();
const offersFinalYear = (s: Scheme) => s.targetGroups.some((g) => g.phase === 'final-year');

/**
 * A round whose data differ (#12): only nazorg, no group a. Its fields are a predicate on its data
 * away, and its groups come from its data, with no check of which round it is.
 */
const nazorgOnly: Scheme = { ...scheme, id: 'nazorg-only', targetGroups: scheme.targetGroups.filter((g) => g.phase === 'aftercare') };
const FIELDS: ApplicationFields = {
  ...STEP_FIELDS,
  nazorg: objectField({
    item: {
      ...NAZORG_FIELDS,
      graduatesUsingNazorg: wholeNumber({ label: 'Gediplomeerden die nazorg gebruiken', required: 'Vul het aantal in', inRound: (s) => !offersFinalYear(s) }),
      noFee: confirmation({ label: 'Geen bijdrage van gediplomeerden', required: 'Bevestig dat gediplomeerden niets betalen', inRound: (s) => !offersFinalYear(s) }),
    },
  }),
};

describe('the fields of a round', () => {
  it('are the same object each time, and a table the round uses whole is that table', () => {
    expect(applicationFields(scheme)).toBe(applicationFields(scheme));
    expect(applicationFields(scheme).applicant).toBe(STEP_FIELDS.applicant);
    expect(inRound(FIELDS.nazorg.item, scheme)).toEqual(inRound(NAZORG_FIELDS, scheme));
  });

  it('leave out what a round does not use, by a predicate on its data', () => {
    expect(Object.keys(inRound(FIELDS.nazorg.item, nazorgOnly))).toEqual([...Object.keys(inRound(NAZORG_FIELDS, nazorgOnly)), 'graduatesUsingNazorg', 'noFee']);
    const strict = (round: Scheme) => createStepSchemas(round, inRound(FIELDS, round));
    const answers = { contactMethod: 'Bellen', duration: '1 jaar', handover: 'Samen naar UWV', expectedUsers: '30' };
    expect(strict(scheme).nazorg.safeParse(answers).success).toBe(true);
    expect(strict(nazorgOnly).nazorg.safeParse(answers).error?.issues.map((i) => i.message)).toEqual([
      'Vul het aantal in',
      'Bevestig dat gediplomeerden niets betalen',
    ]);
  });

  it('ask per target group of the round, from its data', () => {
    const group = { expectedCount: '40', levels: ['2'], pathways: ['bol'], sectors: 'Zorg', riskIndicators: ['bol-level-2'], selection: 'Mentoren', ageConfirmed: true };
    expect(createStepSchemas(nazorgOnly).targetGroups.safeParse({ b: group }).success).toBe(true);
    expect(createStepSchemas(scheme).targetGroups.safeParse({ b: group }).error?.issues[0]?.path).toEqual(['a']);
  });
});

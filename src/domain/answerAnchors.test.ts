import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { anchorKey, fieldAnchorOf, locateField, sectionOf, withAnswerText } from './answerAnchors';

const answers: Answers = {
  applicant: { institutionName: 'ROC Lindeveld' },
  targetGroups: { a: { sectors: 'Zorg' } },
  mechanisms: { chosen: [{ mechanismId: 'm1' }, { mechanismId: 'm2', rationale: 'Omdat' }] },
  activities: [
    { id: 'act1', title: 'Proefstage', costLines: [{ id: 'k1', description: 'Uren', amount: '100' }] },
    { id: 'act2', title: 'Coaching', description: 'Oud' },
  ],
  partners: [{ id: 'p1', name: 'Gemeente' }, { id: 'p2', role: 'Helpt' }],
  budget: { requestedAmount: '1000' },
};

describe('anchors', () => {
  it('have one key each, and a field key gives its anchor back', () => {
    expect(anchorKey({ step: 'nazorg', field: 'duration' })).toBe('nazorg:duration');
    expect(anchorKey({ step: 'nazorg', section: 'nazorg' })).toBe('section:nazorg');
    expect(anchorKey({ step: 'algemeen' })).toBe('algemeen');
    expect(fieldAnchorOf('activities:activities.a1.description')).toEqual({ step: 'activities', field: 'activities.a1.description' });
    expect(fieldAnchorOf('section:nazorg')).toBeUndefined();
    expect(sectionOf('section:nazorg')).toBe('nazorg');
  });

  it('find the answer by the id of its activity, cost line or partner, with the form name on its page', () => {
    expect(locateField(answers, { step: 'activities', field: 'activities.act2.description' })).toMatchObject({
      kind: 'longText',
      value: 'Oud',
      page: ['activiteiten', 'act2'],
      formName: 'description',
    });
    expect(locateField(answers, { step: 'activities', field: 'activities.act1.costLines.k1.amount' })).toMatchObject({
      kind: 'number',
      formName: 'costLines.0.amount',
    });
    expect(locateField(answers, { step: 'partners', field: 'partners.p2.role' })).toMatchObject({ page: ['samenwerking', 'p2'], formName: 'role', value: 'Helpt' });
    expect(locateField(answers, { step: 'mechanisms', field: 'chosen.m2.rationale' })).toMatchObject({ page: ['mechanismen', 'm2'], formName: 'rationale' });
    expect(locateField(answers, { step: 'targetGroups', field: 'b.levels' })).toMatchObject({ kind: 'choice', formName: 'b.levels', value: undefined });
    expect(locateField(answers, { step: 'applicant', field: 'institutionName' })).toMatchObject({ page: ['aanvrager'], formName: 'institutionName' });
  });

  it.each([
    ['an activity that is gone', { step: 'activities', field: 'activities.weg.title' }],
    ['an unknown field', { step: 'nazorg', field: 'kleur' }],
    ['an unknown step', { step: 'algemeen', field: 'x' }],
    ['a prototype key', { step: 'applicant', field: '__proto__' }],
    ['a section', { step: 'nazorg', section: 'nazorg' }],
  ])('find nothing for %s', (_name, anchor) => {
    expect(locateField(answers, anchor)).toBeUndefined();
  });

  it('write Word text into typed answers only, leaving the rest of the answers as they were', () => {
    const next = withAnswerText(answers, { step: 'activities', field: 'activities.act2.description' }, 'Nieuw\n- punt\n');
    expect(next?.activities?.[1]?.description).toBe('Nieuw\n- punt');
    expect(next?.activities?.[0]).toBe(answers.activities?.[0]);
    expect(withAnswerText(answers, { step: 'activities', field: 'activities.act1.costLines.k1.description' }, 'Uren\nen reizen')?.activities?.[0]?.costLines?.[0]?.description).toBe(
      'Uren en reizen',
    );
    expect(withAnswerText(answers, { step: 'partners', field: 'partners.p1.name' }, 'Gemeente Lindeveld')?.partners?.[0]?.name).toBe('Gemeente Lindeveld');
    expect(withAnswerText(answers, { step: 'applicant', field: 'institutionName' }, 'ROC Oost')?.applicant).toEqual({ institutionName: 'ROC Oost' });
    expect(withAnswerText(answers, { step: 'targetGroups', field: 'a.sectors' }, 'Logistiek')?.targetGroups?.a).toEqual({ sectors: 'Logistiek' });
    expect(withAnswerText(answers, { step: 'mechanisms', field: 'chosen.m2.rationale' }, 'Want')?.mechanisms?.chosen?.[1]).toEqual({ mechanismId: 'm2', rationale: 'Want' });
    // Numbers, choices and dates are changed by hand; text longer than the field allows too.
    expect(withAnswerText(answers, { step: 'budget', field: 'requestedAmount' }, '2000')).toBeUndefined();
    expect(withAnswerText(answers, { step: 'targetGroups', field: 'a.levels' }, 'Niveau 2')).toBeUndefined();
    expect(withAnswerText(answers, { step: 'activities', field: 'activities.act1.startDate' }, '1 maart')).toBeUndefined();
    expect(withAnswerText(answers, { step: 'activities', field: 'activities.act1.title' }, 'x'.repeat(301))).toBeUndefined();
  });
});

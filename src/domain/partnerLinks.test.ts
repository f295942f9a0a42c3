import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { activitiesLinkedToPartner, removePartner, restorePartner, restorePartnerLinks } from './partnerLinks';
import { pruneHidden } from './pruneHidden';

const answers: Answers = {
  partners: [
    { id: 'rmc', type: 'rmc-contactgemeente', name: 'Gemeente Utrecht' },
    { id: 'uwv', type: 'uwv', name: 'UWV Midden-Utrecht' },
  ],
  activities: [
    { id: 'act1', title: 'Netwerkbijeenkomst', partnerIds: ['rmc', 'uwv'] },
    { id: 'act2', title: 'Proefstage', partnerIds: ['uwv'] },
    { id: 'act3', title: 'Gastles' },
  ],
};

describe('activitiesLinkedToPartner', () => {
  it('finds the activities that name the partner', () => {
    expect(activitiesLinkedToPartner(answers, 'uwv')).toEqual(['act1', 'act2']);
    expect(activitiesLinkedToPartner(answers, 'rmc')).toEqual(['act1']);
    expect(activitiesLinkedToPartner(answers, 'sbb')).toEqual([]);
    expect(activitiesLinkedToPartner({}, 'uwv')).toEqual([]);
  });
});

describe('restorePartnerLinks', () => {
  it('undoes what pruneHidden drops when a partner is removed and put back', () => {
    const scheme = getScheme();
    const linked = activitiesLinkedToPartner(answers, 'uwv');
    const removed = pruneHidden({ ...answers, partners: answers.partners?.filter((p) => p.id !== 'uwv') }, scheme);
    expect(removed.activities?.map((a) => a.partnerIds)).toEqual([['rmc'], [], undefined]);

    const restored = restorePartnerLinks({ ...removed, partners: answers.partners }, 'uwv', linked);
    expect(restored.activities?.map((a) => a.partnerIds)).toEqual([['rmc', 'uwv'], ['uwv'], undefined]);
    expect(pruneHidden(restored, scheme)).toBe(restored);
  });

  it('returns the same object when every link is already there', () => {
    expect(restorePartnerLinks(answers, 'uwv', ['act1', 'act2'])).toBe(answers);
    expect(restorePartnerLinks(answers, 'uwv', [])).toBe(answers);
  });

  it('skips activities that were removed meanwhile', () => {
    const restored = restorePartnerLinks(answers, 'sbb', ['act3', 'gone']);
    expect(restored.activities?.map((a) => a.partnerIds)).toEqual([['rmc', 'uwv'], ['uwv'], ['sbb']]);
  });
});

describe('removePartner and restorePartner', () => {
  it('takes the partner and its links out, and undo puts both back in place', () => {
    const { answers: without, removed } = removePartner(answers, 'rmc');
    expect(without.partners?.map((p) => p.id)).toEqual(['uwv']);
    expect(without.activities?.map((a) => a.partnerIds)).toEqual([['uwv'], ['uwv'], undefined]);
    expect(removed).toEqual({ partner: answers.partners![0], index: 0, linkedActivityIds: ['act1'] });
    const back = restorePartner(without, removed!);
    expect(back.partners).toEqual(answers.partners);
    expect(back.activities?.[0]?.partnerIds).toEqual(['uwv', 'rmc']);
    expect(back.activities?.[2]).toBe(answers.activities?.[2]);
  });

  it('leaves the answers alone for an id that is not there, and undo twice adds nothing twice', () => {
    expect(removePartner(answers, 'sbb')).toEqual({ answers });
    const { answers: without, removed } = removePartner(answers, 'uwv');
    const back = restorePartner(without, removed!);
    expect(restorePartner(back, removed!)).toEqual(back);
  });
});

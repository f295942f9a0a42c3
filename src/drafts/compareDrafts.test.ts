import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { sampleDraft } from '../draftFile/draftFixtures';
import { compareDrafts } from './compareDrafts';

const scheme = getScheme();

describe('compareDrafts', () => {
  it('finds nothing between a draft and itself', () => {
    expect(compareDrafts(sampleDraft().answers, sampleDraft().answers, scheme)).toEqual([]);
  });

  it('lists changed, added and removed answers in step order, worded as on Controleren', () => {
    const before = sampleDraft().answers;
    const after = {
      ...before,
      applicant: { ...before.applicant, brin: '25ly', contactEmail: undefined },
      budget: { ...before.budget, notes: 'Nieuw' },
    };
    const changes = compareDrafts(before, after, scheme);
    expect(changes.map((c) => [c.stepTitle, c.label, c.before, c.after])).toEqual([
      ['Aanvrager', 'BRIN-code', '25LX', '25LY'],
      ['Aanvrager', 'E-mailadres', 'fatma@rijnstad.nl', undefined],
      ['Begroting', expect.any(String), undefined, 'Nieuw'],
    ]);
  });

  it('follows an activity by its id, so a new title is a changed title', () => {
    const before = sampleDraft().answers;
    const after = { ...before, activities: [{ ...before.activities![0]!, title: 'Loopbaancoaching plus' }] };
    const changes = compareDrafts(before, after, scheme);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ step: 'activities', before: 'Loopbaancoaching', after: 'Loopbaancoaching plus' });
  });

  it('shows a removed activity as answers that are gone', () => {
    const before = sampleDraft().answers;
    const changes = compareDrafts(before, { ...before, activities: [] }, scheme);
    expect(changes.some((c) => c.step === 'activities' && c.before === 'Loopbaancoaching' && c.after === undefined)).toBe(true);
  });
});

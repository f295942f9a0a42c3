import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { cleanAnswers } from './cleanAnswers';

describe('cleanAnswers', () => {
  it('leaves out what a form holds for "not answered" (null, undefined) and keeps typed text and lists exactly', () => {
    const form = {
      budget: { requestedAmount: '12.500', hasCofinancing: null, notes: '', cofinancingAmount: undefined },
      activities: [{ id: 'a1', title: 'Huiswerkklas', phase: null, mechanismIds: [], costLines: [{ id: 'k1', category: '', amount: null }] }, null],
      partners: [{ id: 'p1', type: null, name: 'Gemeente' }],
    } as unknown as Answers;
    expect(cleanAnswers(form)).toEqual({
      budget: { requestedAmount: '12.500', notes: '' },
      activities: [{ id: 'a1', title: 'Huiswerkklas', mechanismIds: [], costLines: [{ id: 'k1', category: '' }] }],
      partners: [{ id: 'p1', name: 'Gemeente' }],
    });
    expect(Object.keys(cleanAnswers(form).budget!)).toEqual(['requestedAmount', 'notes']);
  });

  it('returns the same objects where nothing had to go, so untouched parts of the draft stay the same', () => {
    const applicant = { institutionName: 'ROC' };
    const activities = [{ id: 'a1', title: 'Huiswerkklas' }];
    const answers: Answers = { applicant, activities, budget: { hasCofinancing: null } as never };
    const cleaned = cleanAnswers(answers);
    expect(cleaned).not.toBe(answers);
    expect(cleaned.applicant).toBe(applicant);
    expect(cleaned.activities).toBe(activities);
    const clean: Answers = { applicant, activities };
    expect(cleanAnswers(clean)).toBe(clean);
  });
});

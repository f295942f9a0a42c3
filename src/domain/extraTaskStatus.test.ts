import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { extraTaskStatus } from './extraTaskStatus';
import type { Issue } from './issues';

const scheme = getScheme();
const error: Issue = { severity: 'error', step: 'budget', path: [], message: 'x', rule: 'budget-mismatch' };
const warning: Issue = { ...error, severity: 'warning', rule: 'named-partner-missing' };

/** One answer in every step. */
const everyStep: Answers = {
  applicant: { institutionName: 'ROC' },
  targetGroups: { a: { expectedCount: '10' } },
  mechanisms: { chosen: [{ mechanismId: 'workplace-contact' }] },
  activities: [{ id: 'x', title: 'Proefstage', mechanismIds: ['workplace-contact'], targetGroupIds: ['a', 'b'] }],
  partners: [{ id: 'p', name: 'Gemeente' }],
  nazorg: { duration: '12 maanden' },
  budget: { requestedAmount: '1.000' },
  monitoring: { indicators: 'Uitstroom naar werk' },
};

describe('extraTaskStatus: Controleren', () => {
  it('is always open: not started before any answer, bezig while an error is open anywhere', () => {
    expect(extraTaskStatus('review', {}, [error], scheme)).toBe('not-started');
    expect(extraTaskStatus('review', { applicant: everyStep.applicant }, [error], scheme)).toBe('in-progress');
    expect(extraTaskStatus('review', everyStep, [warning, error], scheme)).toBe('in-progress');
  });
  it('is klaar with warnings only', () => {
    expect(extraTaskStatus('review', everyStep, [warning], scheme)).toBe('complete');
  });
});

describe('extraTaskStatus: Samenhang', () => {
  it('cannot start without activities', () => {
    expect(extraTaskStatus('coherence', { mechanisms: everyStep.mechanisms }, [], scheme)).toBe('cannot-start');
  });
  it('is klaar when the matrix has no gap', () => {
    expect(extraTaskStatus('coherence', everyStep, [], scheme)).toBe('complete');
  });
  it('is bezig while the matrix shows a gap', () => {
    const gap = { ...everyStep, activities: [{ ...everyStep.activities![0]!, targetGroupIds: ['a'] }] };
    expect(extraTaskStatus('coherence', gap, [], scheme)).toBe('in-progress');
  });
});

import { describe, expect, it } from 'vitest';
import type { Answers, Progress } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { stepStatus } from './stepStatus';
import { validateDraft } from './validateDraft';

const scheme = getScheme();

const applicant = {
  institutionName: 'ROC Rijnstad',
  brin: '25LX',
  bevoegdGezag: 'Stichting ROC Rijnstad',
  contactName: 'Fatma Yılmaz',
  contactEmail: 'f.yilmaz@rocrijnstad.nl',
  contactPhone: '030 123 45 67',
  signatoryName: 'Jan de Vries',
  signatoryRole: 'Voorzitter college van bestuur',
};

const statusOf = (step: Parameters<typeof stepStatus>[0], answers: Answers, progress?: Progress) =>
  stepStatus(step, answers, progress, validateDraft(answers, scheme));

describe('stepStatus', () => {
  it('is "niet begonnen" for an empty step nobody looked at', () => {
    expect(statusOf('applicant', {})).toBe('not-started');
  });

  it('is "bezig" once a step has answers but was never submitted', () => {
    expect(statusOf('applicant', { applicant: { institutionName: 'ROC Rijnstad' } })).toBe('in-progress');
  });

  it('is "bekeken maar onvolledig" after a submit that left errors', () => {
    const answers = { applicant: { institutionName: 'ROC Rijnstad' } };
    expect(statusOf('applicant', answers, { visited: ['applicant'] })).toBe('incomplete');
    // Also when the user looked at an empty step and left it.
    expect(statusOf('applicant', {}, { visited: ['applicant'] })).toBe('incomplete');
  });

  it('is "klaar" when the step has no errors of its own, submitted or not', () => {
    expect(statusOf('applicant', { applicant })).toBe('complete');
    expect(statusOf('applicant', { applicant }, { visited: ['applicant'] })).toBe('complete');
  });

  it('is not "klaar" while a check across steps reports an error on the step', () => {
    const answers: Answers = {
      activities: [{ id: 'x', title: 'Proefstage', costLines: [{ id: 'k', category: 'staff', description: 'Uren', amount: '1.000' }] }],
      budget: { requestedAmount: '900', hasCofinancing: 'no' },
    };
    const issues = validateDraft(answers, scheme);
    expect(issues.some((i) => i.step === 'budget' && i.rule === 'budget-mismatch')).toBe(true);
    // The budget step itself is valid; only the mismatch keeps it from "klaar".
    expect(issues.filter((i) => i.step === 'budget' && i.rule !== 'budget-mismatch')).toEqual([]);
    expect(stepStatus('budget', answers, { visited: ['budget'] }, issues)).toBe('incomplete');
  });

  it('is "kan nog niet" while a prerequisite step has no answers', () => {
    expect(statusOf('activities', {})).toBe('cannot-start');
    expect(statusOf('budget', {})).toBe('cannot-start');
  });

  it('opens a step once its prerequisite has answers', () => {
    expect(statusOf('activities', { mechanisms: { chosen: [{ mechanismId: 'workplace-contact' }] } })).toBe('not-started');
  });

  it('never locks a step that already holds answers (e.g. from an opened file)', () => {
    expect(statusOf('budget', { budget: { requestedAmount: '1.000' } })).toBe('in-progress');
  });
});

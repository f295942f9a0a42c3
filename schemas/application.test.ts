import { describe, expect, it } from 'vitest';
import { createStepSchemas } from './application';
import { ACTIVITY_FIELDS } from './fields/activities';
import { APPLICANT_FIELDS } from './fields/applicant';
import { fieldMessage } from './fields/field';
import { MESSAGES } from './messages';
import { getScheme } from '../templates/schemes';

const applicantStepSchema = createStepSchemas(getScheme()).applicant;
const message = (field: keyof typeof APPLICANT_FIELDS) => fieldMessage(APPLICANT_FIELDS[field], getScheme());

const validApplicant = {
  institutionName: 'ROC Rijnstad',
  brin: '25LX',
  bevoegdGezag: 'Stichting ROC Rijnstad',
  contactName: 'Fatma Yılmaz',
  contactEmail: 'f.yilmaz@rocrijnstad.nl',
  contactPhone: '030 123 45 67',
  signatoryName: 'Jan de Vries',
  signatoryRole: 'Voorzitter college van bestuur',
};

const messagesFor = (values: unknown) => {
  const result = applicantStepSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('applicant step', () => {
  it('accepts a complete applicant', () => {
    expect(applicantStepSchema.safeParse(validApplicant).success).toBe(true);
  });

  it('requires every field with a Dutch message of its own', () => {
    const messages = messagesFor({});
    expect(messages.institutionName).toBe(message('institutionName'));
    expect(messages.brin).toBe(message('brin'));
    expect(messages.contactEmail).toBe(message('contactEmail'));
    expect(messages.contactPhone).toBe(message('contactPhone'));
    expect(messages.signatoryName).toBe(message('signatoryName'));
  });

  it.each(['25LX', '00gt', ' 30RR '])('accepts BRIN %j', (brin) => {
    expect(messagesFor({ ...validApplicant, brin }).brin).toBeUndefined();
  });

  it.each(['25L', 'ABCD', '25LXX', '2 5LX', '1234'])('refuses BRIN %j', (brin) => {
    expect(messagesFor({ ...validApplicant, brin }).brin).toBe(message('brin'));
  });

  it.each(['030 123 45 67', '06-12345678', '+31 6 1234 5678', '0031201234567', '(020) 123 4567'])('accepts phone %j', (contactPhone) => {
    expect(messagesFor({ ...validApplicant, contactPhone }).contactPhone).toBeUndefined();
  });

  it.each(['12345', '06 1234 567', '+32 2 123 45 67', '0012345678', 'bel me'])('refuses phone %j', (contactPhone) => {
    expect(messagesFor({ ...validApplicant, contactPhone }).contactPhone).toBe(message('contactPhone'));
  });

  it.each(['naam@', 'naam@school', 'naam school.nl'])('refuses e-mail %j', (contactEmail) => {
    expect(messagesFor({ ...validApplicant, contactEmail }).contactEmail).toBe(message('contactEmail'));
  });

  it('treats whitespace-only as empty', () => {
    expect(messagesFor({ ...validApplicant, institutionName: '   ' }).institutionName).toBe(message('institutionName'));
  });
});

describe('step schemas from the scheme', () => {
  const schemas = createStepSchemas(getScheme());

  it('requires the explanation only when "other" risk is chosen', () => {
    const group = { expectedCount: '40', levels: ['2'], pathways: ['bol'], sectors: 'Zorg', selection: 'Mentoren', ageConfirmed: true };
    expect(schemas.targetGroups.safeParse({ a: { ...group, riskIndicators: ['bol-level-2'] }, b: { ...group, riskIndicators: ['bol-level-2'] } }).success).toBe(true);
    const withOther = schemas.targetGroups.safeParse({ a: { ...group, riskIndicators: ['other'] }, b: { ...group, riskIndicators: ['bol-level-2'] } });
    expect(withOther.success).toBe(false);
    expect(withOther.error?.issues[0]?.path).toEqual(['a', 'otherRiskExplanation']);
  });

  it('refuses an approach that belongs to another mechanism', () => {
    const result = schemas.mechanisms.safeParse({
      chosen: [{ mechanismId: 'workplace-contact', approachIds: ['safe-context'], rationale: 'Past goed' }],
    });
    expect(result.error?.issues.map((i) => i.message)).toContain(MESSAGES.approachNotInMechanism);
  });

  it('keeps activity dates inside the activity years and in order', () => {
    const activity = {
      id: 'x1', title: 'Proefstage', description: 'Twee weken meewerken', mechanismIds: ['workplace-contact'],
      approachIds: ['trial-internships'], targetGroupIds: ['a'], phase: 'final-year', expectedParticipants: '20', responsible: 'Team zorg',
    };
    const ok = schemas.activities.safeParse({ activities: [{ ...activity, startDate: '2021-03-01', endDate: '2021-06-30' }] });
    expect(ok.success).toBe(true);
    const outside = schemas.activities.safeParse({ activities: [{ ...activity, startDate: '2020-12-01', endDate: '2023-01-10' }] });
    expect(outside.error?.issues.map((i) => i.path.join('.'))).toEqual(['activities.0.startDate', 'activities.0.endDate']);
    const reversed = schemas.activities.safeParse({ activities: [{ ...activity, startDate: '2021-06-30', endDate: '2021-03-01' }] });
    expect(reversed.error?.issues[0]?.message).toBe(MESSAGES.endBeforeStart);
    const empty = schemas.activity.safeParse({ ...activity, startDate: '', endDate: '' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual([fieldMessage(ACTIVITY_FIELDS.startDate, getScheme()), fieldMessage(ACTIVITY_FIELDS.endDate, getScheme())]);
  });

  it('asks for co-financing details only when there is co-financing', () => {
    expect(schemas.budget.safeParse({ requestedAmount: '10.000', hasCofinancing: 'no' }).success).toBe(true);
    const yes = schemas.budget.safeParse({ requestedAmount: '10.000', hasCofinancing: 'yes' });
    expect(yes.error?.issues.map((i) => i.path.join('.'))).toEqual(['cofinancingAmount', 'cofinancingSource']);
  });
});

describe('cross-field checks after one submit', () => {
  const schemas = createStepSchemas(getScheme());

  it('asks for the "other" explanation even while the rest of the group is still empty', () => {
    const result = schemas.targetGroups.safeParse({ a: { riskIndicators: ['other'] }, b: {} });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('a.otherRiskExplanation');
  });

  it('asks for co-financing details even while the requested amount is still missing', () => {
    const result = schemas.budget.safeParse({ hasCofinancing: 'yes' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['requestedAmount', 'cofinancingAmount', 'cofinancingSource']),
    );
  });

  it('does not crash on wrong types inside the object', () => {
    expect(() => schemas.activity.safeParse({ id: 'x', mechanismIds: 'oops', approachIds: 5, startDate: 3 })).not.toThrow();
  });
});

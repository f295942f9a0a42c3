import { describe, expect, it } from 'vitest';
import type { ActivityDraft, Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import {
  activitiesBeforeApplication,
  activitiesHaveCosts,
  aftercareActivitiesReach,
  costsLookLikeFormation,
  durationMonths,
  groupsHaveBudget,
  nazorgFitsPeriod,
  nazorgReachAgrees,
  nazorgUsersWithinGroup,
  participantsWithinGroups,
} from './assessorChecks';
import { validateDraft } from './validateDraft';

const scheme = getScheme();

/** A plan an assessor has nothing to say about: numbers agree, money for every group and activity, dates after the application. */
function sound(): Answers {
  return {
    targetGroups: { a: { expectedCount: '100' }, b: { expectedCount: '60' } },
    activities: [
      {
        id: 'proefstage',
        title: 'Proefstage in de zorg',
        phase: 'final-year',
        targetGroupIds: ['a'],
        startDate: '2021-04-01',
        endDate: '2022-06-30',
        expectedParticipants: '40',
        costLines: [{ id: 'k1', category: 'staff', description: 'Stagebegeleiding, 160 uur', amount: '10.000' }],
      },
      {
        id: 'coach',
        title: 'Nazorgcoach',
        phase: 'aftercare',
        targetGroupIds: ['b'],
        startDate: '2021-07-01',
        endDate: '2022-12-31',
        expectedParticipants: '60',
        costLines: [{ id: 'k2', category: 'staff', description: 'Nazorgcoaches, 400 uur', amount: '5.000' }],
      },
    ],
    nazorg: { duration: 'Zes maanden na het diploma', expectedUsers: '60' },
    budget: { requestedAmount: '15.000', hasCofinancing: 'no' },
  };
}

function withActivity(index: number, change: Partial<ActivityDraft>): Answers {
  const answers = sound();
  answers.activities = answers.activities!.map((a, i) => (i === index ? { ...a, ...change } : a));
  return answers;
}

describe('the checks an assessor makes', () => {
  describe('nazorg-reach-differs', () => {
    it('passes when Doelgroepen and Nazorg name the same number of gediplomeerden', () => {
      expect(nazorgReachAgrees(sound(), scheme)).toEqual([]);
    });
    it('advises when they differ, naming the group and both numbers', () => {
      const answers = sound();
      answers.nazorg!.expectedUsers = '45';
      expect(nazorgReachAgrees(answers, scheme)).toEqual([
        expect.objectContaining({ severity: 'warning', step: 'nazorg', path: ['expectedUsers'], message: expect.stringMatching(/^Doelgroep b \(nazorg\): .*60 gediplomeerden.* 45\./) }),
      ]);
    });
  });

  describe('nazorg-users-exceed-group', () => {
    it('finds the nazorg group by its phase in the round’s data and names it, in the group’s own word for its people', () => {
      const answers = sound();
      answers.nazorg!.expectedUsers = '61';
      const [issue] = nazorgUsersWithinGroup(answers, scheme);
      const group = scheme.targetGroups.find((g) => g.phase === 'aftercare')!;
      expect(issue).toMatchObject({ severity: 'warning', rule: 'nazorg-users-exceed-group' });
      expect(issue!.message).toBe(`U verwacht dat 61 gediplomeerden nazorg gebruiken, maar doelgroep ${group.id} (${group.shortName.toLowerCase()}) telt 60 gediplomeerden.`);
      answers.nazorg!.expectedUsers = '';
      expect(nazorgUsersWithinGroup(answers, scheme)).toEqual([]);
    });
  });

  describe('nazorg-longer-than-period', () => {
    it('reads the first duration in months', () => {
      expect(durationMonths('18 maanden na het diploma')).toBe(18);
      expect(durationMonths('Twee jaar, daarna draagt de coach over')).toBe(24);
      expect(durationMonths('anderhalf jaar')).toBe(18);
      expect(durationMonths('tot en met 31 december 2022')).toBeUndefined();
      expect(durationMonths('Tot en met 31 december 2022: voor wie in 2021 slaagt ruim een jaar')).toBeUndefined();
      expect(durationMonths(undefined)).toBeUndefined();
    });
    it('passes when the nazorg fits between the last diploma and the end of the nazorg activities', () => {
      expect(nazorgFitsPeriod(sound(), scheme)).toEqual([]);
    });
    it('passes when the duration names no number it can check', () => {
      const answers = sound();
      answers.nazorg!.duration = 'Tot en met 31 december 2022';
      expect(nazorgFitsPeriod(answers, scheme)).toEqual([]);
    });
    it('advises when 18 months after a 2022 diploma cannot fit before 31 December 2022', () => {
      const answers = sound();
      answers.nazorg!.duration = '18 maanden na het diploma';
      const [issue] = nazorgFitsPeriod(answers, scheme);
      expect(issue).toMatchObject({ severity: 'warning', step: 'nazorg', path: ['duration'], rule: 'nazorg-longer-than-period' });
      expect(issue!.message).toContain('duurt volgens uw plan 18 maanden na het diploma.');
      expect(issue!.message).toContain('30 juni 2022');
      expect(issue!.message).toContain('tot 31 december 2022 nazorg: 6 maanden');
    });
    it('without nazorg activities, ends at the round’s own last day when its data know it, not at 31 December', () => {
      const answers = sound();
      answers.activities = answers.activities!.filter((a) => a.phase !== 'aftercare');
      answers.nazorg!.duration = '5 maanden';
      expect(nazorgFitsPeriod(answers, scheme)).toEqual([]);
      const endsInSeptember = { ...scheme, activityPeriod: { ...scheme.activityPeriod, end: { status: 'known' as const, value: '2022-09-30', source: 'test' } } };
      expect(nazorgFitsPeriod(answers, endsInSeptember)[0]?.message).toContain('30 september 2022');
    });
    it('checks nothing on half-finished answers: an empty duration, half-typed dates, an activity that is only an id', () => {
      const answers: Answers = {
        targetGroups: { a: { expectedCount: '' } },
        activities: [{ id: 'x', startDate: '2021--', endDate: '' } as ActivityDraft],
        nazorg: { expectedUsers: '', duration: '' },
      };
      expect(nazorgFitsPeriod(answers, scheme)).toEqual([]);
      answers.nazorg!.duration = '12 maanden';
      expect(nazorgFitsPeriod(answers, scheme)).toEqual([]);
    });
  });

  describe('nazorg-activities-reach-fewer', () => {
    it('passes when the largest nazorg activity reaches everyone promised nazorg', () => {
      expect(aftercareActivitiesReach(sound(), scheme)).toEqual([]);
    });
    it('advises when it reaches fewer, naming the activity', () => {
      const answers = withActivity(1, { expectedParticipants: '30' });
      expect(aftercareActivitiesReach(answers, scheme)).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Activiteit 2 ‘Nazorgcoach’') })]);
    });
  });

  describe('participants-exceed-group', () => {
    it('passes when an activity reaches no more people than its groups hold', () => {
      expect(participantsWithinGroups(sound(), scheme)).toEqual([]);
    });
    it('advises when it reaches more, in the group’s own words', () => {
      const [issue] = participantsWithinGroups(withActivity(1, { expectedParticipants: '61' }), scheme);
      expect(issue).toMatchObject({ severity: 'warning', path: ['activities', 1, 'expectedParticipants'] });
      expect(issue!.message).toBe('Activiteit 2 ‘Nazorgcoach’ verwacht 61 deelnemers, meer dan de 60 gediplomeerden die u bij Doelgroepen verwacht.');
    });
  });

  describe('activity-without-costs', () => {
    it('passes when every activity has cost lines', () => {
      expect(activitiesHaveCosts(sound())).toEqual([]);
    });
    it('is an error for an activity without cost lines, naming it', () => {
      expect(activitiesHaveCosts(withActivity(0, { costLines: [] }))).toEqual([
        expect.objectContaining({ severity: 'error', path: ['activities', 0, 'costLines'], message: expect.stringMatching(/^Activiteit 1 ‘Proefstage in de zorg’ heeft nog geen kosten/) }),
      ]);
    });
  });

  describe('group-without-budget', () => {
    it('passes when every group has part of the money', () => {
      expect(groupsHaveBudget(sound(), scheme)).toEqual([]);
    });
    it('is an error for a group whose activities cost nothing, naming group and activities', () => {
      const answers = withActivity(1, { costLines: [{ id: 'k2', category: 'staff', description: 'Nazorgcoaches', amount: '0' }] });
      expect(groupsHaveBudget(answers, scheme)).toEqual([
        expect.objectContaining({ severity: 'error', step: 'budget', message: expect.stringMatching(/^Doelgroep b \(nazorg\) krijgt geen geld in de begroting: Activiteit 2 ‘Nazorgcoach’ heeft geen kosten/) }),
      ]);
    });
  });

  describe('in a round with one target group (nazorg rounds), where an activity names no group', () => {
    const nazorgRound = getScheme('nazorg-mbo-2022-2023');
    const oneGroup = (): Answers => ({
      activities: [{ id: 'coach', title: 'Nazorgcoach', startDate: '2022-09-01', endDate: '2023-08-31', costLines: [{ id: 'k', category: 'staff', description: 'Coach', amount: '5.000' }] }],
    });
    it('counts every activity’s costs as that group’s budget', () => {
      expect(groupsHaveBudget(oneGroup(), nazorgRound)).toEqual([]);
    });
    it('still finds the group without money', () => {
      const answers = oneGroup();
      answers.activities![0]!.costLines = [{ id: 'k', category: 'staff', description: 'Coach', amount: '0' }];
      expect(groupsHaveBudget(answers, nazorgRound).map((i) => i.rule)).toEqual(['group-without-budget']);
    });
    it('says nothing about dates before the application when the round’s last day to apply is unknown', () => {
      const unknownClose = getScheme('nazorg-mbo-2024-2025');
      expect(activitiesBeforeApplication({ activities: [{ id: 'x', startDate: '2023-01-01' }] }, unknownClose)).toEqual([]);
    });
  });

  describe('costs-look-like-formation', () => {
    const formation = (notes?: string): Answers => {
      const answers = withActivity(0, { costLines: [{ id: 'k1', category: 'staff', description: 'Loopbaancoaches, 2.100 uur à € 62', amount: '10.000' }] });
      answers.budget = { requestedAmount: '15.000', hasCofinancing: 'yes', cofinancingAmount: '0', cofinancingSource: 'Eigen middelen: de uren van de loopbaancoaches die al in de formatie zitten.', notes };
      return answers;
    };
    it('passes when no cost line names hours of the formation', () => {
      expect(costsLookLikeFormation(sound())).toEqual([]);
    });
    it('passes when the budget notes explain that the hours asked for are extra', () => {
      expect(costsLookLikeFormation(formation('De loopbaancoaches in de begroting zijn extra uren, bovenop de formatie.'))).toEqual([]);
    });
    it('asks "is dit extra?" for staff hours the co-financing says are already in the formation', () => {
      const [issue] = costsLookLikeFormation(formation());
      expect(issue).toMatchObject({ severity: 'warning', step: 'budget', rule: 'costs-look-like-formation' });
      expect(issue!.message).toMatch(/^Activiteit 1 ‘Proefstage in de zorg’, kostenregel 1 \(‘Loopbaancoaches, 2\.100 uur à € 62’\) .*is dit extra\?/);
    });
    it('asks it too for a cost line that says so itself', () => {
      const answers = withActivity(0, { costLines: [{ id: 'k1', category: 'staff', description: 'Reguliere uren mentoren', amount: '10.000' }] });
      expect(costsLookLikeFormation(answers)).toHaveLength(1);
    });
  });

  describe('activity-before-application', () => {
    it('passes for activities that start after the last day to apply', () => {
      expect(activitiesBeforeApplication(sound(), scheme)).toEqual([]);
    });
    it('advises for an activity that starts before it, with both dates', () => {
      const [issue] = activitiesBeforeApplication(withActivity(0, { startDate: '2021-01-04' }), scheme);
      expect(issue).toMatchObject({ severity: 'warning', path: ['activities', 0, 'startDate'] });
      expect(issue!.message).toMatch(/^Activiteit 1 ‘Proefstage in de zorg’ begint op 4 januari 2021\. Aanvragen kon tot en met 22 februari 2021/);
    });
  });

  describe('an activity without a mechanism', () => {
    const errorsAt = (answers: Answers, field: string, index = 1) =>
      validateDraft(answers, scheme).filter((i) => i.rule.startsWith('field:') && i.step === 'activities' && i.path[1] === index && i.path[2] === field);
    it('is fine for nazorg (warm handover, referral)', () => {
      expect(errorsAt(withActivity(1, { mechanismIds: [], approachIds: [] }), 'mechanismIds')).toEqual([]);
      expect(errorsAt(withActivity(1, { mechanismIds: [], approachIds: [] }), 'approachIds')).toEqual([]);
    });
    it('is an error in the last year', () => {
      expect(errorsAt(withActivity(0, { mechanismIds: [] }), 'mechanismIds', 0)).toHaveLength(1);
    });
    it('asks for approaches once a nazorg activity names a mechanism', () => {
      expect(errorsAt(withActivity(1, { mechanismIds: ['workplace-contact'], approachIds: [] }), 'approachIds')).toHaveLength(1);
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { ActivityDraft, Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { checkCoherence } from './coherence';

const scheme = getScheme();

/** A small plan that hangs together: both groups, two chosen mechanisms each used, nazorg for b, a budget that adds up. */
function coherent(): Answers {
  return {
    targetGroups: { a: { expectedCount: '100' }, b: { expectedCount: '80' } },
    mechanisms: {
      chosen: [
        { mechanismId: 'workplace-contact', approachIds: ['trial-internships'], rationale: 'Leren door te doen.' },
        { mechanismId: 'effectiveness-empowerment', approachIds: ['career-guidance'], rationale: 'Vertrouwen opbouwen.' },
      ],
    },
    activities: [
      {
        id: 'proefstage',
        title: 'Proefstage in de zorg',
        description: 'Twee weken meewerken bij een zorginstelling, met een beoordeling op afgesproken punten.',
        mechanismIds: ['workplace-contact'],
        approachIds: ['trial-internships'],
        targetGroupIds: ['a'],
        phase: 'final-year',
        expectedParticipants: '40',
        partnerIds: ['rmc'],
        costLines: [{ id: 'k1', category: 'staff', description: 'Begeleiding', amount: '10.000' }],
      },
      {
        id: 'coach',
        title: 'Nazorgcoach',
        description: 'Een vaste coach belt iedere maand en helpt bij solliciteren.',
        mechanismIds: ['effectiveness-empowerment'],
        approachIds: ['career-guidance'],
        targetGroupIds: ['b'],
        phase: 'aftercare',
        expectedParticipants: '80',
        costLines: [{ id: 'k2', category: 'staff', description: 'Coach', amount: '5.000,50' }],
      },
    ],
    partners: [
      { id: 'rmc', type: 'rmc-contactgemeente', name: 'Gemeente Utrecht' },
      { id: 'cg', type: 'centrumgemeente', name: 'Gemeente Utrecht (arbeidsmarktregio)' },
    ],
    nazorg: { expectedUsers: '80' },
    budget: { requestedAmount: '12.000,50', hasCofinancing: 'yes', cofinancingAmount: '3.000' },
  };
}

const rules = (answers: Answers) => checkCoherence(answers, scheme).map((i) => i.rule);
const issue = (answers: Answers, rule: string) => checkCoherence(answers, scheme).find((i) => i.rule === rule);

function withActivity(index: number, change: Partial<ActivityDraft>): Answers {
  const answers = coherent();
  answers.activities = answers.activities!.map((a, i) => (i === index ? { ...a, ...change } : a));
  return answers;
}

describe('checkCoherence', () => {
  it('finds nothing in a plan that hangs together', () => {
    expect(checkCoherence(coherent(), scheme)).toEqual([]);
  });

  it('stays quiet on an empty draft (the steps report what is missing)', () => {
    expect(checkCoherence({}, scheme)).toEqual([]);
  });

  describe('group-without-goal', () => {
    const goal = (id: string, targetGroupIds: string[]) => ({ id, targetGroupIds, goal: 'Meer werk.', indicator: 'Aandeel met werk', targetValue: '70 %', targetDate: '2022-06-30' });
    it('passes when every group the activities serve has a goal, and stays quiet before any goal is there', () => {
      expect(rules({ ...coherent(), background: { goals: [goal('g1', ['a']), goal('g2', ['b'])] } })).toEqual([]);
      expect(rules({ ...coherent(), background: { goals: [goal('g1', ['a', 'b'])] } })).toEqual([]);
      expect(rules({ ...coherent(), background: { goals: [] } })).toEqual([]);
    });
    it('warns for a group with activities but no goal, naming it and pointing at the goals', () => {
      expect(issue({ ...coherent(), background: { goals: [goal('g1', ['a'])] } }, 'group-without-goal')).toEqual({
        severity: 'warning',
        step: 'background',
        path: ['goals'],
        rule: 'group-without-goal',
        message: 'Doelgroep b (nazorg) heeft activiteiten, maar nog geen doel. Voeg bij Aanleiding en doelen een doel voor deze groep toe, met een streefwaarde en een datum.',
      });
      // A group no activity serves gets no goal warning (group-without-activity speaks for it).
      expect(rules({ ...withActivity(1, { targetGroupIds: ['a'], phase: 'aftercare' }), background: { goals: [goal('g1', ['a'])] } })).not.toContain('group-without-goal');
    });
  });

  describe('group-without-activity', () => {
    it('passes when both groups have an activity', () => {
      expect(rules(coherent())).not.toContain('group-without-activity');
    });
    it('fails for the group no activity serves, naming it', () => {
      const answers = withActivity(1, { targetGroupIds: ['a'], phase: 'final-year' });
      const found = checkCoherence(answers, scheme).filter((i) => i.rule === 'group-without-activity');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'error', step: 'activities', path: [] });
      expect(found[0]!.message).toContain('doelgroep b');
    });
  });

  describe('mechanism-without-activity', () => {
    it('passes when every chosen mechanism is used by an activity', () => {
      expect(rules(coherent())).not.toContain('mechanism-without-activity');
    });
    it('fails for a chosen mechanism no activity uses, on the mechanisms step', () => {
      const answers = coherent();
      answers.mechanisms!.chosen!.push({ mechanismId: 'social-norms', approachIds: ['equal-opportunity-policy-school'] });
      expect(issue(answers, 'mechanism-without-activity')).toMatchObject({ severity: 'error', step: 'mechanisms' });
      expect(issue(answers, 'mechanism-without-activity')!.message).toContain('Sociale normen');
    });
  });

  describe('no-aftercare-activity', () => {
    it('passes with an aftercare activity for group b', () => {
      expect(rules(coherent())).not.toContain('no-aftercare-activity');
    });
    it('fails when group b is served only in the final year', () => {
      const answers = withActivity(1, { phase: 'final-year' });
      expect(issue(answers, 'no-aftercare-activity')).toMatchObject({ severity: 'error', step: 'activities' });
    });
  });

  describe('activity-mechanism-not-chosen', () => {
    it('passes when an activity only uses chosen mechanisms', () => {
      expect(rules(coherent())).not.toContain('activity-mechanism-not-chosen');
    });
    it('fails for an activity using a mechanism that is not chosen, pointing at its field', () => {
      const answers = withActivity(0, { mechanismIds: ['workplace-contact', 'objective-selection'] });
      const found = issue(answers, 'activity-mechanism-not-chosen');
      expect(found).toMatchObject({ severity: 'error', path: ['activities', 0, 'mechanismIds'] });
      expect(found!.message).toContain('Objectief werven en selecteren');
      expect(found!.message).toContain('Proefstage in de zorg');
    });
  });

  describe('aftercare-for-final-year', () => {
    it('passes for an aftercare activity for group b', () => {
      expect(rules(coherent())).not.toContain('aftercare-for-final-year');
    });
    it('passes for an aftercare activity for both groups', () => {
      expect(rules(withActivity(1, { targetGroupIds: ['a', 'b'] }))).not.toContain('aftercare-for-final-year');
    });
    it('fails for an aftercare activity only for final-year students', () => {
      const answers = withActivity(0, { phase: 'aftercare' });
      expect(issue(answers, 'aftercare-for-final-year')).toMatchObject({ severity: 'error', path: ['activities', 0, 'phase'] });
    });
  });

  describe('activity-unknown-partner', () => {
    it('passes when every partner of an activity exists', () => {
      expect(rules(coherent())).not.toContain('activity-unknown-partner');
    });
    it('warns when an activity names a partner that was removed', () => {
      const answers = withActivity(0, { partnerIds: ['rmc', 'weg'] });
      expect(issue(answers, 'activity-unknown-partner')).toMatchObject({ severity: 'warning', path: ['activities', 0, 'partnerIds'] });
    });
  });

  describe('activities-without-partners', () => {
    it('passes when one activity names a partner', () => {
      expect(rules(coherent())).not.toContain('activities-without-partners');
    });
    it('warns when no activity names a partner, and says where to tick them', () => {
      const answers = withActivity(0, { partnerIds: [] });
      expect(issue(answers, 'activities-without-partners')).toMatchObject({ severity: 'warning', step: 'activities', path: [] });
      expect(issue(answers, 'activities-without-partners')!.message).toContain('Vink bij elke activiteit aan');
      answers.partners = [];
      expect(issue(answers, 'activities-without-partners')!.message).toContain('Voeg uw partners toe bij Samenwerking');
    });
    it('stays quiet without activities', () => {
      expect(rules({ partners: coherent().partners })).not.toContain('activities-without-partners');
    });
  });

  describe('participants-exceed-group', () => {
    it('passes with as many participants as the groups hold', () => {
      expect(rules(withActivity(0, { expectedParticipants: '100' }))).not.toContain('participants-exceed-group');
      expect(rules(withActivity(0, { targetGroupIds: ['a', 'b'], expectedParticipants: '180' }))).not.toContain('participants-exceed-group');
    });
    it('warns with more participants than the chosen groups hold', () => {
      const answers = withActivity(0, { expectedParticipants: '101' });
      expect(issue(answers, 'participants-exceed-group')).toMatchObject({ severity: 'warning', path: ['activities', 0, 'expectedParticipants'] });
    });
    it('stays quiet while a group size is unknown', () => {
      const answers = withActivity(0, { targetGroupIds: ['a', 'b'], expectedParticipants: '900' });
      answers.targetGroups!.b = {};
      expect(rules(answers)).not.toContain('participants-exceed-group');
    });
  });

  describe('named-partner-missing', () => {
    it('passes with both partners the regulation names', () => {
      expect(rules(coherent())).not.toContain('named-partner-missing');
    });
    it('warns for each named partner that is missing', () => {
      const answers = coherent();
      answers.partners = [{ id: 'w', type: 'employers', name: 'Bouwbedrijf' }];
      const found = checkCoherence(answers, scheme).filter((i) => i.rule === 'named-partner-missing');
      expect(found.map((i) => i.severity)).toEqual(['warning', 'warning']);
      expect(found[0]!.message).toContain('RMC-contactgemeente');
    });
  });

  describe('nazorg-users-exceed-group', () => {
    it('passes when no more graduates use nazorg than group b holds', () => {
      const answers = coherent();
      answers.nazorg = { expectedUsers: '80' };
      expect(rules(answers)).not.toContain('nazorg-users-exceed-group');
    });
    it('warns when more graduates use nazorg than group b holds', () => {
      const answers = coherent();
      answers.nazorg = { expectedUsers: '81' };
      expect(issue(answers, 'nazorg-users-exceed-group')).toMatchObject({ severity: 'warning', step: 'nazorg', path: ['expectedUsers'] });
    });
    it('is an error where the number binds the institution (inspanningsverplichting), and says so', () => {
      const nazorgRound = getScheme('nazorg-mbo-2022-2024');
      const answers: Answers = { targetGroups: { b: { expectedCount: '80' } }, nazorg: { expectedUsers: '81' } };
      const found = checkCoherence(answers, nazorgRound).find((i) => i.rule === 'nazorg-users-exceed-group');
      expect(found).toMatchObject({ severity: 'error', step: 'nazorg', path: ['expectedUsers'] });
      expect(found?.message).toContain('Dit aantal is bindend');
      expect(checkCoherence({ ...answers, nazorg: { expectedUsers: '80' } }, nazorgRound).map((i) => i.rule)).not.toContain('nazorg-users-exceed-group');
    });
  });

  it('includes the checks an assessor makes (assessorChecks.test.ts tests each)', () => {
    const answers = coherent();
    answers.nazorg = { expectedUsers: '70' };
    expect(rules(answers)).toContain('nazorg-reach-differs');
  });

  describe('budget-mismatch', () => {
    it('passes when requested subsidy plus co-financing equals the cost lines', () => {
      expect(rules(coherent())).not.toContain('budget-mismatch');
    });
    it('passes without co-financing when the subsidy alone covers the costs', () => {
      const answers = coherent();
      answers.budget = { requestedAmount: '15.000,50', hasCofinancing: 'no' };
      expect(rules(answers)).not.toContain('budget-mismatch');
    });
    it('fails by one cent, with both sums in euros', () => {
      const answers = coherent();
      answers.budget!.requestedAmount = '12.000,49';
      const found = issue(answers, 'budget-mismatch');
      expect(found).toMatchObject({ severity: 'error', step: 'budget', path: ['requestedAmount'] });
      expect(found!.message).toMatch(/15\.000,50.*15\.000,49/);
    });
    it('ignores a co-financing amount once “no co-financing” is chosen', () => {
      const answers = coherent();
      answers.budget = { requestedAmount: '12.000,50', hasCofinancing: 'no', cofinancingAmount: '3.000' };
      expect(rules(answers)).toContain('budget-mismatch');
    });
  });

  describe('budget-no-lines', () => {
    it('passes when activities have cost lines', () => {
      expect(rules(coherent())).not.toContain('budget-no-lines');
    });
    it('fails when there are activities but no cost line can be read', () => {
      const answers = coherent();
      answers.activities = answers.activities!.map((a) => ({ ...a, costLines: [] }));
      expect(issue(answers, 'budget-no-lines')).toMatchObject({ severity: 'error', step: 'budget' });
      expect(rules(answers)).not.toContain('budget-mismatch');
    });
  });
});

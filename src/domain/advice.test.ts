import { describe, expect, it } from 'vitest';
import type { ActivityDraft, Answers } from '../../schemas/draft';
import { getGuidance } from '../../templates/guidance';
import { adviceIssues } from './advice';

const guidance = getGuidance('ebn-mbo-2021-2022');

function plan(): Answers {
  return {
    activities: [
      {
        id: 'proefstage',
        title: 'Proefstage in de zorg',
        description: 'Twee weken meewerken bij een zorginstelling.',
        mechanismIds: ['workplace-contact'],
        approachIds: ['trial-internships'],
      },
      {
        id: 'coach',
        title: 'Nazorgcoach',
        description: 'Een vaste coach belt iedere maand.',
        mechanismIds: ['effectiveness-empowerment'],
        approachIds: ['career-guidance'],
      },
    ],
  };
}

function withActivity(index: number, change: Partial<ActivityDraft>): Answers {
  const answers = plan();
  answers.activities = answers.activities!.map((a, i) => (i === index ? { ...a, ...change } : a));
  return answers;
}

const rules = (answers: Answers) => adviceIssues(answers, guidance).map((i) => i.rule);
const issue = (answers: Answers, rule: string) => adviceIssues(answers, guidance).find((i) => i.rule === rule);

describe('adviceIssues', () => {
  it('has no advice for a plain plan or an empty draft', () => {
    expect(adviceIssues(plan(), guidance)).toEqual([]);
    expect(adviceIssues({}, guidance)).toEqual([]);
  });

  describe('evidence warnings (from the scheme guidance)', () => {
    it.each(guidance.evidenceWarnings.map((w) => [w.id, w] as const))('%s passes for an activity without its words', (_id, warning) => {
      expect(rules(withActivity(0, { mechanismIds: [warning.mechanismId] }))).not.toContain(`evidence:${warning.id}`);
    });
    it.each(guidance.evidenceWarnings.map((w) => [w.id, w] as const))('%s warns for an activity with its words under its mechanism', (_id, warning) => {
      const answers = withActivity(0, { mechanismIds: [warning.mechanismId], description: `We doen een ${warning.matchAny[0]!.toUpperCase()} met bedrijven.` });
      const found = issue(answers, `evidence:${warning.id}`);
      expect(found).toMatchObject({ severity: 'warning', step: 'activities', path: ['activities', 0, 'description'] });
      expect(found!.message).toContain(warning.message);
      expect(found!.message).toMatch(/^Activiteit 1 ‘Proefstage in de zorg’: /);
    });
    it('does not warn when the words appear under another mechanism', () => {
      // Activity 0 is under "elkaar leren kennen op de werkvloer", activity 1 is not.
      expect(rules(withActivity(0, { title: 'Speeddate met werkgevers' }))).toContain('evidence:speeddates-workplace-contact');
      expect(rules(withActivity(1, { title: 'Speeddate met werkgevers' }))).not.toContain('evidence:speeddates-workplace-contact');
    });
  });

  describe('example-unchanged', () => {
    const example = guidance.exampleActivities[0]!;
    it('passes once the example text was made the school’s own', () => {
      const answers = withActivity(0, { fromExampleId: example.id, title: example.title, description: `${example.description} Bij ons in de zorg.` });
      expect(rules(answers)).not.toContain('example-unchanged');
    });
    it('warns while the activity is still exactly the example', () => {
      const answers = withActivity(0, { fromExampleId: example.id, title: example.title, description: example.description });
      expect(issue(answers, 'example-unchanged')).toMatchObject({ severity: 'warning', path: ['activities', 0, 'description'] });
    });
  });
});

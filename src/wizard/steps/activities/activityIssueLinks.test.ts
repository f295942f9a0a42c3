import { describe, expect, it } from 'vitest';
import { getScheme } from '../../../../templates/schemes';
import type { Answers } from '../../../../schemas/draft';
import { validateDraft } from '../../../domain/validateDraft';
import { ADD_ACTIVITY_ID, activityIssueLinks } from './activityIssueLinks';

const scheme = getScheme();
const linksFor = (answers: Answers) =>
  activityIssueLinks(
    validateDraft(answers, scheme).filter((i) => i.step === 'activities' && i.severity === 'error'),
    answers.activities ?? [],
  );

describe('links from activity issues to where they are fixed', () => {
  it('sends "add at least one activity" to the add button', () => {
    expect(linksFor({})).toEqual([{ message: 'Voeg minstens één activiteit toe', target: ADD_ACTIVITY_ID }]);
  });

  it('sends a field error to the activity page and field, naming the activity', () => {
    const links = linksFor({ activities: [{ id: 'x1', title: 'Gastles' }, { id: 'x2', title: '' }] });
    expect(links).toContainEqual({ message: 'Activiteit 1 ‘Gastles’: Vul een startdatum in', target: '#/activiteiten/x1?veld=veld-startDate' });
    expect(links).toContainEqual({ message: 'Activiteit 2: Geef de activiteit een titel', target: '#/activiteiten/x2?veld=veld-title' });
  });

  it('names the cost line and links to its field', () => {
    const links = linksFor({ activities: [{ id: 'x1', title: 'Gastles', costLines: [{ id: 'c1', category: 'staff', description: 'Uren', amount: 'veel' }] }] });
    expect(links).toContainEqual({
      message: 'Activiteit 1 ‘Gastles’, kostenregel 1: Vul een bedrag in euro’s in, bijvoorbeeld 12.500 of 12.500,50',
      target: '#/activiteiten/x1?veld=veld-costLines-0-amount',
    });
  });

  it('keeps the message of a check across steps, which already names the activity', () => {
    const answers: Answers = {
      mechanisms: { chosen: [{ mechanismId: 'search-behaviour' }] },
      activities: [{ id: 'x1', title: 'Proefstage', mechanismIds: ['workplace-contact'], targetGroupIds: ['a', 'b'], phase: 'aftercare' }],
    };
    const link = linksFor(answers).find((l) => l.target === '#/activiteiten/x1?veld=veld-mechanismIds');
    expect(link?.message).toMatch(/^Activiteit 1 ‘Proefstage’ gebruikt ‘Elkaar leren kennen op de werkvloer’/);
  });

  it('sends a check about the list as a whole to the add button', () => {
    const answers: Answers = { activities: [{ id: 'x1', title: 'Proefstage', targetGroupIds: ['a'], phase: 'final-year' }] };
    const links = linksFor(answers).filter((l) => l.target === ADD_ACTIVITY_ID);
    expect(links.map((l) => l.message)).toEqual([expect.stringContaining('doelgroep b'), expect.stringContaining('nazorgactiviteit')]);
  });
});

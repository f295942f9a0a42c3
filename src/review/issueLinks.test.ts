import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { errorsOf, type Issue } from '../domain/issues';
import { validateDraft } from '../domain/validateDraft';
import { issueLinks } from './issueLinks';

const scheme = getScheme();

const issue = (step: Issue['step'], path: Issue['path'], rule = 'field:invalid_type', message = 'Vul dit in'): Issue => ({ severity: 'error', step, path, rule, message });

const answers: Answers = {
  mechanisms: { chosen: [{ mechanismId: 'social-norms' }] },
  activities: [{ id: 'act-7', title: 'Proefstage' }],
  partners: [{ id: 'p', name: 'UWV' }],
};

describe('issueLinks', () => {
  const links = (i: Issue) => issueLinks([i], answers, scheme)[0]!.links[0]!;

  it('links a field error to the field on its step, returning to Controleren', () => {
    expect(links(issue('applicant', ['brin']))).toEqual({ message: 'Vul dit in', href: '#/aanvrager?veld=veld-brin&terug=controleren' });
    expect(links(issue('budget', ['cofinancingAmount'])).href).toBe('#/begroting?veld=veld-cofinancingAmount&terug=controleren');
  });

  it('links an activity’s field error to the field on the activity’s page, naming the activity', () => {
    expect(links(issue('activities', ['activities', 0, 'costLines', 1, 'amount']))).toEqual({
      message: 'Activiteit 1 ‘Proefstage’, kostenregel 2: Vul dit in',
      href: '#/activiteiten/act-7?veld=veld-costLines-1-amount&terug=controleren',
    });
  });

  it('names the group, mechanism or partner a field error belongs to', () => {
    expect(links(issue('targetGroups', ['b', 'selection'])).message).toBe('Doelgroep b (nazorg): Vul dit in');
    expect(links(issue('mechanisms', ['chosen', 0, 'rationale']))).toEqual({
      message: 'Mechanisme 7 ‘Sociale normen’: Vul dit in',
      href: '#/mechanismen/social-norms?veld=veld-rationale&terug=controleren',
    });
    expect(links(issue('partners', ['partners', 0, 'role']))).toEqual({
      message: 'Partner 1 ‘UWV’: Vul dit in',
      href: '#/samenwerking/p?veld=veld-role&terug=controleren',
    });
  });

  it('names the figure or goal of Aanleiding en doelen, numbered as on its page', () => {
    expect(links(issue('background', ['goals', 1, 'targetValue']))).toEqual({
      message: 'Doel 2: Vul dit in',
      href: '#/aanleiding?veld=veld-goals-1-targetValue&terug=controleren',
    });
    expect(links(issue('background', ['figures', 0, 'source'])).message).toBe('Cijfer 1: Vul dit in');
    expect(links(issue('background', ['problem'])).message).toBe('Vul dit in');
  });

  it('links an error across steps to the step (or the activity) without changing its message', () => {
    expect(links(issue('mechanisms', [], 'mechanism-without-activity', 'Geen activiteit'))).toEqual({
      message: 'Geen activiteit',
      href: '#/mechanismen?terug=controleren',
    });
    expect(links(issue('activities', ['activities', 0, 'mechanismIds'], 'activity-mechanism-not-chosen', 'Niet gekozen'))).toEqual({
      message: 'Niet gekozen',
      href: '#/activiteiten/act-7?veld=veld-mechanismIds&terug=controleren',
    });
  });

  it('opens the step for an empty list, which has no field to focus', () => {
    expect(links(issue('activities', ['activities'])).href).toBe('#/activiteiten?terug=controleren');
    expect(links(issue('partners', ['partners'])).href).toBe('#/samenwerking?terug=controleren');
  });

  it('groups an empty draft’s errors per step, in step order', () => {
    const grouped = issueLinks(errorsOf(validateDraft({}, scheme)), {}, scheme);
    expect(grouped.map((g) => g.title)).toEqual(['Aanvrager', 'Doelgroepen', 'Aanleiding en doelen', 'Mechanismen', 'Samenwerking', 'Activiteiten', 'Nazorg', 'Begroting', 'Monitoring en verantwoording']);
    expect(grouped[1]!.links[0]).toEqual({
      message: 'Doelgroep a (extra begeleiding): Vul het verwachte aantal deelnemers in',
      href: '#/doelgroepen?veld=veld-a-expectedCount&terug=controleren',
    });
  });
});

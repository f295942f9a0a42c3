import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { STEP_IDS } from '../domain/steps';
import { summarize, type SummaryRow } from './summarize';

const scheme = getScheme();

const answers: Answers = {
  applicant: { institutionName: ' ROC Rijnstad ', brin: '25lx', contactName: '' },
  targetGroups: {
    a: { expectedCount: '120', levels: ['entree', '2'], pathways: ['bol'], riskIndicators: ['bol-level-2', 'other'], otherRiskExplanation: 'Veel uitval', ageConfirmed: true },
    b: { riskIndicators: ['entree'], otherRiskExplanation: 'blijft verborgen' },
  },
  mechanisms: { chosen: [{ mechanismId: 'workplace-contact', approachIds: ['trial-internships', 'orientation-company-visits'], rationale: 'Omdat het werkt.' }] },
  activities: [
    {
      id: 'proef-1',
      title: 'Proefstage',
      mechanismIds: ['workplace-contact'],
      targetGroupIds: ['a', 'b'],
      phase: 'final-year',
      startDate: '2021-03-01',
      endDate: '2022-12-31',
      partnerIds: ['p1'],
      costLines: [
        { id: 'k1', category: 'staff', description: 'Begeleiding', amount: '1.250,5' },
        { id: 'k2', category: 'material', description: 'Kleding', amount: 'ongeveer 100' },
      ],
    },
  ],
  partners: [{ id: 'p1', type: 'rmc-contactgemeente', name: 'Gemeente Rijnstad' }],
  budget: { requestedAmount: '1250.5', hasCofinancing: 'no', notes: '' },
};

const sections = summarize(answers, scheme);
const rowsOf = (step: string) => sections.find((s) => s.step === step)!.groups.flatMap((g) => g.rows);
const find = (step: string, fieldName: string): SummaryRow => {
  const row = rowsOf(step).find((r) => r.fieldName === fieldName);
  if (!row) throw new Error(`no row ${step} ${fieldName}`);
  return row;
};

describe('summarize', () => {
  it('has a section per step, in step order, with the step title', () => {
    expect(sections.map((s) => s.step)).toEqual([...STEP_IDS]);
    expect(sections[0]).toMatchObject({ title: 'Aanvrager', href: '#/aanvrager' });
  });

  it('shows text trimmed, and nothing for an empty answer', () => {
    expect(find('applicant', 'institutionName')).toMatchObject({ label: 'Naam van de instelling', value: 'ROC Rijnstad' });
    expect(find('applicant', 'brin').value).toBe('25LX');
    expect(find('applicant', 'contactName').value).toBeUndefined();
    expect(find('monitoring', 'indicators').value).toBeUndefined();
  });

  it('links "Wijzigen" to the field on its page and back to Controleren', () => {
    expect(find('applicant', 'brin').href).toBe('#/aanvrager?veld=veld-brin&terug=controleren');
    expect(find('targetGroups', 'a.levels').href).toBe('#/doelgroepen?veld=veld-a-levels&terug=controleren');
  });

  it('links an activity’s, a partner’s or a chosen mechanism’s answers to its own page', () => {
    expect(find('mechanisms', 'rationale').href).toBe('#/mechanismen/workplace-contact?veld=veld-rationale&terug=controleren');
    expect(find('mechanisms', 'chosen').href).toBe('#/mechanismen?veld=veld-chosen&terug=controleren');
    expect(find('partners', 'name').href).toBe('#/samenwerking/p1?veld=veld-name&terug=controleren');
    expect(find('activities', 'startDate').href).toBe('#/activiteiten/proef-1?veld=veld-startDate&terug=controleren');
    expect(find('activities', 'costLines.0.category').href).toBe('#/activiteiten/proef-1?veld=veld-costLines-0-category&terug=controleren');
  });

  it('shows choices by their labels from the scheme', () => {
    expect(find('targetGroups', 'a.levels').value).toBe('Entree, Niveau 2');
    expect(find('targetGroups', 'a.pathways').value).toBe('Bol');
    expect(find('targetGroups', 'a.riskIndicators').value).toBe('Bol-opleiding op niveau 2\nAnder risico op jeugdwerkloosheid');
    expect(find('mechanisms', 'chosen').value).toBe('4. Elkaar leren kennen op de werkvloer');
    expect(find('mechanisms', 'approachIds').value).toBe('Proefstages\nOriënterende bedrijfsbezoeken');
    expect(find('activities', 'phase').value).toBe('Laatste studiejaar');
    expect(find('activities', 'targetGroupIds').value).toBe('Doelgroep a (extra begeleiding)\nDoelgroep b (nazorg)');
    expect(find('activities', 'partnerIds').value).toBe('Gemeente Rijnstad');
    const gone = summarize({ activities: [{ id: 'x', partnerIds: ['weg'] }] }, scheme).find((s) => s.step === 'activities')!.groups[0]!.rows;
    expect(gone.find((r) => r.fieldName === 'partnerIds')?.value).toBe('Partner zonder naam');
    expect(find('partners', 'type').value).toBe('RMC-contactgemeente');
    expect(find('budget', 'hasCofinancing').value).toBe('Nee');
    expect(find('targetGroups', 'a.ageConfirmed').value).toBe('Ja, bevestigd');
    expect(find('targetGroups', 'b.ageConfirmed').value).toBeUndefined();
  });

  it('shows dates as "1 maart 2021" and euros in Dutch notation', () => {
    expect(find('activities', 'startDate').value).toBe('1 maart 2021');
    expect(find('activities', 'endDate').value).toBe('31 december 2022');
    expect(find('budget', 'requestedAmount').value).toBe('€\u00a01.250,50');
  });

  it('lists cost lines with their total; an unreadable amount stays as typed and does not count', () => {
    expect(find('activities', 'costLines.0.category').value).toBe(
      'Personeel – Begeleiding: €\u00a01.250,50\nMateriaal – Kleding: ongeveer 100\nTotaal van deze activiteit: €\u00a01.250,50',
    );
  });

  it('leaves out questions that are hidden by another answer', () => {
    expect(rowsOf('targetGroups').some((r) => r.fieldName === 'a.otherRiskExplanation')).toBe(true);
    expect(rowsOf('targetGroups').some((r) => r.fieldName === 'b.otherRiskExplanation')).toBe(false);
    expect(rowsOf('budget').map((r) => r.fieldName)).toEqual(['requestedAmount', 'hasCofinancing', 'notes']);
  });

  it('groups repeated parts under a heading of their own', () => {
    const headings = (step: string) => sections.find((s) => s.step === step)!.groups.map((g) => g.heading);
    expect(headings('targetGroups')).toEqual(['Groep a: Extra begeleiding van laatstejaars studenten', 'Groep b: Nazorg aan gediplomeerde schoolverlaters']);
    expect(headings('activities')).toEqual(['Activiteit 1 ‘Proefstage’']);
    expect(headings('mechanisms')).toEqual([undefined, 'Mechanisme 4: Elkaar leren kennen op de werkvloer']);
  });

  it('shows an empty list as one open row that opens the step', () => {
    const empty = summarize({}, scheme);
    const activities = empty.find((s) => s.step === 'activities')!.groups.flatMap((g) => g.rows);
    expect(activities).toEqual([expect.objectContaining({ value: undefined, href: '#/activiteiten?terug=controleren' })]);
    expect(empty.every((s) => s.groups.every((g) => g.rows.every((r) => r.value === undefined)))).toBe(true);
  });
});

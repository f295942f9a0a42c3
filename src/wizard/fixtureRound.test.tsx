// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStepSchemas } from '../../schemas/application';
import type { Answers, DraftFile } from '../../schemas/draft';
import { objectField } from '../../schemas/fields/containers';
import { wholeNumber } from '../../schemas/fields/kinds';
import { NAZORG_FIELDS } from '../../schemas/fields/nazorg';
import { inRound, STEP_FIELDS, type ApplicationFields } from '../../schemas/fields/steps';
import { schemeSchema, type Scheme } from '../../schemas/scheme';
import { resolveTemplate, type DocumentTemplate } from '../../schemas/template';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import nazorgRound from '../../templates/nazorg-mbo-2022-2023/scheme.json';
import { getScheme } from '../../templates/schemes';
import { buildDocumentModel } from '../document/buildDocumentModel';
import type { Block } from '../document/documentModel';
import { checkCoherence } from '../domain/coherence';
import { validateDraft } from '../domain/validateDraft';
import { summarize } from '../summary/summarize';
import { createEmptyDraft } from '../shell/draftStore';
import { looseAnswers, renderWithTable } from './fixtures/renderWithTable';
import { NazorgStep } from './steps/NazorgStep';
import { TargetGroupsStep } from './steps/TargetGroupsStep';

/**
 * A round that exists only in this test: built from data like a folder under templates/ (one
 * target group, its own activity period, only some conditions), plus a field that only a round
 * with personal contact asks. Nothing in the app is told about it, yet the form, the checks,
 * Controleren and the Word document follow it.
 */
const fixture: Scheme = schemeSchema.parse({
  ...nazorgRound,
  id: 'proefronde-2030-2031',
  name: 'Proefregeling nazorg mbo 2030',
  shortName: 'Proefronde 2030',
  applicationWindows: [{ name: 'Aanvraagtijdvak', opens: '2029-11-01', closes: '2029-12-15', source: 'Proef' }],
  activityYears: [2030],
  activityPeriod: { start: { status: 'known', value: '2030-02-01', source: 'Proef' }, end: { status: 'known', value: '2030-11-30', source: 'Proef' } },
  conditions: { personalContact: nazorgRound.conditions.personalContact, expectedGraduatesBinding: nazorgRound.conditions.expectedGraduatesBinding },
});

/** The extra field: asked only in a round whose data demand personal contact. */
const contactsPerMonth = wholeNumber({
  label: 'Contactmomenten per maand',
  required: 'Vul in hoe vaak per maand er persoonlijk contact is',
  binding: { description: 'Contactmomenten per maand' },
  inRound: (scheme) => scheme.conditions.personalContact !== undefined,
});
const TABLE = { ...STEP_FIELDS, nazorg: objectField({ item: { ...NAZORG_FIELDS, contactsPerMonth } }) };
const FIELDS: ApplicationFields = inRound(TABLE, fixture);

const nazorg = { contactMethod: 'Bellen en langsgaan', duration: '12 maanden', handover: 'Samen naar UWV', expectedUsers: '40', personalContactConfirmed: true };
const answers = looseAnswers;

const renderStep = (step: React.ReactNode, draftAnswers: Answers) => renderWithTable(step, fixture, FIELDS, draftAnswers);

afterEach(cleanup);

// Its guidance.json: a nazorg round's (the app finds a round's guidance by its id, like its other files).
vi.mock('../../templates/guidance', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../templates/guidance')>();
  const forFixture = (id: string) => (id === 'proefronde-2030-2031' ? { ...real.getGuidance('nazorg-mbo-2022-2023'), schemeId: id } : real.getGuidance(id));
  return { ...real, getGuidance: forFixture };
});

describe('a fixture round with an extra field and without group a', () => {
  it('has the field where its data ask for it, and not in a round without personal contact', () => {
    expect(Object.keys(FIELDS.nazorg.item)).toContain('contactsPerMonth');
    expect(Object.keys(FIELDS.nazorg.item)).not.toContain('noFeeConfirmed');
    expect(Object.keys(inRound(TABLE, getScheme('ebn-mbo-2021-2022')).nazorg.item)).not.toContain('contactsPerMonth');
    expect(Object.keys(FIELDS.activities.item)).not.toContain('targetGroupIds');
    expect(Object.keys(FIELDS.activities.item)).not.toContain('phase');
  });

  it('asks only group b on the form', () => {
    renderStep(<TargetGroupsStep />, {});
    expect(screen.getByRole('heading', { name: /^Groep b:/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Groep a:/ })).toBeNull();
  });

  it('asks the extra field and its condition on the Nazorg form, with the binding number; a submit asks for them', async () => {
    const store = renderStep(<NazorgStep />, answers({ nazorg: { contactMethod: 'Bellen', duration: '1 jaar', handover: 'UWV', expectedUsers: '40' } }));
    expect(screen.getByLabelText(/bindend aantal/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /persoonlijk en direct contact/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /geen vergoeding/ })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan en verder' })));
    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'Vul in hoe vaak per maand er persoonlijk contact is' })).toBeTruthy();
    expect(summary.getByRole('link', { name: 'Bevestig dat de nazorg persoonlijk en direct contact met de gediplomeerde omvat' })).toBeTruthy();
    await act(async () => fireEvent.change(screen.getByLabelText(/^Contactmomenten per maand/), { target: { value: '2' } }));
    expect(store.getSnapshot().answers.nazorg).toMatchObject({ contactsPerMonth: '2' });
  });

  it('checks dates against its own activity period, and the binding number against group b', () => {
    const draft = answers({
      targetGroups: { b: { expectedCount: '30' } },
      activities: [{ id: 'x', title: 'Nazorgcoach', startDate: '2030-01-15', endDate: '2030-11-30', costLines: [] }],
      nazorg,
    });
    const issues = validateDraft(draft, fixture);
    expect(issues.find((i) => i.path?.join('.') === 'activities.0.startDate')?.message).toBe(
      'Kies een datum van 1 februari 2030 tot en met 30 november 2030: de activiteitenperiode van deze ronde',
    );
    expect(issues.some((i) => i.path?.join('.') === 'activities.0.endDate')).toBe(false);
    // No group a: neither "both groups" nor an activity without a group is an error here.
    expect(issues.filter((i) => /doelgroep a|beide doelgroepen|Kies voor welke doelgroep/i.test(i.message))).toEqual([]);
    expect(checkCoherence(draft, fixture).find((i) => i.rule === 'nazorg-users-exceed-group')).toMatchObject({ severity: 'error' });
    expect(createStepSchemas(fixture, FIELDS).nazorg.safeParse({ ...nazorg, contactsPerMonth: '2' }).success).toBe(true);
  });

  it('shows the extra field and only group b on Controleren', () => {
    const sections = summarize(answers({ targetGroups: { b: { expectedCount: '30' } }, nazorg: { ...nazorg, contactsPerMonth: '2' } }), fixture, FIELDS);
    const rows = (step: string) => sections.find((s) => s.step === step)!.groups.flatMap((g) => g.rows);
    expect(rows('nazorg').find((r) => r.label === 'Contactmomenten per maand')?.value).toBe('2');
    expect(JSON.stringify(sections.find((s) => s.step === 'targetGroups'))).not.toMatch(/Groep a|doelgroep a/i);
  });

  it('names itself on the first page of the Word document and fills the extra field where its template names it', () => {
    // Its document.json: based on a nazorg round's, with the extra field in its own words.
    const base = getDocumentTemplate('nazorg-mbo-2022-2023');
    const template: DocumentTemplate = resolveTemplate(
      {
        basedOn: 'nazorg-mbo-2022-2023',
        id: 'proefronde-aanvraag',
        schemeId: fixture.id,
        sections: [...base.sections.map((s) => s.id), { id: 'contact', heading: 'Contact', content: [{ text: 'Wij spreken elke gediplomeerde {{nazorg.contactsPerMonth}} keer per maand.' }] }],
        appendices: base.appendices.map((s) => s.id),
      },
      () => base,
    );
    const draft: DraftFile = { ...createEmptyDraft(fixture.id, new Date('2030-01-05T10:00:00Z')), answers: answers({ nazorg: { ...nazorg, contactsPerMonth: '2' } }) };
    const model = buildDocumentModel(draft, fixture, template, { fields: FIELDS, now: new Date('2030-01-05T10:00:00Z') });
    // The paragraphs as read (a paragraph's runs joined: an answer is a run of its own, with its anchor).
    const text = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');
    expect(model.titlePage.title).toContain('Proefregeling nazorg mbo 2030');
    expect(text(model.body)).toContain('Wij spreken elke gediplomeerde 2 keer per maand.');
    expect(text(model.body)).toContain('De nazorg omvat persoonlijk en direct contact');
    expect(text(model.body)).not.toContain('Wij vragen geen vergoeding');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStepSchemas } from '../../schemas/application';
import type { Answers, DraftFile } from '../../schemas/draft';
import { listField, objectField } from '../../schemas/fields/containers';
import { draftObjectOf } from '../../schemas/fields/derive';
import { longText, shortText } from '../../schemas/fields/kinds';
import { NAZORG_FIELDS } from '../../schemas/fields/nazorg';
import { PARTNER_FIELDS, PARTNERS } from '../../schemas/fields/partners';
import { inRound, STEP_FIELDS, type ApplicationFields } from '../../schemas/fields/steps';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme } from '../../templates/schemes';
import { locateField } from '../domain/answerAnchors';
import { anchorLabel } from '../domain/comments';
import { buildDocumentModel } from '../document/buildDocumentModel';
import type { TextRun } from '../document/documentModel';
import { bookmarkKeys } from '../document/modelAnchors';
import { templateBindings } from '../document/templateBindings';
import { compareDrafts } from '../drafts/compareDrafts';
import { summarize } from '../summary/summarize';
import { createEmptyDraft } from '../shell/draftStore';
import { looseAnswers, renderWithTable } from './fixtures/renderWithTable';
import { NazorgStep } from './steps/NazorgStep';
import { PartnersStep } from './steps/PartnersStep';

/**
 * A field is defined once, in its step's field table. Here a fixture table adds two: an answer of
 * the Nazorg step and one of each partner, each defined only below. Nothing else is told about
 * them, yet they reach the schemas, the form, Controleren, the version comparison, the anchors,
 * the Word placeholders and the Word document with its bookmarks.
 */
const followUp = longText({
  label: 'Contact na een jaar',
  required: 'Beschrijf hoe u na een jaar weer contact opneemt',
  binding: {},
});
const website = shortText({ label: 'Website van de partner', input: { width: 'medium' } });

const scheme = getScheme();
// The round's part of the table, as applicationFields(scheme) makes it of the real one.
const FIELDS: ApplicationFields = inRound(
  {
    ...STEP_FIELDS,
    nazorg: objectField({ item: { ...NAZORG_FIELDS, followUp } }),
    partners: listField({ ...PARTNERS, key: 'id', item: { ...PARTNER_FIELDS, website } }),
  },
  scheme,
);
const nazorg = { contactMethod: 'Bellen', duration: '12 maanden', handover: 'Samen naar UWV', expectedUsers: '40' };
const answers = looseAnswers;
const before = answers({ nazorg, partners: [{ id: 'p1', type: 'uwv', name: 'UWV Utrecht' }] });
const after = answers({
  nazorg: { ...nazorg, followUp: 'Na twaalf maanden belt de coach.' },
  partners: [{ id: 'p1', type: 'uwv', name: 'UWV Utrecht', website: 'uwv.nl' }],
});

const renderStep = (step: React.ReactNode, draftAnswers: Answers) => renderWithTable(step, scheme, FIELDS, draftAnswers);

afterEach(cleanup);

describe('a field added to a step’s field table', () => {
  it('is kept by the lenient schema and checked by the strict one, with its own message', () => {
    expect(draftObjectOf(FIELDS.nazorg.item).parse({ followUp: ' as typed ' })).toEqual({ followUp: ' as typed ' });
    const strict = createStepSchemas(scheme, FIELDS);
    expect(strict.nazorg.safeParse(nazorg).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['followUp', 'Beschrijf hoe u na een jaar weer contact opneemt'],
    ]);
    expect(strict.partners.safeParse({ partners: [{ id: 'p1', type: 'uwv', name: 'UWV', role: 'Werk', agreements: 'Maandelijks' }] }).success).toBe(true);
  });

  it('appears on its form, where typing goes to the draft and a submit asks for it', async () => {
    const store = renderStep(<NazorgStep />, answers({ nazorg }));
    const input = screen.getByLabelText('Contact na een jaar');
    expect(input.tagName).toBe('TEXTAREA');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan en verder' })));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Beschrijf hoe u na een jaar weer contact opneemt' })).toBeTruthy();
    await act(async () => fireEvent.change(input, { target: { value: 'Na twaalf maanden belt de coach.' } }));
    expect(store.getSnapshot().answers.nazorg).toEqual({ ...nazorg, followUp: 'Na twaalf maanden belt de coach.' });
  });

  it('appears with every item of a list, as an optional answer', async () => {
    const store = renderStep(<PartnersStep sub="p1" />, before);
    const input = screen.getByLabelText(/^Website van de partner/);
    expect(input.closest('.field')?.textContent).toContain('(niet verplicht)');
    await act(async () => fireEvent.change(input, { target: { value: 'uwv.nl' } }));
    expect(store.getSnapshot().answers.partners?.[0]).toMatchObject({ id: 'p1', website: 'uwv.nl' });
  });

  it('is on Controleren, with a link back to it, and in the comparison of two versions', () => {
    const rows = (step: string) => summarize(after, scheme, FIELDS).find((s) => s.step === step)!.groups.flatMap((g) => g.rows);
    expect(rows('nazorg').at(-1)).toMatchObject({
      label: 'Contact na een jaar',
      value: 'Na twaalf maanden belt de coach.',
      href: '#/nazorg?veld=veld-followUp&terug=controleren',
    });
    expect(rows('partners').at(-1)).toMatchObject({ label: 'Website van de partner', value: 'uwv.nl', fieldName: 'website', href: '#/samenwerking/p1?veld=veld-website&terug=controleren' });
    expect(compareDrafts(before, after, scheme, FIELDS).map((c) => [c.label, c.before, c.after])).toEqual([
      ['Website van de partner', undefined, 'uwv.nl'],
      ['Contact na een jaar', undefined, 'Na twaalf maanden belt de coach.'],
    ]);
    // The round's own table does not have them: they came from the fixture alone.
    expect(compareDrafts(before, after, scheme)).toEqual([]);
  });

  it('has an anchor, a Word placeholder and, used in the template, its place and bookmark in the document', () => {
    expect(locateField(after, { step: 'nazorg', field: 'followUp' }, FIELDS)).toMatchObject({ kind: 'longText', value: 'Na twaalf maanden belt de coach.' });
    expect(anchorLabel({ step: 'nazorg', field: 'followUp' }, after, scheme, undefined, FIELDS)).toBe('Nazorg – Contact na een jaar');
    expect(templateBindings(scheme, FIELDS).all['nazorg.followUp']?.description).toBe('Contact na een jaar');
    expect(templateBindings(scheme).all['nazorg.followUp']).toBeUndefined();

    // The one other file a field touches when it should be in the document's text: the template.
    const real = getDocumentTemplate(scheme.id);
    const template = {
      ...real,
      sections: real.sections.map((s) => (s.id === 'nazorg' ? { ...s, content: [...s.content, { heading: 'Na een jaar' }, { text: '{{nazorg.followUp}}' }] } : s)),
    };
    const draft: DraftFile = { ...createEmptyDraft(scheme.id, new Date('2026-11-25T10:00:00Z')), answers: after };
    const model = buildDocumentModel(draft, scheme, template, { fields: FIELDS, now: new Date('2026-11-25T10:00:00Z') });
    const runs = model.body.flatMap((b): TextRun[] => (b.kind === 'paragraph' ? b.runs : []));
    expect(runs.find((r) => r.anchor === 'nazorg:followUp')?.text).toBe('Na twaalf maanden belt de coach.');
    expect(bookmarkKeys(model.body)).toContain('nazorg:followUp');
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DraftComment, DraftFile } from '../../schemas/draft';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme } from '../../templates/schemes';
import { fieldKey, sectionKey } from '../domain/answerAnchors';
import { bookmarkNames } from './bookmarkName';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { openXmlErrorLines } from './fixtures/openXmlValidator';
import { bookmarkKeys, modelAnchors } from '../document/modelAnchors';
import { packApplication } from './packApplication';

const scheme = getScheme();
const template = getDocumentTemplate(scheme.id);
const complete = goldenDrafts().find((g) => g.name === 'volledig')!.draft;
const errorsOf = openXmlErrorLines;
const partsOf = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

const comment = (id: string, anchor: DraftComment['anchor'], text: string, extra: Partial<DraftComment> = {}): DraftComment => ({
  id,
  anchor,
  author: 'Anna de Vries',
  text,
  createdAt: '2026-11-20T09:30:00.000Z',
  replies: [],
  ...extra,
});

const commented: DraftFile = {
  ...complete,
  comments: [
    comment('c1', { step: 'nazorg', field: 'duration' }, 'Is 18 maanden haalbaar met deze bezetting?', {
      replies: [{ id: 'r1', author: 'Karim Bakker', text: 'Ja, zie de begroting & de planning.', createdAt: '2026-11-21T10:00:00.000Z' }],
    }),
    comment('c2', { step: 'activities', field: 'activities.loopbaancoaching.description' }, 'Noem hier ook het aantal gesprekken.'),
    comment('c3', { step: 'nazorg', field: 'handover' }, 'Al opgelost.', { resolved: true }),
    comment('c4', { step: 'budget', section: 'begroting' }, 'Klopt het totaal met de financiering?'),
    comment('c5', { step: 'algemeen' }, 'Mooi plan, nog een paar punten.\nZie de opmerkingen.'),
    comment('c6', { step: 'activities', field: 'activities.bestaat-niet.description' }, 'Over een activiteit die weg is.'),
  ],
};

/** Where each comment's range starts: the innermost of the app's bookmarks still open there. */
function commentPlaces(documentXml: string): Map<string, string | undefined> {
  const open: string[] = [];
  const names = new Map<string, string>();
  const places = new Map<string, string | undefined>();
  for (const m of documentXml.matchAll(/<w:(bookmarkStart|bookmarkEnd|commentRangeStart)\b([^>]*)\/>/g)) {
    const id = /w:id="([^"]+)"/.exec(m[2]!)![1]!;
    if (m[1] === 'bookmarkStart') {
      const name = /w:name="([^"]+)"/.exec(m[2]!)![1]!;
      if (name.startsWith('aw_')) {
        names.set(id, name);
        open.push(name);
      }
    } else if (m[1] === 'bookmarkEnd') {
      const name = names.get(id);
      if (name) open.splice(open.indexOf(name), 1);
    } else places.set(id, open.at(-1));
  }
  return places;
}

describe('bookmarks around every answer, in every export', () => {
  it('gives each answer of the complete draft one place, and one bookmark with a valid, unique name', async () => {
    const model = buildDocumentModel(complete, scheme, template, { now: EXPORT_DATE });
    const { places } = modelAnchors(model);
    const keys = places.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Answers from every step, in their own blocks, not the summary's sentences.
    for (const key of [
      fieldKey('applicant', 'institutionName'),
      fieldKey('targetGroups', 'a.expectedCount'),
      fieldKey('targetGroups', 'b.selection'),
      fieldKey('mechanisms', 'chosen.search-behaviour.rationale'),
      fieldKey('activities', 'activities.loopbaancoaching.description'),
      fieldKey('activities', 'activities.loopbaancoaching.costLines.loopbaancoaching-k1.amount'),
      fieldKey('partners', 'partners.rmc-lindeveld.role'),
      fieldKey('nazorg', 'duration'),
      fieldKey('budget', 'requestedAmount'),
      fieldKey('monitoring', 'indicators'),
    ])
      expect(keys).toContain(key);
    const institution = places.find((p) => p.key === fieldKey('applicant', 'institutionName'))!;
    expect(model.body[institution.firstBlock]!.kind).toBe('facts');
    expect(places.find((p) => p.key === fieldKey('nazorg', 'duration'))!.lines).toEqual([complete.answers.nazorg?.duration]);

    const xml = partsOf(await packApplication(complete, scheme, EXPORT_DATE))['word/document.xml']!;
    const written = [...xml.matchAll(/<w:bookmarkStart w:name="(aw_[^"]+)"/g)].map((m) => m[1]!);
    const names = bookmarkNames(bookmarkKeys(model.body));
    expect(written.sort()).toEqual([...names.values()].sort());
    expect(written.length).toBe(places.length + model.body.filter((b) => b.kind === 'heading' && b.section).length);
    for (const name of written) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });

  it('puts a section bookmark around each section heading', async () => {
    const model = buildDocumentModel(complete, scheme, template, { now: EXPORT_DATE });
    const names = bookmarkNames(bookmarkKeys(model.body));
    const xml = partsOf(await packApplication(complete, scheme, EXPORT_DATE))['word/document.xml']!;
    const name = names.get(sectionKey('nazorg'))!;
    expect(xml).toMatch(new RegExp(`<w:bookmarkStart w:name="${name}" w:id="(\\d+)"/><w:r><w:t xml:space="preserve">9\\. Nazorg</w:t></w:r><w:bookmarkEnd w:id="\\1"/>`));
  });
});

describe('"Versie voor adviseur": open comments as Word comments', () => {
  it('the clean export has no comments part, even when the draft has comments', async () => {
    const parts = partsOf(await packApplication(commented, scheme, EXPORT_DATE));
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(parts['word/document.xml']).not.toContain('commentRangeStart');
  });

  it('holds each open comment and its replies, anchored inside its answer’s bookmark; resolved ones left out', async () => {
    const bytes = await packApplication(commented, scheme, EXPORT_DATE, { withComments: true });
    const parts = partsOf(bytes);
    const commentsXml = parts['word/comments.xml']!;
    const comments = [...commentsXml.matchAll(/<w:comment ([^>]*)>(.*?)<\/w:comment>/g)].map((m) => ({
      id: /w:id="([^"]*)"/.exec(m[1]!)![1],
      author: /w:author="([^"]*)"/.exec(m[1]!)![1],
      date: /w:date="([^"]*)"/.exec(m[1]!)![1],
      text: [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n'),
    }));
    expect(comments.map((c) => c.text)).toEqual([
      'Is 18 maanden haalbaar met deze bezetting?',
      'Ja, zie de begroting &amp; de planning.',
      'Noem hier ook het aantal gesprekken.',
      'Klopt het totaal met de financiering?',
      'Mooi plan, nog een paar punten.\nZie de opmerkingen.',
      'Over een activiteit die weg is.',
    ]);
    expect(commentsXml).not.toContain('Al opgelost');
    expect(comments[0]).toMatchObject({ author: 'Anna de Vries', date: '2026-11-20T09:30:00.000Z' });
    expect(comments[1]!.author).toBe('Karim Bakker');
    // The reply is threaded under its comment.
    expect(parts['word/commentsExtended.xml']).toMatch(/w15:paraId="[0-9A-F]{8}" w15:paraIdParent="[0-9A-F]{8}"/);

    const model = buildDocumentModel(commented, scheme, template, { now: EXPORT_DATE });
    const names = bookmarkNames(bookmarkKeys(model.body));
    const places = commentPlaces(parts['word/document.xml']!);
    expect(places.get('0')).toBe(names.get(fieldKey('nazorg', 'duration')));
    expect(places.get('1')).toBe(names.get(fieldKey('nazorg', 'duration')));
    expect(places.get('2')).toBe(names.get(fieldKey('activities', 'activities.loopbaancoaching.description')));
    expect(places.get('3')).toBe(names.get(sectionKey('begroting')));
    // The whole application: at the title, outside every bookmark. An answer that is gone: its step's section.
    expect(places.get('4')).toBeUndefined();
    expect(places.get('5')).toBe(names.get(sectionKey('activiteiten')));
    // Every comment has its end and its mark in the text.
    for (const id of ['0', '1', '2', '3', '4', '5']) {
      expect(parts['word/document.xml']).toContain(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(parts['word/document.xml']).toContain(`<w:commentReference w:id="${id}"/>`);
    }
  });

  it('passes the Open XML validator, clean and with comments', async () => {
    expect(await errorsOf(await packApplication(commented, scheme, EXPORT_DATE, { appVersion: '9.9.9' }))).toEqual([]);
    expect(await errorsOf(await packApplication(commented, scheme, EXPORT_DATE, { appVersion: '9.9.9', withComments: true }))).toEqual([]);
  });
});

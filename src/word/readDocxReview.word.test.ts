import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DraftComment, DraftFile } from '../../schemas/draft';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme, SCHEMES } from '../../templates/schemes';
import { anchorKey, fieldKey, sectionKey } from '../domain/answerAnchors';
import { bookmarkNames } from './bookmarkName';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { addWordComments, type CraftedComment } from './fixtures/addWordComments';
import { draftArbitrary } from '../document/fixtures/draftArbitrary';
import { fillHouseStyle } from './fillHouseStyle';
import { Document, Packer, Paragraph } from 'docx';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { bookmarkKeys, TITLE_TARGET } from '../document/modelAnchors';
import { packApplication } from './packApplication';
import { parseDraft } from '../draftFile/parseDraft';
import { readWordReview } from './readDocxReview';

const scheme = getScheme();
const complete = goldenDrafts().find((g) => g.name === 'volledig')!.draft;
const names = (draft: DraftFile) => bookmarkNames(bookmarkKeys(buildDocumentModel(draft, scheme, getDocumentTemplate(scheme.id), { now: EXPORT_DATE }).body));
const open = async (bytes: Uint8Array) => {
  const result = await parseDraft({ name: 'terug.docx', bytes }, { schemeIds: SCHEMES.map((s) => s.id) });
  if (!result.ok) throw new Error(result.message);
  return result.draft;
};
const where = (draft: DraftFile, text: string) => draft.comments?.find((c) => c.text === text);

describe('a Word file with an advisor’s comments and changes comes back', () => {
  it('keeps the embedded answers, puts each comment at its answer, and lists the changed answers', async () => {
    const bookmark = names(complete);
    const duration = bookmark.get(fieldKey('nazorg', 'duration'))!;
    const comments: CraftedComment[] = [
      { id: 10, author: 'Jan Jansen', date: '2026-11-26T09:00:00Z', text: 'Is 18 maanden niet te lang?', bookmark: duration },
      { id: 11, author: 'Anna de Vries', date: '2026-11-26T10:15:00Z', text: 'Nee, dat is afgesproken met de gemeente.', bookmark: duration, parentId: 10 },
      { id: 12, author: 'Jan Jansen', text: 'Hoeveel gesprekken per student?', bookmark: bookmark.get(fieldKey('activities', 'activities.loopbaancoaching.description')) },
      { id: 13, author: 'Jan Jansen', date: 'gisteren', text: 'Klopt dit adres & <nummer>?', bookmark: bookmark.get(fieldKey('applicant', 'contactEmail')) },
      { id: 14, author: 'Jan Jansen', text: 'Een sterke samenvatting.', paragraphWith: 'Met dit plan begeleiden wij laatstejaars studenten' },
      { id: 15, author: '', text: 'Mooi verzorgd document.\nDank!', paragraphWith: 'Versie van ' },
      { id: 16, author: 'Jan Jansen', text: 'Dit punt is al besproken.', bookmark: bookmark.get(fieldKey('monitoring', 'indicators')), done: true },
    ];
    const edits = [
      { bookmark: bookmark.get(fieldKey('nazorg', 'handover'))!, text: 'De coach draagt over aan het RMC, altijd samen met de jongere.' },
      { bookmark: bookmark.get(fieldKey('budget', 'requestedAmount'))!, text: '€ 400.000,00' },
    ];
    const bytes = addWordComments(await packApplication(complete, scheme, EXPORT_DATE), comments, edits);
    const draft = await open(bytes);

    expect(draft.answers).toEqual(complete.answers);
    const first = where(draft, 'Is 18 maanden niet te lang?')!;
    expect(first).toMatchObject({ anchor: { step: 'nazorg', field: 'duration' }, author: 'Jan Jansen', createdAt: '2026-11-26T09:00:00.000Z', origin: 'word' });
    expect(first.replies).toEqual([expect.objectContaining({ author: 'Anna de Vries', text: 'Nee, dat is afgesproken met de gemeente.', createdAt: '2026-11-26T10:15:00.000Z' })]);
    expect(where(draft, 'Hoeveel gesprekken per student?')!.anchor).toEqual({ step: 'activities', field: 'activities.loopbaancoaching.description' });
    expect(where(draft, 'Klopt dit adres & <nummer>?')!.anchor).toEqual({ step: 'applicant', field: 'contactEmail' });
    // Outside every answer: the section heading before it, else the application as a whole.
    expect(where(draft, 'Een sterke samenvatting.')!.anchor).toEqual({ step: 'algemeen', section: 'samenvatting' });
    expect(where(draft, 'Mooi verzorgd document.\nDank!')).toMatchObject({ anchor: { step: 'algemeen' }, author: 'Onbekende adviseur' });
    expect(where(draft, 'Dit punt is al besproken.')!.resolved).toBe(true);
    expect(draft.comments).toHaveLength(6);

    expect(draft.wordChanges?.map((c) => [anchorKey(c.anchor), c.wordText])).toEqual([
      [fieldKey('nazorg', 'handover'), 'De coach draagt over aan het RMC, altijd samen met de jongere.'],
      [fieldKey('budget', 'requestedAmount'), '€ 400.000,00'],
    ]);
    expect(draft.wordChanges?.[0]?.documentText).toBe(complete.answers.nazorg?.handover);
  });

  it('adds nothing to a Word file nobody changed (every golden draft, clean and advisor version)', async () => {
    for (const { draft } of goldenDrafts()) {
      expect(await open(await packApplication(draft, scheme, EXPORT_DATE))).toEqual(draft);
      expect(await open(await packApplication(draft, scheme, EXPORT_DATE, { withComments: true }))).toEqual(draft);
    }
  });

  it('reads a house-style file filled by the app the same way (its bookmarks come from the same blocks)', async () => {
    const houseStyle = await Packer.pack(new Document({ sections: [{ children: ['Huisstijl {{applicant.institutionName}}', '{{block.applicantTable}}', '{{aanvraag}}'].map((t) => new Paragraph(t)) }] }), 'uint8array');
    const filled = await fillHouseStyle(houseStyle, complete, scheme, EXPORT_DATE);
    if (!filled.ok) throw new Error(filled.message);
    expect(await open(filled.bytes)).toEqual(complete);
    const edited = addWordComments(filled.bytes, [{ id: 3, author: 'Jan', text: 'Goed.', bookmark: names(complete).get(fieldKey('nazorg', 'duration')) }]);
    expect((await open(edited)).comments?.map((c) => anchorKey(c.anchor))).toEqual([fieldKey('nazorg', 'duration')]);
  });

  it('does not duplicate comments: the app’s own come back from the advisor’s version, a second round adds only what is new', async () => {
    const own: DraftComment = {
      id: 'eigen1',
      anchor: { step: 'nazorg', field: 'duration' },
      author: 'Karim Bakker',
      text: 'Graag even naar kijken.',
      createdAt: '2026-11-20T09:00:00.000Z',
      replies: [{ id: 'eigenr1', author: 'Anna de Vries', text: 'Doe ik.', createdAt: '2026-11-20T10:00:00.000Z' }],
    };
    const draft: DraftFile = { ...complete, comments: [own] };
    const bookmark = names(draft);
    const advisorVersion = await packApplication(draft, scheme, EXPORT_DATE, { withComments: true });
    // The advisor answers the app's comment in Word and adds one of their own.
    const round1 = addWordComments(advisorVersion, [
      { id: 50, author: 'Jan Jansen', text: 'Prima zo.', bookmark: bookmark.get(fieldKey('nazorg', 'duration')), parentId: 0 },
      { id: 51, author: 'Jan Jansen', text: 'Noem de gemeente.', bookmark: bookmark.get(fieldKey('nazorg', 'handover')) },
    ]);
    const back = await open(round1);
    expect(back.comments).toHaveLength(2);
    expect(back.comments![0]!.id).toBe('eigen1');
    expect(back.comments![0]!.replies.map((r) => r.text)).toEqual(['Doe ik.', 'Prima zo.']);
    expect(await open(round1)).toEqual(back);

    // The author sends the new state again; the advisor adds one more remark.
    const round2 = addWordComments(await packApplication(back, scheme, EXPORT_DATE, { withComments: true }), [
      { id: 60, author: 'Jan Jansen', text: 'Nog één ding.', bookmark: bookmark.get(fieldKey('monitoring', 'comparison')) },
    ]);
    const again = await open(round2);
    expect(again.comments?.map((c) => c.text)).toEqual(['Graag even naar kijken.', 'Noem de gemeente.', 'Nog één ding.']);
    expect(again.comments![0]!.replies).toHaveLength(2);
  });

  it('reads replies without threads (a program that keeps none) as comments, and knows the app’s own replies', async () => {
    const own: DraftComment = {
      id: 'eigen1',
      anchor: { step: 'nazorg', field: 'duration' },
      author: 'Karim Bakker',
      text: 'Vraag.',
      createdAt: '2026-11-20T09:00:00.000Z',
      replies: [{ id: 'eigenr1', author: 'Anna de Vries', text: 'Antwoord.', createdAt: '2026-11-20T10:00:00.000Z' }],
    };
    const draft: DraftFile = { ...complete, comments: [own] };
    const files = unzipSync(await packApplication(draft, scheme, EXPORT_DATE, { withComments: true }));
    delete files['word/commentsExtended.xml'];
    const bytes = addWordComments(zipSync(files), [{ id: 70, author: 'Jan', text: 'Los.', bookmark: names(draft).get(fieldKey('nazorg', 'duration')) }]);
    const back = await open(bytes);
    expect(back.comments?.map((c) => [c.text, c.replies.length])).toEqual([
      ['Vraag.', 1],
      ['Los.', 0],
    ]);
  });

  it('places a comment that starts just before an answer’s bookmark at that answer', async () => {
    const bookmark = names(complete).get(fieldKey('nazorg', 'duration'))!;
    const files = unzipSync(addWordComments(await packApplication(complete, scheme, EXPORT_DATE), [{ id: 80, author: 'Jan', text: 'Ervoor.', bookmark }]));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    // Move the range start in front of the bookmark start, as Word may write it.
    const moved = xml.replace(
      new RegExp(`(<w:bookmarkStart w:name="${bookmark}" w:id="\\d+"/>)(<w:commentRangeStart w:id="80"/>)`),
      '$2$1',
    );
    expect(moved).not.toBe(xml);
    files['word/document.xml'] = strToU8(moved);
    const back = await open(zipSync(files));
    expect(back.comments?.[0]?.anchor).toEqual({ step: 'nazorg', field: 'duration' });
  });

  it('opens the draft unchanged when the comments part is broken or hostile', async () => {
    const files = unzipSync(addWordComments(await packApplication(complete, scheme, EXPORT_DATE), [{ id: 1, author: 'Jan', text: 'x', bookmark: names(complete).get(sectionKey('nazorg')) }]));
    files['word/comments.xml'] = strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><w:comments>&a;</w:comments>');
    expect(await open(zipSync(files))).toEqual(complete);
  });

  it('any valid draft (property): its own export, clean or with comments, opens as exactly that draft — no comment twice, no change that is none', async () => {
    const nasty = fc.constantFrom('&', '<', '>', '"', '’', '🎓', 'محمد', '\n', '  ', '\t', '\u0001', '\uFFFE', 'a', 'B');
    const words = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: nasty, maxLength: 10 }));
    const comment = (anchors: DraftComment['anchor'][]) =>
      fc.record({
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
        anchor: fc.constantFrom(...anchors),
        author: words,
        text: words.filter((t) => t.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').trim() !== ''),
        createdAt: fc.constant('2026-11-20T09:00:00.000Z'),
        resolved: fc.option(fc.constant(true), { nil: undefined }),
        replies: fc.array(fc.record({ id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), author: words, text: words, createdAt: fc.constant('2026-11-21T09:00:00.000Z') }), {
          maxLength: 2,
        }),
      });
    const withComments = draftArbitrary(scheme).chain((draft) => {
      const anchors: DraftComment['anchor'][] = [
        { step: 'nazorg', field: 'duration' },
        { step: 'applicant', field: 'institutionName' },
        { step: 'algemeen' },
        { step: 'budget', section: 'begroting' },
        ...(draft.answers.activities ?? []).slice(0, 2).map((a) => ({ step: 'activities', field: `activities.${a.id}.description` })),
      ];
      return fc.uniqueArray(comment(anchors), { maxLength: 4, selector: (c) => c.id }).map((comments): DraftFile => (comments.length > 0 ? { ...draft, comments } : draft));
    });
    await fc.assert(
      fc.asyncProperty(withComments, async (draft) => {
        // Word itself cannot tell apart two comments with the same author and text at one answer; keep them apart here.
        fc.pre(new Set((draft.comments ?? []).map((c) => `${c.author}|${c.text}`.toLowerCase())).size === (draft.comments ?? []).length);
        expect(await open(await packApplication(draft, scheme, EXPORT_DATE))).toEqual(draft);
        const back = await open(await packApplication(draft, scheme, EXPORT_DATE, { withComments: true }));
        expect(back.answers).toEqual(draft.answers);
        expect(back.wordChanges).toBeUndefined();
        expect(back.comments?.map((c) => [c.id, c.replies.length])).toEqual(draft.comments?.map((c) => [c.id, c.replies.length]));
      }),
      { numRuns: 40 },
    );
  });
});

describe('odd Word comments cost only themselves, and the user is told', () => {
  const openWithNotices = async (bytes: Uint8Array) => {
    const result = await parseDraft({ name: 'terug.docx', bytes }, { schemeIds: SCHEMES.map((s) => s.id) });
    if (!result.ok) throw new Error(result.message);
    return result;
  };
  const duration = () => names(complete).get(fieldKey('nazorg', 'duration'))!;
  const SAVED = '2026-11-28T08:00:00Z';
  const good: CraftedComment = { id: 1, author: 'Jan Jansen', date: '2026-11-26T09:00:00Z', text: 'Goed punt.', bookmark: duration() };
  const withComments = async (comments: CraftedComment[], mend: (commentsXml: string) => string = (x) => x) => {
    const files = unzipSync(addWordComments(await packApplication(complete, scheme, EXPORT_DATE), comments));
    files['word/comments.xml'] = strToU8(mend(new TextDecoder().decode(files['word/comments.xml'])));
    // Saved by the advisor at this moment.
    files['docProps/core.xml'] = strToU8(new TextDecoder().decode(files['docProps/core.xml']).replace(/(<dcterms:modified\b[^>]*>)[^<]*/, '$1' + SAVED));
    return zipSync(files);
  };

  it.each(['+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1601-01-01T00:00:00Z', '2026-13-45T99:00:00Z'])(
    'a comment dated %s comes in with the date the file was saved, next to a good one',
    async (date) => {
      const result = await openWithNotices(await withComments([good, { id: 2, author: 'Piet', date, text: 'Vreemde datum.', bookmark: duration() }]));
      expect(result.draft.comments?.map((c) => [c.text, c.createdAt])).toEqual([
        ['Goed punt.', '2026-11-26T09:00:00.000Z'],
        ['Vreemde datum.', '2026-11-28T08:00:00.000Z'],
      ]);
      expect(result.notices).toEqual([
        { text: 'Uit het Word-document zijn 2 opmerkingen overgenomen. Bij 1 opmerking was de datum onmogelijk. Daar staat nu de datum waarop het Word-document is opgeslagen.', warning: false },
      ]);
    },
  );

  it('a character XML forbids (&#1;) is left out of the comment, not the comment out of the draft', async () => {
    const bytes = await withComments([good, { id: 2, author: 'Piet', text: 'Met XYZ teken.', bookmark: duration() }], (xml) => xml.replace('XYZ', '&#1;'));
    const result = await openWithNotices(bytes);
    expect(result.draft.comments?.map((c) => c.text)).toEqual(['Goed punt.', 'Met  teken.']);
    expect(result.notices).toEqual([{ text: 'Uit het Word-document zijn 2 opmerkingen overgenomen.', warning: false }]);
  });

  it('a damaged comment is skipped and counted, the others come in', async () => {
    const bytes = await withComments(
      [good, { id: 2, author: 'Piet', text: 'KAPOT', bookmark: duration() }, { id: 3, author: 'Anna', text: 'Nog een.', bookmark: names(complete).get(fieldKey('nazorg', 'handover')) }],
      (xml) => xml.replace('KAPOT', '&nbsp;'),
    );
    const result = await openWithNotices(bytes);
    expect(result.draft.comments?.map((c) => c.text)).toEqual(['Goed punt.', 'Nog een.']);
    expect(result.notices).toEqual([
      {
        text: 'Uit het Word-document zijn 2 opmerkingen overgenomen. 1 opmerking is overgeslagen, omdat die leeg of beschadigd was of omdat het concept vol is (ten hoogste 2.000 opmerkingen). Die staat nog wel in het Word-document.',
        warning: true,
      },
    ]);
  });

  it('says so when the comments cannot be read at all, and opens the draft', async () => {
    const result = await openWithNotices(await withComments([good], () => '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><w:comments>&a;</w:comments>'));
    expect(result.draft).toEqual(complete);
    expect(result.notices?.[0]).toMatchObject({ warning: true });
    expect(result.notices?.[0]?.text).toMatch(/^Uit het Word-document zijn geen nieuwe opmerkingen overgenomen\. 1 opmerking is overgeslagen/);
  });

  it('counts the comments beyond what a draft holds as skipped', () => {
    const model = buildDocumentModel(complete, scheme, getDocumentTemplate(scheme.id), { now: EXPORT_DATE });
    const many = Array.from({ length: 2005 }, (_, i) => `<w:comment w:id="${i}" w:author="Jan"><w:p><w:r><w:t>Opmerking ${i}</w:t></w:r></w:p></w:comment>`).join('');
    const review = readWordReview(model, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>', `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${many}</w:comments>`, undefined, { now: EXPORT_DATE });
    expect(review.threads).toHaveLength(2000);
    expect(review.skipped).toBe(5);
  });

  it('places the comments at the application as a whole when the document text cannot be read', () => {
    const model = buildDocumentModel(complete, scheme, getDocumentTemplate(scheme.id), { now: EXPORT_DATE });
    const review = readWordReview(model, '<w:document><kapot', `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="1" w:author="Jan"><w:p><w:r><w:t>Hier</w:t></w:r></w:p></w:comment></w:comments>`, undefined, { now: EXPORT_DATE });
    expect(review).toMatchObject({ threads: [expect.objectContaining({ text: 'Hier', target: TITLE_TARGET })], placesLost: true, changes: [] });
  });

  it('says nothing about comments for a Word file without any', async () => {
    expect((await openWithNotices(await packApplication(complete, scheme, EXPORT_DATE))).notices).toBeUndefined();
  });
});

import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../schemas/draft';
import { getScheme, SCHEMES } from '../../templates/schemes';
import { parseDraft } from '../draftFile/parseDraft';
import { readDraftJsonFromDocx } from './readDocxDraft';
import { HOUSE_STYLE } from '../text/houseStyle';
import { fillHouseStyle } from './fillHouseStyle';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { asDocm, bookmarksOf, externalRelationships, macroParts, plainHouseStyle, withExternalLinks, withRemoteTemplate } from './fixtures/hostileHouseStyle';
import { openXmlErrorLines } from './fixtures/openXmlValidator';
import { packApplication } from './packApplication';

const scheme = getScheme();
const typical = goldenDrafts().find((g) => g.name === 'typisch')!.draft;

/** A school's own Word file: its font and a run split in two, as Word often stores typed text. */
async function houseStyle(lines: (string | string[])[]): Promise<Uint8Array> {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Georgia' } } } },
    sections: [
      {
        children: lines.map((line) => new Paragraph({ children: (Array.isArray(line) ? line : [line]).map((t) => new TextRun({ text: t, color: '7030A0' })) })),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

const textOf = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

describe('fillHouseStyle', () => {
  it('fills short fields in place, blocks and the whole application as paragraphs and tables, and keeps the draft inside', async () => {
    const template = await houseStyle([
      'Huisstijl ROC — aanvraag van ',
      ['Instelling: {{applicant.', 'institutionName}} ({{ applicant.brin }})'],
      '{{block.targetGroupsTable}}',
      '{{aanvraag}}',
    ]);
    const result = await fillHouseStyle(template, typical, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    if (!result.ok) throw new Error(result.message);
    const text = await textOf(result.bytes);
    expect(text).toContain('Instelling: ROC Çağlar & Zn <Noord> – “Ağrı” 🎓 (25LX)');
    expect(text).toContain('Aantal studenten');
    expect(text).toContain('1. Gegevens van de aanvrager');
    expect(text).toContain('Bijlage A. Openstaande punten');
    expect(text).not.toContain('{{');
    const read = await readDraftJsonFromDocx(result.bytes, 5_000_000);
    expect(read.ok && JSON.parse(read.json)).toEqual(typical);
    expect(await openXmlErrorLines(result.bytes)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('names unknown fields in Dutch and makes no document', async () => {
    const result = await fillHouseStyle(await houseStyle(['{{applicant.instelling}} en {{Aanvraag}}']), typical, scheme, EXPORT_DATE);
    expect(result).toEqual({ ok: false, message: HOUSE_STYLE.unknownFields(['applicant.instelling', 'Aanvraag']) });
  });

  it('warns about fields that have no answer yet', async () => {
    const result = await fillHouseStyle(await houseStyle(['{{nazorg.handover}} {{applicant.institutionName}}']), typical, scheme, EXPORT_DATE);
    expect(result.ok && result.warnings).toEqual([HOUSE_STYLE.emptyFields(['nazorg.handover'])]);
    expect(result.ok && (await textOf(result.bytes))).toContain('[nog niet ingevuld] ROC Çağlar');
  });

  it('refuses a file without fields, and a file that is not a Word document', async () => {
    expect(await fillHouseStyle(await houseStyle(['Geen velden hier']), typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.noFields });
    const notDocx = new TextEncoder().encode('PK but not a zip at all');
    expect(await fillHouseStyle(notDocx, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.notDocx });
    expect(await fillHouseStyle(new Uint8Array([1, 2, 3]), typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.notDocx });
  });

  it('a template made from an earlier export brings its look, not its draft: "Concept openen" on the result gives this draft', async () => {
    // Last year's draft, changed even later than this one, so only its removal (not the reader's choice) can make this pass.
    const lastYear: DraftFile = { ...typical, updatedAt: '2099-01-01T00:00:00.000Z', answers: { ...typical.answers, applicant: { institutionName: 'Vorig jaar' } } };
    const files = unzipSync(await packApplication(lastYear, scheme, EXPORT_DATE));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:body>', '<w:body><w:p><w:r><w:t>{{applicant.institutionName}}</w:t></w:r></w:p>'));
    const result = await fillHouseStyle(zipSync(files), typical, scheme, EXPORT_DATE);
    if (!result.ok) throw new Error(result.message);
    const read = await readDraftJsonFromDocx(result.bytes, 5_000_000);
    expect(read.ok && JSON.parse(read.json)).toEqual(typical);
    expect(Object.keys(unzipSync(result.bytes)).filter((name) => /^customXml\/item\d+\.xml$/.test(name))).toHaveLength(1);
  });

  it('keeps an answer that looks like a field as text: answers never pass the placeholder search', async () => {
    const draft: DraftFile = { ...typical, answers: { ...typical.answers, applicant: { ...typical.answers.applicant, institutionName: '{{aanvraag}} & {{applicant.brin}}' } } };
    const result = await fillHouseStyle(await houseStyle(['Naam: {{applicant.institutionName}}', '{{applicant.brin}}']), draft, scheme, EXPORT_DATE);
    const text = result.ok && (await textOf(result.bytes));
    expect(text).toContain('Naam: {{aanvraag}} & {{applicant.brin}}');
    expect(text).not.toContain('Gegevens van de aanvrager');
  });

  it('refuses a zip bomb, too much text and too many paragraphs before filling, in Dutch', async () => {
    const base = unzipSync(await houseStyle(['{{aanvraag}}']));
    const bomb = zipSync({ ...base, 'word/media/logo.png': new Uint8Array(60_000_000) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await fillHouseStyle(bomb, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.tooLargeUnpacked });
    const wordy = zipSync({ ...base, 'word/document.xml': strToU8(strFromU8(base['word/document.xml']!).replace('<w:body>', `<w:body><!--${' '.repeat(11_000_000)}-->`)) }, { level: 1 });
    expect(await fillHouseStyle(wordy, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.tooLargeUnpacked });
    const long = zipSync({ ...base, 'word/document.xml': strToU8(strFromU8(base['word/document.xml']!).replace('<w:body>', `<w:body>${'<w:p/>'.repeat(3001)}`)) });
    expect(await fillHouseStyle(long, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.tooLong });
  });

  it('refuses more fields, or more blocks, than it fills', async () => {
    const fields = await houseStyle(Array.from({ length: 167 }, () => '{{applicant.brin}} {{ applicant.brin }} {{scheme.name}}'));
    expect(await fillHouseStyle(fields, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.tooManyFields(501, 500) });
    const blocks = await houseStyle([...Array.from({ length: 20 }, () => '{{block.applicantTable}}'), '{{aanvraag}}']);
    expect(await fillHouseStyle(blocks, typical, scheme, EXPORT_DATE)).toEqual({ ok: false, message: HOUSE_STYLE.tooManyBlocks(21, 20) });
    const twenty = await fillHouseStyle(await houseStyle(Array.from({ length: 20 }, () => '{{block.applicantTable}}')), typical, scheme, EXPORT_DATE);
    expect(twenty.ok && (await textOf(twenty.bytes)).split('BRIN-code').length - 1).toBe(20);
  });
});

const complete = goldenDrafts().find((g) => g.name === 'volledig')!.draft;

async function fillComplete(template: Uint8Array, draft: DraftFile = complete) {
  const result = await fillHouseStyle(template, draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** What every house-style export must be, whatever the template: valid, no macros, nothing that leaves the package, bookmarks unique. */
async function expectClean(bytes: Uint8Array) {
  expect(await openXmlErrorLines(bytes)).toEqual([]);
  expect(macroParts(bytes)).toEqual([]);
  expect(externalRelationships(bytes)).toEqual([]);
  const marks = bookmarksOf(bytes);
  expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
  expect(new Set(marks.map((m) => m.name.toLowerCase())).size).toBe(marks.length);
}

const opened = async (bytes: Uint8Array) => {
  const result = await parseDraft({ name: 'huisstijl.docx', bytes }, { schemeIds: SCHEMES.map((s) => s.id) });
  if (!result.ok) throw new Error(result.message);
  return result.draft;
};

describe('house-style exports pass the Open XML validator, whatever the template', () => {
  it('uses the same block twice (and the whole application twice): unique bookmark ids and names, readable back', async () => {
    const template = await plainHouseStyle(['{{applicant.institutionName}}', '{{block.applicantTable}}', '{{aanvraag}}', '{{block.applicantTable}}', '{{aanvraag}}', '{{block.budgetPerActivityTable}}']);
    const result = await fillComplete(template);
    await expectClean(result.bytes);
    expect(bookmarksOf(result.bytes).filter((m) => m.name.startsWith('aw_')).length).toBeGreaterThan(50);
    expect(await opened(result.bytes)).toEqual(complete);
  });

  it('a renamed .docm: the VBA project, its data and the macro content types are gone, and the user is told', async () => {
    const result = await fillComplete(asDocm(await plainHouseStyle(['{{applicant.institutionName}}', '{{aanvraag}}'])));
    await expectClean(result.bytes);
    expect(strFromU8(unzipSync(result.bytes)['[Content_Types].xml']!)).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"',
    );
    expect(result.warnings).toEqual([HOUSE_STYLE.removedMacros]);
  });

  it('a remote attached template, a link and a picture from the internet: no relationship leaves the package, the link text stays', async () => {
    const template = withExternalLinks(withRemoteTemplate(await plainHouseStyle(['{{applicant.institutionName}}', '{{block.applicantTable}}'], { image: true })));
    expect(externalRelationships(template)).toHaveLength(3);
    const result = await fillComplete(template);
    await expectClean(result.bytes);
    const files = unzipSync(result.bytes);
    expect(strFromU8(files['word/settings.xml']!)).not.toContain('attachedTemplate');
    expect(strFromU8(files['word/document.xml']!)).toContain('www.roc-noord.example');
    expect(result.warnings).toEqual([HOUSE_STYLE.removedAttachedTemplate, HOUSE_STYLE.removedExternal(2)]);
  });

  it('all of it at once, made from last year’s export: this draft inside and nothing else of last year’s', async () => {
    const lastYear: DraftFile = { ...complete, updatedAt: '2099-01-01T00:00:00.000Z', answers: { ...complete.answers, applicant: { institutionName: 'Vorig jaar' } } };
    const files = unzipSync(await packApplication(lastYear, scheme, EXPORT_DATE, { withComments: false }));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:body>', '<w:body><w:p><w:r><w:t>{{aanvraag}}</w:t></w:r></w:p><w:p><w:r><w:t>{{block.applicantTable}}</w:t></w:r></w:p>'));
    const template = withExternalLinks(withRemoteTemplate(asDocm(zipSync(files))));
    const result = await fillComplete(template);
    await expectClean(result.bytes);
    // Last year's bookmarks went with its draft: opening the new file finds no "changed in Word" answers.
    expect(await opened(result.bytes)).toEqual(complete);
  });

  it('does report a broken house-style export (the check can fail)', async () => {
    const result = await fillComplete(await plainHouseStyle(['{{block.applicantTable}}', '{{block.applicantTable}}']));
    const files = unzipSync(result.bytes);
    const xml = strFromU8(files['word/document.xml']!);
    const id = /<w:bookmarkStart w:name="aw_[^"]*" w:id="(\d+)"/.exec(xml)![1];
    files['word/document.xml'] = strToU8(xml.replace(/(<w:bookmarkStart w:name="aw_[^"]*" w:id=")\d+(")/g, `$1${id}$2`));
    expect((await openXmlErrorLines(zipSync(files))).length).toBeGreaterThan(0);
  });
});

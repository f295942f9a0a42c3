import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { readDraftJsonFromDocx } from '../storage/readDocxDraft';
import { HOUSE_STYLE } from '../text/houseStyle';
import { fillHouseStyle } from './fillHouseStyle';
import { EXPORT_DATE, goldenDrafts } from './fixtures/goldenDrafts';
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
});

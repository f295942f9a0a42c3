import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { readDraftJsonFromDocx } from './readDocxDraft';
import { draftXml, embedDraftJson } from './embedDraft';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { packApplication } from './packApplication';

const scheme = getScheme();
const read = async (bytes: Uint8Array) => {
  const result = await readDraftJsonFromDocx(bytes, 5_000_000);
  if (!result.ok) throw new Error(result.message);
  return JSON.parse(result.json) as unknown;
};

describe('the draft inside the .docx', () => {
  it.each(goldenDrafts().map((g) => [g.name, g.draft] as const))('%s reopens to exactly the same draft', async (_name, draft) => {
    expect(await read(await packApplication(draft, scheme, EXPORT_DATE))).toEqual(draft);
  });

  it('is a real custom XML part: related from the document, with properties and a content type', async () => {
    const files = unzipSync(await packApplication(goldenDrafts()[1]!.draft, scheme, EXPORT_DATE));
    const text = (name: string) => strFromU8(files[name]!);
    expect(text('word/_rels/document.xml.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"',
    );
    expect(text('customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
    expect(text('customXml/itemProps1.xml')).toMatch(/ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}\}"/);
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expect(text('[Content_Types].xml')).toMatch(/<Default [^>]*Extension="xml"/);
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
  });

  it('keeps characters XML forbids but JSON allows, and & < > in answers', async () => {
    const draft = structuredClone(goldenDrafts()[0]!.draft);
    draft.answers.applicant = { institutionName: 'A & B <c> ]]> \uFFFE\uFFFF \u0001 \uD800 “x” 🎓 محمد' };
    const xml = draftXml(JSON.stringify(draft));
    for (const forbidden of ['\uFFFE', '\uFFFF', '\u0001']) expect(xml).not.toContain(forbidden);
    expect(await read(await packApplication(draft, scheme, EXPORT_DATE))).toEqual(draft);
  });

  it('takes the next free item number when the file already has custom XML (a house-style template)', () => {
    const base = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'),
      'word/_rels/document.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdAanvraagwijzerDraft" Type="x" Target="y"/></Relationships>',
      ),
      'customXml/item1.xml': strToU8('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'),
    });
    const files = unzipSync(embedDraftJson(base, '{"a":1}'));
    expect(strFromU8(files['customXml/item2.xml']!)).toContain('{"a":1}');
    expect(strFromU8(files['customXml/item1.xml']!)).toContain('bibliography');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('Id="rIdAanvraagwijzerDraft2"');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('<Default Extension="xml" ContentType="application/xml"/>');
  });

  it('removes every draft part the file already has, with its properties, relationships and content type, and keeps other custom XML', () => {
    const ns = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const customXml = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
    const props = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
    const base = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
          '<Override PartName="/customXml/itemProps2.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
          '<Override PartName="/customXml/itemProps3.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
      ),
      'word/_rels/document.xml.rels': strToU8(
        `<Relationships xmlns="${ns}"><Relationship Id="rIdAanvraagwijzerDraft" Type="${customXml}" Target="../customXml/item1.xml"/>` +
          `<Relationship Target="/customXml/item2.xml" Type="${customXml}" Id="rId9"></Relationship>` +
          `<Relationship Id="rId10" Type="${customXml}" Target="../customXml/item3.xml"/></Relationships>`,
      ),
      // Last year's draft, as the app wrote it; an older file's bare JSON; someone else's bibliography.
      'customXml/item1.xml': strToU8(draftXml('{"format":"aanvraagwijzer-draft","updatedAt":"2025-01-01T00:00:00Z"}')),
      'customXml/itemProps1.xml': strToU8('<ds:datastoreItem xmlns:ds="x"/>'),
      'customXml/_rels/item1.xml.rels': strToU8(`<Relationships xmlns="${ns}"><Relationship Id="rId1" Type="${props}" Target="itemProps1.xml"/></Relationships>`),
      'customXml/item2.xml': strToU8('{"format":"aanvraagwijzer-draft"}'),
      'customXml/itemProps2.xml': strToU8('<ds:datastoreItem xmlns:ds="x"/>'),
      'customXml/_rels/item2.xml.rels': strToU8(`<Relationships xmlns="${ns}"><Relationship Id="rId1" Type="${props}" Target="itemProps2.xml"/></Relationships>`),
      'customXml/item3.xml': strToU8('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'),
      'customXml/itemProps3.xml': strToU8('<ds:datastoreItem xmlns:ds="x"/>'),
      'customXml/_rels/item3.xml.rels': strToU8(`<Relationships xmlns="${ns}"><Relationship Id="rId1" Type="${props}" Target="itemProps3.xml"/></Relationships>`),
    });
    const files = unzipSync(embedDraftJson(base, '{"a":1}'));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      'customXml/_rels/item1.xml.rels',
      'customXml/_rels/item3.xml.rels',
      'customXml/item1.xml',
      'customXml/item3.xml',
      'customXml/itemProps1.xml',
      'customXml/itemProps3.xml',
      'word/_rels/document.xml.rels',
    ]);
    expect(strFromU8(files['customXml/item1.xml']!)).toContain('{"a":1}');
    expect(strFromU8(files['customXml/item3.xml']!)).toContain('bibliography');
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect([...rels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1])).toEqual(['../customXml/item3.xml', '../customXml/item1.xml']);
    const types = strFromU8(files['[Content_Types].xml']!);
    expect([...types.matchAll(/PartName="([^"]+)"/g)].map((m) => m[1])).toEqual(['/customXml/itemProps3.xml', '/customXml/itemProps1.xml']);
  });
});

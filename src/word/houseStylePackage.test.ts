import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_HOUSE_STYLE_PARAGRAPHS, openHouseStyle } from './houseStylePackage';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (body: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

function template(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
}

const base = {
  '[Content_Types].xml':
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"/></Types>',
  'word/document.xml': `<w:document xmlns:w="${W}" xmlns:rel="${R}"><w:body><w:p><w:hyperlink rel:id="rIdLink"><w:r><w:t>site</w:t></w:r></w:hyperlink></w:p><w:altChunk rel:id="rIdChunk"><w:altChunkPr/></w:altChunk><w:p><w:bookmarkStart w:id="3" w:name="aw_applicant_x"/><w:r><w:t>oud</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p></w:body></w:document>`,
  'word/_rels/document.xml.rels': rels(
    '<Relationship Id="rIdLink" Type="t/hyperlink" Target="https://a.example/" TargetMode="External"/><Relationship Id="rIdChunk" Type="t/aFChunk" Target="\\\\server\\share\\x.htm" TargetMode="External"/><Relationship Id="rIdStyles" Type="t/styles" Target="styles.xml"/>',
  ),
};

describe('openHouseStyle', () => {
  it('takes out external relationships and what refers to them, and the app’s bookmarks of an earlier export; types the main part as a document', () => {
    const opened = openHouseStyle(template(base));
    if (!opened.ok) throw new Error(opened.reason);
    const text = (name: string) => strFromU8(opened.parts.get(name)!);
    expect(opened.removed).toEqual({ macros: true, attachedTemplate: false, external: 2 });
    expect(text('word/_rels/document.xml.rels')).toBe(rels('<Relationship Id="rIdStyles" Type="t/styles" Target="styles.xml"/>'));
    expect(text('word/document.xml')).toBe(
      `<w:document xmlns:w="${W}" xmlns:rel="${R}"><w:body><w:p><w:hyperlink><w:r><w:t>site</w:t></w:r></w:hyperlink></w:p><w:p><w:r><w:t>oud</w:t></w:r></w:p></w:body></w:document>`,
    );
    expect(text('[Content_Types].xml')).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
  });

  it('refuses what is not a Word package, and a template too long to fill', () => {
    expect(openHouseStyle(strToU8('PK geen zip'))).toEqual({ ok: false, reason: 'not-docx' });
    expect(openHouseStyle(template({ 'a.txt': 'x' }))).toEqual({ ok: false, reason: 'not-docx' });
    const long = template({ ...base, 'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${'<w:p/>'.repeat(MAX_HOUSE_STYLE_PARAGRAPHS + 1)}</w:body></w:document>` });
    expect(openHouseStyle(long)).toEqual({ ok: false, reason: 'too-long' });
    const many = template(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`word/media/${i}.png`, 'x'])));
    expect(openHouseStyle(many)).toEqual({ ok: false, reason: 'too-large' });
  });
});

import { describe, expect, it } from 'vitest';
import { relationshipsOf, relsPathOf, resolveTarget, sourceOfRels, withoutOverrides, withoutRelationships } from './packageParts';

describe('packageParts', () => {
  it('finds where relationships point, relative or absolute, with %-escapes and fragments', () => {
    expect(resolveTarget('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('word/document.xml', 'media/image%201.png')).toBe('word/media/image 1.png');
    expect(resolveTarget('word/document.xml', '/word/./styles.xml#x')).toBe('word/styles.xml');
    expect(resolveTarget('', 'word/document.xml')).toBe('word/document.xml');
    expect(relsPathOf('word/document.xml')).toBe('word/_rels/document.xml.rels');
    expect(sourceOfRels('word/_rels/settings.xml.rels')).toBe('word/settings.xml');
    expect(sourceOfRels('_rels/.rels')).toBe('');
  });

  it('reads relationships whatever the order and quoting of their attributes, and removes the ones asked for', () => {
    const xml =
      `<Relationships xmlns="x"><Relationship Id="rId1" Type="t/image" Target="media/a.png"/>` +
      `<Relationship TargetMode='External' Target='https://a.example/?a=1&amp;b=2' Type='t/hyperlink' Id='rId2'></Relationship></Relationships>`;
    expect(relationshipsOf(xml).map(({ element: _e, ...r }) => r)).toEqual([
      { id: 'rId1', type: 't/image', target: 'media/a.png', external: false },
      { id: 'rId2', type: 't/hyperlink', target: 'https://a.example/?a=1&b=2', external: true },
    ]);
    expect(withoutRelationships(xml, (r) => r.external)).toBe('<Relationships xmlns="x"><Relationship Id="rId1" Type="t/image" Target="media/a.png"/></Relationships>');
  });

  it('removes content-type overrides by part name, without regard to case', () => {
    const xml = '<Types><Default Extension="xml" ContentType="a"/><Override PartName="/Word/VbaData.xml" ContentType="b"/><Override PartName="/word/document.xml" ContentType="c"/></Types>';
    expect(withoutOverrides(xml, new Set(['word/vbaData.xml']))).toBe('<Types><Default Extension="xml" ContentType="a"/><Override PartName="/word/document.xml" ContentType="c"/></Types>');
  });
});

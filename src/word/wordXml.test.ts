import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, readXml, W_NS, XmlError, type XmlElement } from './wordXml';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** The events as "{ns}local" names, attributes likewise, adjacent text joined. */
function events(xml: string, limits?: Parameters<typeof readXml>[2]): Event[] {
  const out: Event[] = [];
  const name = (e: { ns: string; local: string }) => (e.ns ? `{${e.ns}}${e.local}` : e.local);
  readXml(
    xml,
    {
      open: (e: XmlElement) => out.push(['open', name(e), Object.fromEntries(e.attributes.map((a) => [name(a), a.value]))]),
      close: (e) => out.push(['close', name(e)]),
      text: (t) => {
        const last = out.at(-1);
        if (last?.[0] === 'text') last[1] += t;
        else out.push(['text', t]);
      },
    },
    limits,
  );
  return out;
}

const W = `xmlns:w="${W_NS}"`;

describe('readXml', () => {
  it('decodes the five entities and character references, in text and attributes', () => {
    expect(events(`<w:t ${W} w:val="a &amp; &quot;b&quot; &#x41;">&lt;ROC&gt; &amp; Zn &apos;x&apos; &#8364;&#x1F393;</w:t>`)).toEqual([
      ['open', `{${W_NS}}t`, { [`{${W_NS}}val`]: 'a & "b" A' }],
      ['text', "<ROC> & Zn 'x' €🎓"],
      ['close', `{${W_NS}}t`],
    ]);
  });

  it('resolves namespaces by URI, not prefix (another program may use other prefixes)', () => {
    const xml = `<x:document xmlns:x="${W_NS}"><x:body><p xmlns="urn:other"><x:p/></p></x:body></x:document>`;
    const opened = events(xml).filter((e) => e[0] === 'open').map((e) => e[1]);
    expect(opened).toEqual([`{${W_NS}}document`, `{${W_NS}}body`, '{urn:other}p', `{${W_NS}}p`]);
  });

  it('reads nested runs, self-closing elements, CDATA, comments and processing instructions', () => {
    const xml = `<?xml version="1.0"?><!-- made by hand --><w:p ${W}><w:r><w:t>Een </w:t><w:tab/><w:t><![CDATA[<b> & ]]></w:t></w:r><w:r><w:t xml:space="preserve">twee</w:t></w:r></w:p>`;
    const texts = events(xml).filter((e) => e[0] === 'text').map((e) => e[1]);
    expect(texts).toEqual(['Een ', '<b> & ', 'twee']);
    expect(events(xml).filter((e) => e[0] === 'open').map((e) => e[1].replace(`{${W_NS}}`, 'w:'))).toEqual(['w:p', 'w:r', 'w:t', 'w:tab', 'w:t', 'w:r', 'w:t']);
  });

  it('finds ">" inside quoted attribute values', () => {
    expect(attributeOf(`<w:comment ${W} w:author="A > B" w:id='3'/>`, 'author')).toBe('A > B');
    expect(attributeOf(`<w:comment ${W} w:author="A > B" w:id='3'/>`, 'id')).toBe('3');
  });

  it.each([
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'],
    ['an unknown entity', '<x>&nbsp;</x>'],
    ['a bare ampersand', '<x>R&D</x>'],
    ['a forbidden character reference', '<x>&#0;</x>'],
    ['a surrogate character reference', '<x>&#xD800;</x>'],
    ['a mismatched end tag', '<x><y></x></y>'],
    ['an unclosed element', '<x><y></y>'],
    ['an unclosed start tag', '<x attr="1"'],
    ['an end tag without start', '</x>'],
    ['an unbound prefix', '<w:p/>'],
    ['a bad attribute', '<x a=1/>'],
    ['text outside the root', 'hallo<x/>'],
    ['two roots', '<x/><y/>'],
    ['no root at all', '   '],
    ['an unterminated comment', '<x><!-- nooit klaar</x>'],
  ])('refuses %s', (_name, xml) => {
    expect(() => events(xml)).toThrow(XmlError);
  });

  it('caps depth and the number of elements', () => {
    expect(() => events('<a>'.repeat(300) + '</a>'.repeat(300))).toThrow(/deeply/);
    expect(() => events(`<r>${'<a/>'.repeat(1000)}</r>`, { maxDepth: 10, maxElements: 500 })).toThrow(/too many/);
    expect(events(`<r>${'<a/>'.repeat(100)}</r>`, { maxDepth: 10, maxElements: 500 })).toHaveLength(202);
  });

  it('never throws anything but XmlError on arbitrary input, and reads any escaped text back exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        try {
          events(input);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }),
      { numRuns: 2000 },
    );
    const xmlChar = fc.string({ unit: fc.constantFrom('a', 'é', '&', '<', '>', '"', "'", ' ', '\n', '€', '🎓', ']]>') });
    fc.assert(
      fc.property(xmlChar, (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const read = events(`<x a="${escaped.replace(/"/g, '&quot;')}">${escaped}</x>`);
        expect(read[0]).toEqual(['open', 'x', { a: text }]);
        expect(text === '' ? read[1] : read[1]![1]).toEqual(text === '' ? ['close', 'x'] : text);
      }),
      { numRuns: 500 },
    );
  });

  it('decodeEntities leaves text without entities alone', () => {
    expect(decodeEntities('geen entiteiten')).toBe('geen entiteiten');
  });
});

function attributeOf(xml: string, local: string): string | undefined {
  let value: string | undefined;
  readXml(xml, { open: (e) => (value ??= attribute(e, W_NS, local)) });
  return value;
}

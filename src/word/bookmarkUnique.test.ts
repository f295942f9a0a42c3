import { describe, expect, it } from 'vitest';
import { rewriteBookmarks, uniqueBookmarks } from './bookmarkUnique';

const start = (id: number | string, name: string) => `<w:bookmarkStart w:name="${name}" w:id="${id}"/>`;
const end = (id: number | string) => `<w:bookmarkEnd w:id="${id}"/>`;
const marks = (xml: string) => [...xml.matchAll(/<w:bookmark(Start|End)\b[^>]*>/g)].map((m) => m[0].replace(/<w:bookmark|\/>/g, '').trim());

describe('uniqueBookmarks', () => {
  it('drops a name used before (start and end), renumbers an id used before, and keeps the first of each', () => {
    const block = `${start(1, 'aw_a')}A${end(1)}${start(2, 'aw_b')}B${start(3, 'aw_c')}C${end(3)}${end(2)}`;
    const parts = new Map([
      ['word/document.xml', `${block}<w:p/>${block}${start(2, 'eigen')}X${end(2)}`],
      ['word/header1.xml', block],
    ]);
    const changed = uniqueBookmarks(parts);
    expect(marks(changed.get('word/document.xml')!)).toEqual([
      'Start w:name="aw_a" w:id="1"',
      'End w:id="1"',
      'Start w:name="aw_b" w:id="2"',
      'Start w:name="aw_c" w:id="3"',
      'End w:id="3"',
      'End w:id="2"',
      'Start w:name="eigen" w:id="4"',
      'End w:id="4"',
    ]);
    expect(marks(changed.get('word/header1.xml')!)).toEqual([]);
  });

  it('compares names without case, as Word does, and leaves an end without a start alone', () => {
    const changed = uniqueBookmarks(new Map([['word/document.xml', `${start(1, 'Aw_X')}${end(1)}${start(2, 'aw_x')}${end(2)}${end(9)}`]]));
    expect(marks(changed.get('word/document.xml')!)).toEqual(['Start w:name="Aw_X" w:id="1"', 'End w:id="1"', 'End w:id="9"']);
  });

  it('changes nothing in a document whose bookmarks are unique already', () => {
    expect(uniqueBookmarks(new Map([['word/document.xml', `${start(1, 'a')}${end(1)}${start(2, 'b')}${end(2)}`]])).size).toBe(0);
  });
});

describe('rewriteBookmarks', () => {
  it('removes the bookmarks it is told to, with their own ends, also when ids repeat', () => {
    const xml = `${start(1, 'aw_oud')}x${start(1, 'eigen')}y${end(1)}${end(1)}`;
    expect(rewriteBookmarks(xml, (m) => !m.name.startsWith('aw_'))).toBe(`x${start(1, 'eigen')}y${end(1)}`);
  });
});

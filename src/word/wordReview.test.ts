import { describe, expect, it } from 'vitest';
import { readWordComments, scanWordDocument } from './wordReview';
import { W14_NS, W15_NS, W_NS } from './wordXml';

const doc = (body: string) => `<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
const ours = (name: string) => name.startsWith('aw_');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('scanWordDocument', () => {
  it('reads the text inside each of the app’s bookmarks, per paragraph, across runs, with tabs, breaks and list paragraphs', () => {
    const scan = scanWordDocument(
      doc(
        `<w:p><w:bookmarkStart w:id="1" w:name="aw_a"/>${run('Eerste ')}${run('regel')}<w:r><w:tab/><w:t>met tab</w:t></w:r></w:p>` +
          `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('punt')}</w:p>` +
          `<w:p>${run('voor')}<w:r><w:br/></w:r>${run('na')}<w:bookmarkEnd w:id="1"/>${run(' buiten')}</w:p>` +
          `<w:p><w:bookmarkStart w:id="2" w:name="_Toc1"/>${run('niet van ons')}<w:bookmarkEnd w:id="2"/></w:p>`,
      ),
      ours,
    );
    expect(scan.bookmarks).toHaveLength(1);
    expect(scan.bookmarks[0]!.lines).toEqual([
      { text: 'Eerste regel\tmet tab', list: false },
      { text: 'punt', list: true },
      { text: 'voor', list: false },
      { text: 'na', list: false },
    ]);
  });

  it('leaves out tracked deletions and moves and the fallback copy of a drawing, keeps tracked insertions', () => {
    const scan = scanWordDocument(
      doc(
        `<w:p><w:bookmarkStart w:id="1" w:name="aw_a"/>${run('Wij ')}<w:del w:id="9" w:author="J"><w:r><w:delText>niet </w:delText></w:r></w:del>` +
          `<w:ins w:id="10" w:author="J">${run('wel ')}</w:ins><w:moveFrom w:id="11" w:author="J">${run('weg ')}</w:moveFrom>` +
          `<mc:AlternateContent><mc:Choice Requires="wps">${run('vak ')}</mc:Choice><mc:Fallback>${run('vak ')}</mc:Fallback></mc:AlternateContent>${run('doen')}<w:bookmarkEnd w:id="1"/></w:p>`,
      ),
      ours,
    );
    expect(scan.bookmarks[0]!.lines.map((l) => l.text)).toEqual(['Wij wel vak doen']);
  });

  it('knows which bookmarks are open where a comment starts, for ranges over runs and paragraphs, and a comment with only its mark', () => {
    const scan = scanWordDocument(
      doc(
        `<w:p><w:bookmarkStart w:id="1" w:name="aw_sectie"/>${run('Kop')}<w:bookmarkEnd w:id="1"/></w:p>` +
          `<w:p><w:bookmarkStart w:id="2" w:name="aw_a"/>${run('Een ')}<w:commentRangeStart w:id="7"/>${run('twee')}</w:p>` +
          `<w:p>${run('drie')}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:bookmarkEnd w:id="2"/></w:p>` +
          `<w:p><w:commentRangeStart w:id="8"/>${run('los')}<w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r></w:p>` +
          `<w:p><w:bookmarkStart w:id="3" w:name="aw_b"/>${run('punt')}<w:r><w:commentReference w:id="9"/></w:r><w:bookmarkEnd w:id="3"/></w:p>`,
      ),
      ours,
    );
    const [section, a, b] = scan.bookmarks;
    expect(scan.comments.get('7')).toMatchObject({ enclosing: ['aw_a'] });
    expect(scan.comments.get('7')!.start!).toBeGreaterThan(a!.start);
    expect(scan.comments.get('7')!.end!).toBeLessThan(a!.end);
    expect(scan.comments.get('8')).toMatchObject({ enclosing: [] });
    expect(scan.comments.get('8')!.start!).toBeGreaterThan(section!.start);
    expect(scan.comments.get('9')).toMatchObject({ enclosing: ['aw_b'] });
    expect(b!.lines.map((l) => l.text)).toEqual(['punt']);
  });

  it('repairs what LibreOffice writes for a bookmark over several paragraphs of a table cell', () => {
    const cell = (inner: string) => `<w:tbl><w:tr><w:tc>${inner}</w:tc><w:tc><w:p>${run('naast')}</w:p></w:tc></w:tr></w:tbl>`;
    const scan = scanWordDocument(
      doc(
        cell(
          `<w:p><w:bookmarkStart w:id="17" w:name="aw_lijst"/>${run('Entree')}</w:p><w:p>${run('Niveau 2')}</w:p>` +
            `<w:p><w:bookmarkStart w:id="18" w:name="aw_lijst"/>${run('Niveau 3')}<w:bookmarkEnd w:id="18"/></w:p>`,
        ) + cell(`<w:p><w:bookmarkStart w:id="19" w:name="aw_zonder_einde"/>${run('Alleen hier')}</w:p>`) + `<w:p>${run('daarna')}</w:p>`,
      ),
      ours,
    );
    expect(scan.bookmarks.map((b) => [b.name, b.lines.map((l) => l.text)])).toEqual([
      ['aw_lijst', ['Entree', 'Niveau 2', 'Niveau 3']],
      ['aw_zonder_einde', ['Alleen hier']],
    ]);
  });
});

describe('readWordComments', () => {
  const comments = (body: string) => `<w:comments xmlns:w="${W_NS}" xmlns:w14="${W14_NS}">${body}</w:comments>`;
  const comment = (id: number, author: string, text: string, paraId: string, date = '2026-11-26T09:00:00Z') =>
    `<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="X"><w:p><w:r><w:annotationRef/></w:r>${run(text.split('\n')[0]!)}</w:p>` +
    text
      .split('\n')
      .slice(1)
      .map((line) => `<w:p>${run(line)}</w:p>`)
      .join('') +
    `<w:p w14:paraId="${paraId}"/></w:comment>`;

  it('reads author, date and text (paragraphs as lines), and replies and "done" from commentsExtended', () => {
    const { entries: read } = readWordComments(
      comments(comment(0, 'Jan &amp; Piet', 'Eerste regel\nTweede regel', '0A000001') + comment(1, 'Anna', 'Eens.', '0A000002') + comment(2, 'Jan', 'Los', '0A000003')),
      `<w15:commentsEx xmlns:w15="${W15_NS}"><w15:commentEx w15:paraId="0A000001" w15:done="1"/><w15:commentEx w15:paraId="0a000002" w15:paraIdParent="0A000001" w15:done="0"/></w15:commentsEx>`,
    );
    expect(read).toEqual([
      { id: '0', author: 'Jan & Piet', date: '2026-11-26T09:00:00Z', text: 'Eerste regel\nTweede regel', done: true },
      { id: '1', author: 'Anna', date: '2026-11-26T09:00:00Z', text: 'Eens.', parentId: '0', done: false },
      { id: '2', author: 'Jan', date: '2026-11-26T09:00:00Z', text: 'Los', done: false },
    ]);
  });

  it('without commentsExtended every comment stands alone', () => {
    const { entries: read } = readWordComments(comments(comment(0, 'Jan', 'Vraag', 'AA') + comment(1, 'Anna', 'Antwoord', 'BB')));
    expect(read.map((c) => c.parentId)).toEqual([undefined, undefined]);
  });

  it('drops a character XML forbids (&#1;) instead of losing the comments', () => {
    const read = readWordComments(comments(comment(0, 'Jan&#1;', 'Goed&#x1F;', 'AA') + comment(1, 'Anna', 'Vraag &#1;?', 'BB')));
    expect(read).toEqual({ entries: [expect.objectContaining({ author: 'Jan', text: 'Goed' }), expect.objectContaining({ author: 'Anna', text: 'Vraag ?' })], unreadable: 0 });
  });

  it('reads the other comments when one is damaged, and counts the damaged ones', () => {
    const damaged = [
      `<w:comment w:id="5" w:author="X">${run('&nbsp;')}</w:comment>`,
      `<w:comment w:id="6" w:author="Y"><w:p>${run('geen einde')}`,
      `<w:comment w:id="7" w:author="Z"><w:p><w:r><w:t>een &lt;tag</w:r></w:p></w:comment>`,
    ];
    const read = readWordComments(comments(comment(0, 'Jan', 'Eerste', 'AA') + damaged[0] + comment(1, 'Anna', 'Tweede', 'BB') + damaged[1] + damaged[2] + comment(2, 'Piet', 'Derde', 'CC')));
    expect(read.entries.map((e) => e.text)).toEqual(['Eerste', 'Tweede', 'Derde']);
    expect(read.unreadable).toBe(3);
    expect(readWordComments('<w:comments><!DOCTYPE x></w:comments>')).toEqual({ entries: [], unreadable: 1 });
  });

  it('reads the comments without threads when commentsExtended.xml is damaged', () => {
    const read = readWordComments(comments(comment(0, 'Jan', 'Vraag', 'AA') + comment(1, 'Anna', 'Antwoord', 'BB')), '<w15:commentsEx><kapot');
    expect(read.entries.map((c) => [c.text, c.parentId])).toEqual([
      ['Vraag', undefined],
      ['Antwoord', undefined],
    ]);
  });
});

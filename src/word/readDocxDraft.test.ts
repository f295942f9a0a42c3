import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_READ } from '../text/storage';
import { DRAFT_XML_NAMESPACE } from './draftXml';
import { readDraftJsonFromDocx } from './readDocxDraft';

const json = '{"format":"aanvraagwijzer-draft","answers":{"applicant":{"institutionName":"A & B <c>"}}}';
const part = (body: string) => `<?xml version="1.0"?><aanvraagwijzerDraft xmlns="${DRAFT_XML_NAMESPACE}">${body}</aanvraagwijzerDraft>`;

describe('readDraftJsonFromDocx', () => {
  it('reads the JSON from our custom XML part, escaped or in CDATA (Word may write either)', async () => {
    const escaped = part(json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(await readDraftJsonFromDocx(zipSync({ 'customXml/item1.xml': strToU8(escaped) }), 1e6)).toEqual({ ok: true, json });
    const cdata = part(`<![CDATA[${json}]]>`);
    expect(await readDraftJsonFromDocx(zipSync({ 'customXml/item1.xml': strToU8(cdata) }), 1e6)).toEqual({ ok: true, json });
    const numeric = part(json.replace(/&/g, '&#38;').replace(/</g, '&#x3C;').replace(/>/g, '&#62;'));
    expect(await readDraftJsonFromDocx(zipSync({ 'customXml/item1.xml': strToU8(numeric) }), 1e6)).toEqual({ ok: true, json });
  });

  it('finds the part after Word renumbered the custom XML parts, past other custom XML', async () => {
    const docx = zipSync({
      'customXml/item1.xml': strToU8('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'),
      'customXml/item3.xml': strToU8(part(json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))),
    });
    expect(await readDraftJsonFromDocx(docx, 1e6)).toEqual({ ok: true, json });
  });

  it('refuses random bytes, a Word file without a draft, and a zip bomb, in Dutch', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await readDraftJsonFromDocx(random, 1e6)).toEqual({ ok: false, message: DOCX_READ.notZip });
    const plain = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(await readDraftJsonFromDocx(plain, 1e6)).toEqual({ ok: false, message: DOCX_READ.noDraft });
    const bomb = zipSync({ 'customXml/item1.xml': new Uint8Array(50_000_000).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await readDraftJsonFromDocx(bomb, 5_000_000)).toEqual({ ok: false, message: DOCX_READ.tooLarge });
  });

  it('counts the cap over all parts it opens, so many medium parts are no way around it', async () => {
    const filler = strToU8(`<x>${' '.repeat(400_000)}</x>`);
    const docx = zipSync({
      'customXml/item1.xml': filler,
      'customXml/item2.xml': filler,
      'customXml/item3.xml': filler,
      'customXml/item4.xml': strToU8(part(json)),
    });
    expect(await readDraftJsonFromDocx(docx, 2_000_000)).toEqual({ ok: true, json });
    expect(await readDraftJsonFromDocx(docx, 1_000_000)).toEqual({ ok: false, message: DOCX_READ.tooLarge });
  });

  it('takes the draft changed last when a file holds more than one, whatever the order of the zip', async () => {
    const draft = (year: number) => `{"format":"aanvraagwijzer-draft","updatedAt":"${year}-03-01T10:00:00.000Z"}`;
    const wrapped = (year: number) => strToU8(part(draft(year)));
    for (const order of [
      ['customXml/item1.xml', 'customXml/item2.xml'],
      ['customXml/item2.xml', 'customXml/item1.xml'],
    ]) {
      const docx = zipSync(Object.fromEntries(order.map((name) => [name, name.endsWith('1.xml') ? wrapped(2025) : wrapped(2026)])));
      expect(await readDraftJsonFromDocx(docx, 1e6)).toEqual({ ok: true, json: draft(2026) });
    }
    // The same moment (or none): the highest item number, which the app added last.
    const same = zipSync({ 'customXml/item7.xml': strToU8(part('{"n":7}')), 'customXml/item2.xml': strToU8(part('{"n":2}')) });
    expect(await readDraftJsonFromDocx(same, 1e6)).toEqual({ ok: true, json: '{"n":7}' });
  });
});

import { crc32 } from 'node:zlib';
import { gzipSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { embedDraftJson, withDraftParts } from './embedDraft';
import { docxCompiler, packDocx } from './packDocx';
import { renderApplication } from './renderApplication';
import { zipEntries } from './zipParts';
import { fromGzip, zipDeflated } from './zipWrite';

const scheme = getScheme();
const draft = goldenDrafts()[1]!.draft;

afterEach(() => vi.unstubAllGlobals());

describe('packDocx: one zip pass over the parts docx writes, compressed by the platform (#14.7)', () => {
  it('uses docx’s compiler (if an upgrade renamed it, the export falls back to the slow path: fix packDocx.ts)', () => {
    expect(docxCompiler()).toBeDefined();
  });

  it('holds the same parts, in the same order, with the same content as Packer.pack + embedDraftJson', async () => {
    const json = JSON.stringify(draft);
    // One compile packed both ways (docx numbers its bookmarks across renders, so two renders differ).
    const parts = docxCompiler()!.compile(renderApplication(draft, scheme, EXPORT_DATE));
    const fast = await zipDeflated(withDraftParts(parts, json), EXPORT_DATE);
    const slow = embedDraftJson(zipSync(Object.fromEntries([...parts].map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]))), json);
    expect(zipEntries(fast).map((e) => e.name)).toEqual(zipEntries(slow).map((e) => e.name));
    expect(zipEntries(fast)[0]!.name).toBe('[Content_Types].xml');
    const [a, b] = [unzipSync(fast), unzipSync(slow)];
    for (const name of Object.keys(b)) expect(strFromU8(a[name]!) === strFromU8(b[name]!), name).toBe(true);
    // Compressed: not much larger than fflate's level 6.
    expect(fast.length).toBeLessThan(slow.length * 1.15);
  });

  it('packDocx gives the parts Packer.pack gives, with the draft inside', async () => {
    const json = JSON.stringify(draft);
    const fast = await packDocx(renderApplication(draft, scheme, EXPORT_DATE), json, EXPORT_DATE);
    const slow = embedDraftJson(await Packer.pack(renderApplication(draft, scheme, EXPORT_DATE), 'uint8array'), json);
    expect(zipEntries(fast).map((e) => e.name)).toEqual(zipEntries(slow).map((e) => e.name));
    expect(strFromU8(unzipSync(fast)['customXml/item1.xml']!)).toBe(strFromU8(unzipSync(slow)['customXml/item1.xml']!));
  });

  it('writes the right CRC-32 and sizes for every entry, through CompressionStream and through fflate alike', async () => {
    const parts: [string, string | Uint8Array][] = [
      ['a.xml', '<a>één</a>'.repeat(1000)],
      ['empty.xml', ''],
      ['bytes.bin', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)],
    ];
    const native = await zipDeflated(parts, EXPORT_DATE);
    vi.stubGlobal('CompressionStream', undefined);
    const fallback = await zipDeflated(parts, EXPORT_DATE);
    for (const zip of [native, fallback]) {
      const files = unzipSync(zip);
      for (const [name, content] of parts) {
        const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
        expect(files[name]).toEqual(bytes);
        const central = zipEntries(zip).find((e) => e.name === name)!.central;
        const view = new DataView(central.buffer, central.byteOffset, central.byteLength);
        expect(view.getUint32(16, true), name).toBe(crc32(bytes));
        expect(view.getUint32(24, true), name).toBe(bytes.length);
      }
    }
  });

  it('reads the deflate data out of a gzip member with optional header fields', () => {
    const data = new TextEncoder().encode('Aanvraagwijzer '.repeat(100));
    const plain = gzipSync(data);
    const named = gzipSync(data, { filename: 'naam.xml', mtime: EXPORT_DATE });
    expect(named[3]! & 8).toBe(8);
    for (const gz of [plain, named]) {
      const member = fromGzip(gz);
      expect(member.size).toBe(data.length);
      expect(member.crc).toBe(crc32(data));
    }
    expect(fromGzip(named).data).toEqual(fromGzip(plain).data);
    expect(() => fromGzip(new Uint8Array(20))).toThrow();
  });
});

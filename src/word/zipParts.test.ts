import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { joinZipEntries, zipEntries } from './zipParts';

describe('zipParts', () => {
  it('joins the entries of two zips, still compressed, into one zip any reader opens', () => {
    const first = zipSync({ 'a.xml': strToU8('<a>'.repeat(1000)), 'b/c.txt': strToU8('ç & 🎓') }, { level: 9 });
    const second = zipSync({ 'd.xml': strToU8('<d/>') }, { level: 0 });
    const joined = joinZipEntries([...zipEntries(second), ...zipEntries(first)]);
    const files = unzipSync(joined);
    expect(Object.keys(files)).toEqual(['d.xml', 'a.xml', 'b/c.txt']);
    expect(strFromU8(files['b/c.txt']!)).toBe('ç & 🎓');
    expect(strFromU8(files['a.xml']!)).toBe('<a>'.repeat(1000));
  });

  it('refuses what is not a zip', () => {
    expect(() => zipEntries(strToU8('geen zip'))).toThrow();
  });
});

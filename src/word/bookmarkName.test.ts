import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookmarkName, bookmarkNames } from './bookmarkName';

const VALID = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

describe('Word bookmark names for anchors', () => {
  it('are valid Word names of at most 40 characters, readable and stable', () => {
    const key = 'activities:activities.Xy3_k-9zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.costLines.k1.amount';
    expect(bookmarkName(key)).toMatch(VALID);
    expect(bookmarkName(key)).toBe(bookmarkName(key));
    expect(bookmarkName('nazorg:duration')).toMatch(/^aw_nazorg_duration_[a-z0-9]{7}$/);
    expect(bookmarkName('section:nazorg')).not.toBe(bookmarkName('nazorg:duration'));
    // Keys that read the same once cleaned still differ by their hash.
    expect(bookmarkName('nazorg:duration')).not.toBe(bookmarkName('nazorg.duration'));
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(5), (anyKey, salt) => {
        const name = bookmarkName(anyKey, salt);
        expect(name).toMatch(VALID);
        expect(name).toBe(bookmarkName(anyKey, salt));
      }),
      { numRuns: 2000 },
    );
  });

  it('are unique within a document (Word compares without case), also when two keys share a hash', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `activities:activities.a${i}.costLines.k${i % 7}.amount`);
    const names = bookmarkNames(keys);
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(keys.length);
    // Two keys with the same readable start and the same 32-bit hash (found by search): the later gets a salted name.
    const [x, y] = ['activities:activities.aaaaaaaaaaaaaaaaaaaa.479559', 'activities:activities.aaaaaaaaaaaaaaaaaaaa.1064600'];
    expect(bookmarkName(x)).toBe(bookmarkName(y));
    const clash = bookmarkNames([x, y, x]);
    expect(clash.get(x)).toBe(bookmarkName(x));
    expect(clash.get(y)).toBe(bookmarkName(y, 1));
    expect(clash.get(y)).not.toBe(clash.get(x));
    expect(clash.size).toBe(2);
  });
});

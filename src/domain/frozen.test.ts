import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceSomewhere, sampleDraft } from '../draftFile/draftFixtures';
import { freezeNew, isDeeplyFrozen, jsonText, memoPerFrozen } from './frozen';

describe('freezeNew', () => {
  it('freezes everything under the value, and leaves what it froze before alone', () => {
    const draft = freezeNew(structuredClone(sampleDraft()));
    expect(Object.isFrozen(draft.answers.applicant)).toBe(true);
    // Modules are strict: writing to a frozen object throws.
    expect(() => ((draft.answers.applicant as { brin?: string }).brin = 'XX00')).toThrow(TypeError);
    const next = freezeNew({ ...draft, title: 'Nieuw' });
    expect(next.answers).toBe(draft.answers);
    expect(isDeeplyFrozen(next)).toBe(true);
  });

  it('does not trust an object frozen elsewhere: its children are frozen and checked too', () => {
    const children = { text: 'a' };
    const shallow = Object.freeze({ children });
    expect(isDeeplyFrozen(shallow)).toBe(false);
    freezeNew(shallow);
    expect(Object.isFrozen(children)).toBe(true);
  });
});

describe('memoPerFrozen', () => {
  it('computes once per frozen object and arguments, and every time for anything else', () => {
    let calls = 0;
    const size = memoPerFrozen((value: object, unit: string) => `${(calls += 1) && Object.keys(value).length} ${unit}`);
    const frozen = freezeNew({ a: 1, b: 2 });
    expect([size(frozen, 'keys'), size(frozen, 'keys'), calls]).toEqual(['2 keys', '2 keys', 1]);
    expect([size(frozen, 'sleutels'), calls]).toEqual(['2 sleutels', 2]);
    const open: Record<string, number> = { a: 1 };
    size(open, 'keys');
    open.b = 2;
    expect([size(open, 'keys'), calls]).toEqual(['2 keys', 4]);
  });
});

describe('jsonText', () => {
  it('writes exactly what JSON.stringify writes, for any JSON value, frozen or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonText(value)).toBe(JSON.stringify(value));
        expect(jsonText(freezeNew(structuredClone(value)))).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('after a change anywhere, writes the new text while reusing the parts the change did not touch', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (value, choices, leaf) => {
        const before = freezeNew(structuredClone(value));
        jsonText(before);
        const after = freezeNew(replaceSomewhere(before, choices, leaf));
        expect(jsonText(after)).toBe(JSON.stringify(after));
      }),
      { numRuns: 200 },
    );
  });

  it('writes undefined as JSON does: left out of objects, null in lists; honours toJSON', () => {
    expect(jsonText(freezeNew({ a: undefined, b: [undefined, 1], c: new Date(0) }))).toBe('{"b":[null,1],"c":"1970-01-01T00:00:00.000Z"}');
  });

  it('never keeps the text of an object that can still change', () => {
    const open = { answers: { applicant: { brin: '25LX' } } };
    expect(jsonText(open)).toBe('{"answers":{"applicant":{"brin":"25LX"}}}');
    open.answers.applicant.brin = '25LY';
    expect(jsonText(open)).toBe('{"answers":{"applicant":{"brin":"25LY"}}}');
  });
});

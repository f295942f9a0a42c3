import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, DraftFile } from '../../schemas/draft';
import { freezeNew } from '../domain/frozen';
import { draftFingerprint } from './draftFingerprint';
import { replaceSomewhere, sampleDraft, typeInto } from '../draftFile/draftFixtures';

const withAnswers = (answers: unknown): DraftFile => ({ ...sampleDraft(), answers: answers as Answers });

describe('draftFingerprint of the frozen drafts the store holds', () => {
  it('is the same whether parts were hashed before or not, after a change anywhere', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (answers, choices, leaf) => {
        const before = freezeNew(withAnswers(structuredClone(answers)));
        expect(draftFingerprint(before)).toBe(draftFingerprint(withAnswers(answers)));
        const after = freezeNew(withAnswers(replaceSomewhere(before.answers, choices, leaf)));
        expect(draftFingerprint(after)).toBe(draftFingerprint(structuredClone(after)));
      }),
      { numRuns: 200 },
    );
  });

  it('changes with every keystroke', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (at, typed) => {
        const before = freezeNew(sampleDraft());
        const print = draftFingerprint(before);
        const after = freezeNew(typeInto(before, at % before.answers.activities!.length, typed));
        expect(draftFingerprint(after)).not.toBe(print);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../draftFile/draftFixtures';
import { lastStepRoute } from './lastStepRoute';

describe('lastStepRoute', () => {
  it('returns to the last step only when the address has no route', () => {
    expect(lastStepRoute('', sampleDraft())).toBe('#/doelgroepen');
    expect(lastStepRoute('#', sampleDraft())).toBe('#/doelgroepen');
    expect(lastStepRoute('#/', sampleDraft())).toBeUndefined();
    expect(lastStepRoute('#/begroting', sampleDraft())).toBeUndefined();
  });

  it('ignores a missing or unknown step', () => {
    expect(lastStepRoute('', { ...sampleDraft(), progress: {} })).toBeUndefined();
    expect(lastStepRoute('', { ...sampleDraft(), progress: { lastStep: '../../etc' } })).toBeUndefined();
  });
});

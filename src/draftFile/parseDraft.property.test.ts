import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDraftInput, checkParseDraft, mutatedDraftText } from '../../scripts/draftArbitraries';

describe('parseDraft, 1,000+ random inputs', () => {
  it('never throws, answers with a valid draft or a Dutch message, and never pollutes a prototype', async () => {
    await fc.assert(fc.asyncProperty(anyDraftInput, async (input) => void (await checkParseDraft(input))), { numRuns: 1_200 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('mutated drafts open as they are, open salvaged, or are refused, so the property covers more than the JSON parser', async () => {
    const results = await Promise.all(fc.sample(mutatedDraftText, { numRuns: 300, seed: 42 }).map((t) => checkParseDraft(t)));
    expect(results.some((r) => r.ok && !r.setAside)).toBe(true);
    expect(results.some((r) => r.ok && r.setAside)).toBe(true);
    expect(results.some((r) => !r.ok)).toBe(true);
  });
});

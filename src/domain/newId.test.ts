import { describe, expect, it } from 'vitest';
import { partnerDraftSchema } from '../../schemas/draft';
import { newId } from './newId';

describe('newId', () => {
  it('fits the draft id pattern', () => {
    for (let i = 0; i < 200; i++) {
      const id = newId();
      expect(id).toMatch(/^[A-Za-z0-9_-]{10}$/);
      expect(partnerDraftSchema.safeParse({ id }).success).toBe(true);
    }
  });

  it('uses every byte value without going outside the alphabet', () => {
    const all = newId(256, (bytes) => bytes.map((_, i) => i));
    expect(all).toMatch(/^[A-Za-z0-9_-]{256}$/);
    expect(new Set(all).size).toBe(64);
  });

  it('does not repeat in practice', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
  });
});

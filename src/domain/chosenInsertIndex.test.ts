import { describe, expect, it } from 'vitest';
import { chosenInsertIndex } from './chosenInsertIndex';

const order = ['m1', 'm2', 'm3', 'm4'];

describe('chosenInsertIndex', () => {
  it('puts the first choice at the start', () => {
    expect(chosenInsertIndex([], 'm3', order)).toBe(0);
  });

  it('keeps the scheme order whatever order the user ticks in', () => {
    expect(chosenInsertIndex(['m3'], 'm1', order)).toBe(0);
    expect(chosenInsertIndex(['m1', 'm4'], 'm2', order)).toBe(1);
    expect(chosenInsertIndex(['m1', 'm2'], 'm4', order)).toBe(2);
  });

  it('keeps ids the scheme does not know at the end', () => {
    expect(chosenInsertIndex(['m2', 'old-id'], 'm3', order)).toBe(1);
  });

  it('inserts before the first later one in an unsorted list from a file', () => {
    expect(chosenInsertIndex(['m4', 'm1'], 'm2', order)).toBe(0);
  });
});

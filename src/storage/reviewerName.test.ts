import { describe, expect, it } from 'vitest';
import { loadReviewerName, saveReviewerName } from './reviewerName';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('the reviewer’s remembered name', () => {
  it('is saved trimmed and read back', () => {
    const storage = memoryStorage();
    expect(loadReviewerName(() => storage)).toBe('');
    saveReviewerName('  Anna de Vries ', () => storage);
    expect(loadReviewerName(() => storage)).toBe('Anna de Vries');
  });

  it('is quietly not remembered when storage is missing or refuses', () => {
    const refusing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(() => saveReviewerName('Anna', () => refusing)).not.toThrow();
    expect(loadReviewerName(() => refusing)).toBe('');
    expect(loadReviewerName(() => undefined)).toBe('');
    expect(loadReviewerName(() => { throw new Error('blocked'); })).toBe('');
  });
});

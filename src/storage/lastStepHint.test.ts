import { describe, expect, it } from 'vitest';
import { readLastStep, rememberLastStep } from './lastStepHint';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const throwing = (): Storage => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('lastStepHint', () => {
  it('keeps the draft’s last step, and forgets it when the draft has none', () => {
    const storage = memoryStorage();
    rememberLastStep('budget', storage);
    expect(readLastStep(() => storage)).toBe('budget');
    rememberLastStep(undefined, storage);
    expect(readLastStep(() => storage)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('takes only a step: anything else in the key, or given as the last step, is no hint', () => {
    const storage = memoryStorage();
    rememberLastStep('budget', storage);
    rememberLastStep('__proto__', storage);
    expect(readLastStep(() => storage)).toBeUndefined();
    storage.setItem('aanvraagwijzer:laststep', '{"x":1}');
    expect(readLastStep(() => storage)).toBeUndefined();
  });

  it('never throws when storage is blocked or full', () => {
    expect(readLastStep(throwing)).toBeUndefined();
    const full = { ...memoryStorage(), getItem: () => null, setItem: () => throwing() } as Storage;
    expect(() => rememberLastStep('nazorg', full)).not.toThrow();
    expect(() => rememberLastStep('nazorg', undefined)).not.toThrow();
  });
});
